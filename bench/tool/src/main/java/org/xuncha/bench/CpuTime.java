package org.xuncha.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CPU time (user + system, from /proc/&lt;pid&gt;/stat) the processes of a benchmark spent between two
 * moments: the services and the broker by their pids, PostgreSQL as the backends connected to the
 * benchmark's databases when sampling starts (a pooled backend lives through the run; the cluster's
 * shared work, WAL writer and checkpointer, is left out, and with it other users' load).
 */
final class CpuTime {

    /** Clock ticks per second of /proc's times: 100 on Linux for x86-64. */
    private static final double TICKS = 100.0;

    private final Map<String, List<Long>> processes;
    private Map<Long, Long> started;

    private CpuTime(Map<String, List<Long>> processes) {
        this.processes = processes;
    }

    /**
     * {@code --pids name=pid,name=pid} and the PostgreSQL backends of these databases; this JVM as
     * "load generator". Null when no pids are given.
     */
    static CpuTime of(String pids, List<String[]> databases) throws SQLException {
        if (pids == null || pids.isBlank()) {
            return null;
        }
        Map<String, List<Long>> processes = new LinkedHashMap<>();
        for (String pair : pids.split(",")) {
            String[] named = pair.split("=", 2);
            processes.put(named[0], List.of(Long.parseLong(named[1].trim())));
        }
        List<Long> backends = new ArrayList<>();
        for (String[] database : databases) {
            try (Connection connection = DriverManager.getConnection(database[0], database[1], database[2]);
                    ResultSet rows = connection.createStatement().executeQuery(
                            "select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()")) {
                while (rows.next()) {
                    backends.add(rows.getLong(1));
                }
            }
        }
        processes.put("PostgreSQL (" + backends.size() + " backends)", backends);
        processes.put("load generator", List.of(ProcessHandle.current().pid()));
        return new CpuTime(processes);
    }

    void start() {
        started = sample();
    }

    /** Milliseconds of CPU of each process since {@link #start()}; a process ended since counts nothing. */
    Map<String, Double> since() {
        Map<Long, Long> now = sample();
        Map<String, Double> spent = new LinkedHashMap<>();
        processes.forEach((name, pids) -> spent.put(name, pids.stream()
                .mapToLong(pid -> now.get(pid) == 0 ? 0 : now.get(pid) - started.get(pid)).sum() * 1000 / TICKS));
        return spent;
    }

    private Map<Long, Long> sample() {
        Map<Long, Long> ticks = new LinkedHashMap<>();
        processes.values().forEach(pids -> pids.forEach(pid -> ticks.put(pid, ticksOf(pid))));
        return ticks;
    }

    /** utime + stime of a process (all its threads); 0 once it has ended. */
    private static long ticksOf(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // fields 14 and 15 of stat(5)
        } catch (IOException | RuntimeException ended) {
            return 0;
        }
    }
}
