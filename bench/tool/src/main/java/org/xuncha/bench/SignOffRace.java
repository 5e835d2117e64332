package org.xuncha.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * 100 concurrent sign-offs in one capacity, all against the ETag just read: exactly one may land,
 * the rest must be refused (409 duplicate, or 412 when the case moved under them), none may fail.
 * Repeated on fresh cases; the first round warms connections up and is reported apart.
 */
public final class SignOffRace {

    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    private final Map<String, String> options;
    private final ExecutorService httpThreads = Executors.newFixedThreadPool(8);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .executor(httpThreads).build();

    private SignOffRace(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        new SignOffRace(Args.parse(args)).run();
    }

    private void run() throws Exception {
        int racers = Integer.parseInt(options.getOrDefault("racers", "100"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "11"));
        String capacity = options.getOrDefault("capacity", "ORGANIZATION");
        Tokens tokens = new Tokens(Path.of(options.get("key")));
        String office = tokens.sign("OFFICE", "bench-office", null);
        System.out.printf(Locale.ROOT, "sign-off-race: %d concurrent sign-offs as %s, %d rounds (the first warms up)%n",
                racers, capacity, rounds);
        List<Long> latencies = new ArrayList<>();
        Map<Integer, Integer> totals = new TreeMap<>();
        int violations = 0;
        ExecutorService threads = Executors.newFixedThreadPool(racers);
        try (KafkaProducer<String, String> producer = producer(options.get("kafka"))) {
            for (int round = 0; round < rounds; round++) {
                UUID organization = UUID.randomUUID();
                String principalLeader = "pl-" + organization;
                Feedbacks.Feedback feedback = Feedbacks.of(organization, principalLeader, "lic-" + organization, 3);
                producer.send(new ProducerRecord<>("xuncha.round.events", organization.toString(), feedback.json())).get();
                String caseId = awaitCase(office, feedback.inspectionId());
                HttpResponse<String> read = get(office, "/cases/" + caseId);
                String etag = read.headers().firstValue("ETag").orElseThrow();
                List<String> signers = new ArrayList<>();
                for (int i = 0; i < racers; i++) {
                    signers.add(switch (capacity) {
                        case "PRINCIPAL_LEADER" -> tokens.sign("UNIT", principalLeader, organization.toString());
                        case "LEADER_IN_CHARGE" -> tokens.sign("LEADER_IN_CHARGE", "lic-" + organization, null);
                        default -> tokens.sign("UNIT", "liaison-" + i, organization.toString());
                    });
                }
                CyclicBarrier start = new CyclicBarrier(racers);
                List<Future<long[]>> results = new ArrayList<>();
                long began = System.nanoTime();
                for (String signer : signers) {
                    results.add(threads.submit(() -> {
                        start.await(30, TimeUnit.SECONDS);
                        long sent = System.nanoTime();
                        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                                        URI.create(options.get("rect-url") + "/cases/" + caseId + "/sign-off"))
                                .header("Authorization", "Bearer " + signer).header("If-Match", etag)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"capacity\":\"" + capacity + "\"}")).build(),
                                HttpResponse.BodyHandlers.ofString());
                        return new long[] {response.statusCode(), System.nanoTime() - sent};
                    }));
                }
                Map<Integer, Integer> statuses = new TreeMap<>();
                List<Long> roundLatencies = new ArrayList<>();
                for (Future<long[]> result : results) {
                    long[] outcome = result.get(60, TimeUnit.SECONDS);
                    statuses.merge((int) outcome[0], 1, Integer::sum);
                    roundLatencies.add(outcome[1]);
                }
                long wall = System.nanoTime() - began;
                int signatures = count(get(office, "/cases/" + caseId).body(), "\"capacity\":\"" + capacity + "\"");
                boolean exact = statuses.getOrDefault(200, 0) == 1 && signatures == 1
                        && statuses.keySet().stream().allMatch(code -> code == 200 || code == 409 || code == 412);
                if (!exact) {
                    violations++;
                }
                Percentiles percentiles = new Percentiles(roundLatencies.stream().mapToLong(Long::longValue).toArray());
                System.out.printf(Locale.ROOT, "%s round %2d: statuses %s, signatures stored %d, all answered in %.0f ms, "
                                + "request p50 %.0f ms p99 %.0f ms%s%n", round == 0 ? "warm-up" : "       ", round, statuses,
                        signatures, wall / 1e6, percentiles.millis(50), percentiles.millis(99), exact ? "" : "  <-- VIOLATION");
                if (round > 0) {
                    latencies.addAll(roundLatencies);
                    statuses.forEach((code, n) -> totals.merge(code, n, Integer::sum));
                }
            }
        } finally {
            threads.shutdownNow();
            httpThreads.shutdownNow();
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "measured rounds: statuses %s; rounds with other than exactly one signature: %d%n",
                totals, violations);
        System.out.printf(Locale.ROOT, "sign-off request latency under the race: %s%n",
                new Percentiles(latencies.stream().mapToLong(Long::longValue).toArray()).summary());
    }

    private String awaitCase(String office, UUID inspection) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < until) {
            Matcher id = ID.matcher(get(office, "/cases?inspectionId=" + inspection).body());
            if (id.find()) {
                return id.group(1);
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("No case for inspection " + inspection);
    }

    private HttpResponse<String> get(String token, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(options.get("rect-url") + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            n++;
        }
        return n;
    }

    private static KafkaProducer<String, String> producer(String kafka) {
        Properties settings = new Properties();
        settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(settings, new StringSerializer(), new StringSerializer());
    }
}
