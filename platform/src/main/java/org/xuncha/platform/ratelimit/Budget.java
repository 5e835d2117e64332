package org.xuncha.platform.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;

/**
 * One rate-limit policy: a token bucket per key (a caller or an address) of {@code capacity} tokens,
 * refilled greedily over {@code period}. A bucket not used for a whole period is full again, so it is
 * dropped from memory then, and recreated full when the key comes back: nothing is lost.
 */
final class Budget {

    private final String name;
    private final long capacity;
    private final Duration period;
    private final Cache<String, Bucket> buckets;

    Budget(String name, RateLimitConfig.Budget config, long maxTracked) {
        this.name = name;
        this.capacity = config.capacity();
        this.period = config.period();
        if (capacity < 1 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("Rate limit " + name + " needs a capacity of at least 1 and a positive period");
        }
        this.buckets = Caffeine.newBuilder().maximumSize(maxTracked).expireAfterAccess(period).build();
    }

    String name() {
        return name;
    }

    long capacity() {
        return capacity;
    }

    Duration period() {
        return period;
    }

    /** Takes one request from the key's bucket. */
    Decision take(String key) {
        Bucket bucket = buckets.get(key, ignored -> Bucket.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, period))
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return new Decision(this, probe.isConsumed(), probe.getRemainingTokens(),
                seconds(probe.isConsumed() ? probe.getNanosToWaitForReset() : probe.getNanosToWaitForRefill()));
    }

    private static long seconds(long nanos) {
        return Math.max(0, (nanos + 999_999_999L) / 1_000_000_000L);
    }

    /**
     * What one request cost: whether it may go on, what is left, and in how many seconds the bucket
     * is full again (allowed) or holds a request again (refused).
     */
    record Decision(Budget budget, boolean allowed, long remaining, long seconds) {

        /** The policy in the form of draft-ietf-httpapi-ratelimit-headers-10: {@code "caller";q=600;w=60}. */
        String policyField() {
            return "\"" + budget.name + "\";q=" + budget.capacity + ";w=" + budget.period.toSeconds();
        }

        /** The current state, likewise: {@code "caller";r=599;t=1}. */
        String stateField() {
            return "\"" + budget.name + "\";r=" + remaining + ";t=" + seconds;
        }

        /** What Retry-After says for a refusal: at least one second. */
        long retryAfter() {
            return Math.max(1, seconds);
        }
    }
}
