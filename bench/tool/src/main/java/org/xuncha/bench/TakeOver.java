package org.xuncha.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.utils.Utils;
import org.xuncha.bench.FaultRecovery.Opened;

/**
 * What a kill of one rectification-service instance cost: which partitions it was applying (those
 * of the cases it opened in the ten seconds before), how long until a case of one of them opened
 * again (the survivor's take-over: the broker's noticing the dead member, the rebalance, the
 * survivor's first applied feedback), and the longest time without any case opened from the kill
 * until the next moment of the schedule.
 *
 * <p>A case's partition is its feedback's: the record key is the organization's id, and the
 * producer's default partitioner hashes it with murmur2.
 */
final class TakeOver {

    private static final long HELD_WITHIN_MILLIS = 10_000;

    private final List<Opened> opened;
    private final Map<UUID, UUID> organizationOf;
    private final int partitions;

    private TakeOver(List<Opened> opened, Map<UUID, UUID> organizationOf, int partitions) {
        this.opened = opened;
        this.organizationOf = organizationOf;
        this.partitions = partitions;
    }

    /** The kills are read against the topic's partition count, asked of the broker. */
    static TakeOver of(List<Opened> opened, Map<UUID, UUID> organizationOf, String bootstrap, String topic)
            throws Exception {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (Admin admin = Admin.create(config)) {
            int partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();
            return new TakeOver(opened, organizationOf, partitions);
        }
    }

    /** The instance a case was opened by, from its connection's application name (bench/run sets the second's). */
    static String instance(Opened one) {
        return "rectification-second".equals(one.by()) ? "the second" : "the first";
    }

    /**
     * One line about the kill of {@code killed} ({@code "the first"}, {@code "the second"}) at {@code at},
     * the schedule's next moment being {@code until} (epoch millis).
     */
    String describe(String killed, long at, long until) {
        Set<Integer> held = new TreeSet<>();
        for (Opened one : opened) {
            if (one.at() > at - HELD_WITHIN_MILLIS && one.at() <= at && instance(one).equals(killed) && partition(one) >= 0) {
                held.add(partition(one));
            }
        }
        long longestGap = 0;
        long previous = at;
        for (Opened one : opened) {
            if (one.at() <= at) {
                continue;
            }
            if (one.at() > until) {
                break;
            }
            longestGap = Math.max(longestGap, one.at() - previous);
            previous = one.at();
        }
        String gap = previous == at ? String.format(Locale.ROOT, "none opened in %.1f s", (until - at) / 1000.0)
                : String.format(Locale.ROOT, "%.2f s", longestGap / 1000.0);
        if (held.isEmpty()) {
            return String.format(Locale.ROOT, "%s instance opened no case in the %d s before (no partition to take "
                    + "over); longest stall until the next moment: %s", killed, HELD_WITHIN_MILLIS / 1000, gap);
        }
        StringBuilder each = new StringBuilder();
        Opened first = null;
        for (int partition : held) {
            Opened firstOfIt = opened.stream().filter(one -> after(one, killed, at, until) && partition(one) == partition)
                    .findFirst().orElse(null);
            if (firstOfIt != null && (first == null || firstOfIt.at() < first.at())) {
                first = firstOfIt;
            }
            each.append(each.isEmpty() ? "" : ", ").append(partition).append(": ").append(firstOfIt == null ? "never"
                    : String.format(Locale.ROOT, "%.2f s", (firstOfIt.at() - at) / 1000.0));
        }
        String takeOver = first == null ? "never"
                : String.format(Locale.ROOT, "%.2f s (by %s)", (first.at() - at) / 1000.0, instance(first));
        return String.format(Locale.ROOT, "%s instance held partitions %s of %d; kill -> first case of them opened: %s "
                + "(of each: %s); longest stall until the next moment: %s", killed, held, partitions, takeOver, each, gap);
    }

    /**
     * A case opened after the kill at {@code at}: by another instance, or by the killed one once it is
     * back (after the schedule's next moment, {@code until}); one the killed instance committed as it
     * was killed is its own last, not a take-over.
     */
    private static boolean after(Opened one, String killed, long at, long until) {
        return one.at() > at && (!instance(one).equals(killed) || one.at() > until);
    }

    private int partition(Opened one) {
        UUID organization = organizationOf.get(one.inspectionId());
        if (organization == null) {
            return -1;
        }
        return Utils.toPositive(Utils.murmur2(organization.toString().getBytes(StandardCharsets.UTF_8))) % partitions;
    }
}
