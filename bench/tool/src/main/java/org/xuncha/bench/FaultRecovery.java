package org.xuncha.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

/**
 * Feedback at a steady rate while bench/run kills parts of the system on a schedule; then the
 * checks an operations team makes: every committed outbox row became exactly one case, one
 * organization's cases opened in the order its feedback was committed, and how long each fault
 * stopped cases from opening.
 *
 * <p>Commits FeedbackIssued into round-service's outbox as its feedback issuance does (several
 * feedbacks per organization, so that order per organization is checked); a trigger the benchmark
 * adds to rectification-service's database records when each case was opened (as its transaction
 * commits) and by which instance. The schedule's
 * moments (the kills, and when what was killed was back) are read from {@code --faults}, one
 * {@code <epoch millis> <what>} line each, written by bench/run.
 *
 * <p>Beside the load, a {@link Probe} per service reads a page of its API ten times a second, as
 * a client would: the report counts its answers for the whole load and between each two moments
 * of the schedule (a 503 with {@code Retry-After} is the documented retry; any other 5xx is a fault).
 */
public final class FaultRecovery {

    private static final String INSERT = """
            insert into outbox_message (event_id, event_type, event_version, topic, message_key, payload, created_at)
            values (?, 'FeedbackIssued', 1, 'xuncha.round.events', ?, ?, now())
            on conflict (event_id) do nothing""";

    private final Map<String, String> options;

    private FaultRecovery(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        new FaultRecovery(Args.parse(args)).run();
    }

    private void run() throws Exception {
        int rate = Integer.parseInt(options.getOrDefault("rate", "100"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "120"));
        int organizations = Integer.parseInt(options.getOrDefault("organizations", "200"));
        System.out.printf(Locale.ROOT, "fault-recovery: %d feedbacks/s for %d s over %d organizations%n", rate, seconds,
                organizations);
        watchCasesOpened();
        List<Probe> probes = probes();
        probes.forEach(Probe::start);

        List<UUID> pool = new ArrayList<>();
        for (int i = 0; i < organizations; i++) {
            pool.add(UUID.randomUUID());
        }
        Map<UUID, UUID> organizationOf = new HashMap<>();
        Map<UUID, Long> sequenceOf = new HashMap<>();
        long period = 1_000_000_000L / rate;
        long start = System.nanoTime();
        long loadFrom = System.currentTimeMillis();
        long total = (long) rate * seconds;
        Connection round = null;
        int writeFailures = 0;
        int committedUnawares = 0;
        for (long ticket = 0; ticket < total; ticket++) {
            long wait = start + ticket * period - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            UUID organization = pool.get((int) (ticket % organizations));
            Feedbacks.Feedback feedback = Feedbacks.of(organization, "pl-" + organization, "lic-" + organization, 2);
            boolean retry = false;
            while (true) {
                try {
                    if (round == null) {
                        round = DriverManager.getConnection(options.get("round-db"), options.get("round-user"),
                                options.get("round-password"));
                        round.setAutoCommit(false);
                    }
                    try (PreparedStatement insert = round.prepareStatement(INSERT)) {
                        insert.setObject(1, feedback.eventId());
                        insert.setString(2, organization.toString());
                        insert.setString(3, feedback.json());
                        // a commit whose answer was lost in the restart may have committed: then the row is there
                        if (insert.executeUpdate() == 0 && retry) {
                            committedUnawares++;
                        }
                    }
                    round.commit();
                    break;
                } catch (SQLException failed) {
                    writeFailures++;
                    retry = true;
                    closeQuietly(round);
                    round = null;
                    Thread.sleep(200);
                }
            }
            organizationOf.put(feedback.inspectionId(), organization);
            sequenceOf.put(feedback.inspectionId(), ticket);
        }
        long loadUntil = System.currentTimeMillis();
        probes.forEach(Probe::stop);
        closeQuietly(round);
        System.out.printf(Locale.ROOT, "committed %d feedbacks in %.1f s (%d writes retried; %d of them had committed "
                + "though their commit failed)%n", total, (loadUntil - loadFrom) / 1000.0, writeFailures, committedUnawares);

        // how long the services may take to apply what was committed, after the load (a loaded machine's restarts are slow)
        long drainUntil = System.nanoTime() + Duration.ofSeconds(Long.parseLong(options.getOrDefault("drain", "180"))).toNanos();
        List<Opened> opened = opened();
        while (distinct(opened) < total && System.nanoTime() < drainUntil) {
            Thread.sleep(500);
            opened = opened();
        }
        report(total, organizationOf, sequenceOf, opened, loadFrom, loadUntil, probes);
    }

    /** One probe per service whose URL is given: a page of terms, a page of cases. */
    private List<Probe> probes() throws Exception {
        List<Probe> probes = new ArrayList<>();
        if (!options.containsKey("key")) {
            return probes;
        }
        String office = new Tokens(Path.of(options.get("key"))).sign("OFFICE", "bench-office", null);
        if (options.containsKey("round-url")) {
            probes.add(new Probe("GET round /terms", URI.create(options.get("round-url") + "/terms?limit=1"), office, 10));
        }
        if (options.containsKey("rect-url")) {
            probes.add(new Probe("GET rectification /cases", URI.create(options.get("rect-url") + "/cases?limit=1"),
                    office, 10));
        }
        return probes;
    }

    /**
     * A case opened: for which inspection, when (epoch millis, the database's clock), and by which
     * instance (its connections' {@code application_name}, set by bench/run).
     */
    record Opened(UUID inspectionId, long at, String by) {
    }

    private void watchCasesOpened() throws SQLException {
        try (Connection rect = rect(); Statement statement = rect.createStatement()) {
            statement.execute("drop table if exists bench_case_opened");
            statement.execute("create table bench_case_opened (inspection_id uuid not null, at bigint not null, by text)");
            statement.execute("""
                    create or replace function bench_case_opened() returns trigger language plpgsql as $$
                    begin
                      insert into bench_case_opened values (new.inspection_id,
                        (extract(epoch from clock_timestamp()) * 1000)::bigint, current_setting('application_name'));
                      return null;
                    end $$""");
            statement.execute("drop trigger if exists bench_case_opened on rectification_case");
            // deferred: it runs as the transaction commits, so "opened" is when a reader can see the case,
            // not when a long batch inserted it
            statement.execute("""
                    create constraint trigger bench_case_opened after insert on rectification_case
                    deferrable initially deferred for each row execute function bench_case_opened()""");
        }
    }

    private List<Opened> opened() throws SQLException {
        List<Opened> opened = new ArrayList<>();
        try (Connection rect = rect(); Statement statement = rect.createStatement();
                ResultSet rows = statement.executeQuery("select inspection_id, at, by from bench_case_opened order by at")) {
            while (rows.next()) {
                opened.add(new Opened(rows.getObject(1, UUID.class), rows.getLong(2), rows.getString(3)));
            }
        }
        return opened;
    }

    private static long distinct(List<Opened> opened) {
        return opened.stream().map(Opened::inspectionId).distinct().count();
    }

    private void report(long total, Map<UUID, UUID> organizationOf, Map<UUID, Long> sequenceOf, List<Opened> opened,
            long loadFrom, long loadUntil, List<Probe> probes) throws Exception {
        long ours = opened.stream().filter(o -> organizationOf.containsKey(o.inspectionId())).count();
        long distinct = opened.stream().map(Opened::inspectionId).filter(organizationOf::containsKey).distinct().count();
        Map<UUID, Long> lastSequence = new HashMap<>();
        int outOfOrder = 0;
        for (Opened one : opened) {
            UUID organization = organizationOf.get(one.inspectionId());
            if (organization == null) {
                continue;
            }
            long sequence = sequenceOf.get(one.inspectionId());
            Long previous = lastSequence.put(organization, sequence);
            if (previous != null && previous > sequence) {
                outOfOrder++;
            }
        }
        long longestStall = 0;
        long stallEndsAt = 0;
        long previousAt = loadFrom;
        for (Opened one : opened) {
            if (one.at() > loadUntil) {
                break;
            }
            if (one.at() - previousAt > longestStall) {
                longestStall = one.at() - previousAt;
                stallEndsAt = one.at();
            }
            previousAt = Math.max(previousAt, one.at());
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "committed: %d, cases opened: %d (distinct %d), missing: %d, duplicated: %d%n",
                total, ours, distinct, total - distinct, ours - distinct);
        System.out.printf(Locale.ROOT, "cases opened out of their organization's order: %d%n", outOfOrder);
        System.out.printf(Locale.ROOT, "longest stall during the load: %.1f s (ended %.1f s into the load)%n",
                longestStall / 1000.0, (stallEndsAt - loadFrom) / 1000.0);
        System.out.println("requests during the load:");
        probes.forEach(probe -> System.out.println("  " + probe.summary(loadFrom, loadUntil)));
        Path faults = Path.of(options.getOrDefault("faults", "target/faults.txt"));
        if (Files.exists(faults)) {
            List<String> lines = Files.readAllLines(faults);
            TakeOver takeOver = TakeOver.of(opened, organizationOf, options.get("kafka"), "xuncha.round.events");
            for (int i = 0; i < lines.size(); i++) {
                String[] parts = lines.get(i).split(" ", 2);
                long at = Long.parseLong(parts[0]);
                long until = i + 1 < lines.size() ? Long.parseLong(lines.get(i + 1).split(" ", 2)[0]) : loadUntil;
                long next = opened.stream().mapToLong(Opened::at).filter(t -> t > at).min().orElse(-1);
                System.out.printf(Locale.ROOT, "  %6.1f s  %-36s next case opened after %s%n", (at - loadFrom) / 1000.0,
                        parts[1], next < 0 ? "never" : String.format(Locale.ROOT, "%.2f s", (next - at) / 1000.0));
                if (parts[1].startsWith("kill -9") && parts[1].contains("rectification-service")) {
                    System.out.println("             " + takeOver.describe(parts[1].contains("second") ? "the second"
                            : "the first", at, until));
                }
                probes.forEach(probe -> System.out.println("             until the next moment: " + probe.summary(at, until)));
            }
        }
    }

    private Connection rect() throws SQLException {
        return DriverManager.getConnection(options.get("rect-db"), options.get("rect-user"), options.get("rect-password"));
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // already gone
            }
        }
    }
}
