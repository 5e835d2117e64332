package org.xuncha.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Feedback committed in round-service → case readable in rectification-service, at a fixed rate.
 *
 * <p>Commits FeedbackIssued the way round-service's feedback issuance does: one committed
 * transaction that writes the event into round-service's {@code outbox_message}, at {@code --rate}
 * per second. round-service's own relay publishes it; rectification-service's consumer opens the
 * case. The case counts as readable when the transaction that opened it commits in
 * rectification-service's database (what its API reads): a notification raised by a trigger the
 * benchmark adds arrives then. Every 50th case is also read over the API at that moment, and must
 * be there. Beside it, in the same run and at the same rate, a raw
 * produce→consume round trip through the same broker, and when each feedback reached the topic.
 */
public final class FeedbackLatency {

    private static final String INSERT = """
            insert into outbox_message (event_id, event_type, event_version, topic, message_key, payload, created_at)
            values (?, 'FeedbackIssued', 1, 'xuncha.round.events', ?, ?, now())""";

    private final Map<String, String> options;
    private final ConcurrentHashMap<UUID, Long> committedAt = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<UUID, Long> onTopicAt = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<UUID, UUID> inspectionOfEvent = new ConcurrentHashMap<>();
    private final Set<UUID> pending = ConcurrentHashMap.newKeySet();
    private final ConcurrentLinkedQueue<long[]> measured = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Long> roundTrips = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Long> apiReads = new ConcurrentLinkedQueue<>();
    private final AtomicInteger apiMisses = new AtomicInteger();
    private final AtomicLong maxLag = new AtomicLong();
    private final AtomicBoolean producing = new AtomicBoolean(true);
    private volatile long measureFrom;
    private volatile long measureUntil;

    private FeedbackLatency(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        new FeedbackLatency(Args.parse(args)).run();
    }

    private void run() throws Exception {
        int rate = Integer.parseInt(options.getOrDefault("rate", "500"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "60"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "10"));
        int findings = Integer.parseInt(options.getOrDefault("findings", "3"));
        int writers = Integer.parseInt(options.getOrDefault("writers", "4"));
        String kafka = options.get("kafka");
        Tokens tokens = new Tokens(Path.of(options.get("key")));
        String office = tokens.sign("OFFICE", "bench-office", null);

        System.out.printf(Locale.ROOT, "feedback-latency: %d/s for %d s after %d s of warm-up at that rate, %d findings each%n",
                rate, seconds, warmup, findings);
        ExecutorService threads = Executors.newCachedThreadPool();
        KafkaConsumer<String, String> probeConsumer = consumer(kafka, "bench.rtt");
        KafkaConsumer<String, String> topicWatcher = consumer(kafka, "xuncha.round.events");
        awaitAssignment(probeConsumer);
        awaitAssignment(topicWatcher);
        threads.submit(() -> watchRoundEvents(topicWatcher));
        threads.submit(() -> readProbes(probeConsumer));
        threads.submit(() -> detect(office));

        long period = 1_000_000_000L / rate;
        // Warm-up: the same load, unmeasured, until the JVMs have compiled their hot paths; then the
        // backlog it may have left drains before the measured minute starts.
        runPhase(threads, kafka, (long) rate * warmup, period, findings, writers, Long.MAX_VALUE, Long.MAX_VALUE);
        long drainUntil = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!pending.isEmpty() && System.nanoTime() < drainUntil) {
            Thread.sleep(50);
        }
        System.out.printf(Locale.ROOT, "warm-up done; %d still pending after draining%n", pending.size());
        pending.clear();
        // CPU from the measured minute's start until its feedbacks are applied (the drain after it)
        CpuTime cpu = CpuTime.of(options.get("pids"), List.of(
                new String[] {options.get("round-db"), options.get("round-user"), options.get("round-password")},
                new String[] {options.get("rect-db"), options.get("rect-user"), options.get("rect-password")}));
        long start = System.nanoTime() + 500_000_000L;
        if (cpu != null) {
            cpu.start();
        }
        runPhase(threads, kafka, (long) rate * seconds, period, findings, writers, start,
                start + seconds * 1_000_000_000L);
        producing.set(false);
        drainUntil = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!pending.isEmpty() && System.nanoTime() < drainUntil) {
            Thread.sleep(50);
        }
        Map<String, Double> spent = cpu == null ? Map.of() : cpu.since();
        Thread.sleep(500);
        threads.shutdownNow();
        report(rate, seconds, spent);
    }

    /** One phase at the fixed rate; feedback committed from {@code from} until {@code until} is measured. */
    private void runPhase(ExecutorService threads, String kafka, long total, long period, int findings, int writers,
            long from, long until) throws Exception {
        long start = from == Long.MAX_VALUE ? System.nanoTime() + 500_000_000L : from;
        measureFrom = from;
        measureUntil = until;
        AtomicLong tickets = new AtomicLong();
        List<java.util.concurrent.Future<?>> running = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            running.add(threads.submit(() -> write(tickets, total, start, period, findings)));
        }
        running.add(threads.submit(() -> probe(kafka, total, start, period)));
        for (java.util.concurrent.Future<?> phase : running) {
            phase.get();
        }
    }

    /** Commits feedback transactions at the fixed rate, each ticket at its due time. */
    private Void write(AtomicLong tickets, long total, long start, long period, int findings) throws Exception {
        try (Connection connection = DriverManager.getConnection(options.get("round-db"), options.get("round-user"),
                options.get("round-password"))) {
            connection.setAutoCommit(false);
            PreparedStatement insert = connection.prepareStatement(INSERT);
            for (long ticket = tickets.getAndIncrement(); ticket < total; ticket = tickets.getAndIncrement()) {
                long due = start + ticket * period;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                } else if (due >= measureFrom && due < measureUntil) {
                    maxLag.accumulateAndGet(-wait, Math::max);
                }
                UUID organization = UUID.randomUUID();
                Feedbacks.Feedback feedback = Feedbacks.of(organization, "pl-" + organization, "lic-" + organization,
                        findings);
                insert.setObject(1, feedback.eventId());
                insert.setString(2, organization.toString());
                insert.setString(3, feedback.json());
                insert.executeUpdate();
                inspectionOfEvent.put(feedback.eventId(), feedback.inspectionId());
                connection.commit();
                committedAt.put(feedback.inspectionId(), System.nanoTime());
                pending.add(feedback.inspectionId());
            }
        }
        return null;
    }

    /**
     * Learns the moment each case's transaction commits: a trigger the benchmark adds to
     * rectification-service's database notifies on every new case, and PostgreSQL delivers a
     * notification only when the transaction that raised it commits, when the case becomes readable.
     * Every 50th case is then read over the API, which must find it.
     */
    private Void detect(String office) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        ExecutorService readers = Executors.newFixedThreadPool(2);
        try (Connection connection = DriverManager.getConnection(options.get("rect-db"), options.get("rect-user"),
                options.get("rect-password"))) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("""
                        create or replace function bench_case_opened() returns trigger language plpgsql as $$
                        begin perform pg_notify('bench_case_opened', new.inspection_id::text); return null; end $$""");
                statement.execute("drop trigger if exists bench_case_opened on rectification_case");
                statement.execute("""
                        create trigger bench_case_opened after insert on rectification_case
                        for each row execute function bench_case_opened()""");
                statement.execute("listen bench_case_opened");
            }
            PGConnection notifications = connection.unwrap(PGConnection.class);
            int found = 0;
            while (!Thread.currentThread().isInterrupted()) {
                PGNotification[] arrived = notifications.getNotifications(100);
                long now = System.nanoTime();
                if (arrived == null) {
                    continue;
                }
                for (PGNotification notification : arrived) {
                    UUID inspection = UUID.fromString(notification.getParameter());
                    Long committed = committedAt.get(inspection);
                    if (committed == null || !pending.remove(inspection)) {
                        continue;
                    }
                    if (committed >= measureFrom && committed < measureUntil) {
                        Long topic = onTopicAt.get(inspection);
                        measured.add(new long[] {now - committed, topic == null ? -1 : topic - committed});
                    }
                    if (++found % 50 == 0) {
                        readers.submit(() -> readOverApi(http, office, inspection));
                    }
                }
            }
        } finally {
            readers.shutdownNow();
        }
        return null;
    }

    private void readOverApi(HttpClient http, String office, UUID inspection) {
        try {
            long sent = System.nanoTime();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(options.get("rect-url")
                            + "/cases?inspectionId=" + inspection)).header("Authorization", "Bearer " + office).build(),
                    HttpResponse.BodyHandlers.ofString());
            apiReads.add(System.nanoTime() - sent);
            if (response.statusCode() != 200 || !response.body().contains(inspection.toString())) {
                apiMisses.incrementAndGet();
            }
        } catch (Exception failed) {
            apiMisses.incrementAndGet();
        }
    }

    /** When each feedback reached the topic (round-service's relay published it). */
    private Void watchRoundEvents(KafkaConsumer<String, String> consumer) {
        try (consumer) {
            while (!Thread.currentThread().isInterrupted()) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                    long now = System.nanoTime();
                    Header header = record.headers().lastHeader("event-id");
                    if (header != null) {
                        UUID inspection = inspectionOfEvent.get(UUID.fromString(new String(header.value(),
                                StandardCharsets.UTF_8)));
                        if (inspection != null) {
                            onTopicAt.put(inspection, now);
                        }
                    }
                }
            }
        } catch (org.apache.kafka.common.errors.InterruptException stopped) {
            // the run is over
        }
        return null;
    }

    /** The raw broker round trip: produce with acks=all, consume in another client, at the same rate. */
    private Void probe(String kafka, long total, long start, long period) {
        Properties settings = new Properties();
        settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(settings, new StringSerializer(),
                new StringSerializer())) {
            for (long ticket = 0; ticket < total && !Thread.currentThread().isInterrupted(); ticket++) {
                long wait = start + ticket * period - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                producer.send(new ProducerRecord<>("bench.rtt", UUID.randomUUID().toString(),
                        Long.toString(System.nanoTime())));
            }
        } catch (org.apache.kafka.common.errors.InterruptException stopped) {
            // the run is over
        }
        return null;
    }

    private Void readProbes(KafkaConsumer<String, String> consumer) {
        try (consumer) {
            while (!Thread.currentThread().isInterrupted()) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                    long now = System.nanoTime();
                    long sent = Long.parseLong(record.value());
                    if (sent >= measureFrom && sent < measureUntil) {
                        roundTrips.add(now - sent);
                    }
                }
            }
        } catch (org.apache.kafka.common.errors.InterruptException stopped) {
            // the run is over
        }
        return null;
    }

    private static KafkaConsumer<String, String> consumer(String kafka, String topic) {
        Properties settings = new Properties();
        settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        settings.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID());
        settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(settings, new StringDeserializer(),
                new StringDeserializer());
        consumer.subscribe(List.of(topic));
        return consumer;
    }

    private static void awaitAssignment(KafkaConsumer<String, String> consumer) {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (consumer.assignment().isEmpty() && System.nanoTime() < until) {
            consumer.poll(Duration.ofMillis(100));
        }
        consumer.seekToEnd(consumer.assignment());
        consumer.assignment().forEach(consumer::position);
    }

    private void report(int rate, int seconds, Map<String, Double> cpu) {
        long[] readable = measured.stream().mapToLong(sample -> sample[0]).toArray();
        long[] published = measured.stream().mapToLong(sample -> sample[1]).filter(nanos -> nanos >= 0).toArray();
        long expected = (long) rate * seconds;
        System.out.println();
        System.out.printf(Locale.ROOT, "feedback committed -> case readable : %s%n", new Percentiles(readable).summary());
        System.out.printf(Locale.ROOT, "  of which commit -> on the topic     : %s%n", new Percentiles(published).summary());
        System.out.printf(Locale.ROOT, "raw broker round trip (same run)     : %s%n",
                new Percentiles(roundTrips.stream().mapToLong(Long::longValue).toArray()).summary());
        System.out.printf(Locale.ROOT, "API reads at detection (every 50th) : %s, not found: %d%n",
                new Percentiles(apiReads.stream().mapToLong(Long::longValue).toArray()).summary(), apiMisses.get());
        System.out.printf(Locale.ROOT, "measured feedbacks: %d of %d committed in the window; never readable: %d; "
                + "writers' worst lag behind schedule: %.1f ms%n", readable.length, expected, pending.size(),
                maxLag.get() / 1e6);
        if (!cpu.isEmpty()) {
            System.out.printf(Locale.ROOT, "CPU from the measured window's start until its feedbacks were applied, per "
                    + "feedback committed in it (%d):%n", expected);
            cpu.forEach((name, millis) -> System.out.printf(Locale.ROOT, "  %-28s %8.0f ms, %.2f ms per feedback%n",
                    name, millis, millis / expected));
        }
    }
}
