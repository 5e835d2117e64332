package org.xuncha.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The hash chain of the audit trail: each entry's hash is the SHA-256 of its canonical form, which
 * ends with the previous entry's hash. The database computes the same form when it appends
 * ({@code audit_canonical} in each service's {@code V90__audit_trail.sql}, rewritten for speed, same form, by
 * {@code V91__audit_cheaper.sql}); this class checks it.
 *
 * <p>The canonical form: each field as {@code <length in UTF-8 bytes>:<text>}, or {@code ~} when
 * absent, in this order: seq, the time in microseconds since the epoch, actor, action, aggregate,
 * aggregate id, state before, state after, previous hash. Lengths make it unambiguous.
 */
public final class AuditChain {

    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private long expectedSeq = 1;
    private String expectedPrevious = GENESIS;
    private long checked;

    /** A chain checked from its first entry. */
    public AuditChain() {
    }

    /** A chain checked from the entry after {@code seq}, which is taken to be whole with {@code hash}. */
    public static AuditChain after(long seq, String hash) {
        AuditChain chain = new AuditChain();
        chain.expectedSeq = seq + 1;
        chain.expectedPrevious = hash;
        return chain;
    }

    public static String canonical(AuditEntry entry) {
        StringBuilder form = new StringBuilder(256);
        field(form, Long.toString(entry.seq()));
        field(form, Long.toString(micros(entry.occurredAt().toInstant())));
        field(form, entry.actor());
        field(form, entry.action());
        field(form, entry.aggregate());
        field(form, entry.aggregateId());
        field(form, entry.before());
        field(form, entry.after());
        field(form, entry.previousHash());
        return form.toString();
    }

    public static String hashOf(AuditEntry entry) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical(entry).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /**
     * Checks the next entry, in the order of {@code seq}: its number follows the last one's, it
     * carries the last one's hash, and its own hash is that of its content. Returns what is broken,
     * naming this entry, or nothing.
     */
    public Optional<Break> next(AuditEntry entry) {
        if (entry.seq() != expectedSeq) {
            return Optional.of(new Break(entry.seq(), entry.seq() > expectedSeq
                    ? "entries " + expectedSeq + " to " + (entry.seq() - 1) + " are missing before it"
                    : "its number repeats or goes back (expected " + expectedSeq + ")"));
        }
        if (!expectedPrevious.equals(entry.previousHash())) {
            return Optional.of(new Break(entry.seq(), "it does not carry the hash of the entry before it"));
        }
        if (!hashOf(entry).equals(entry.hash())) {
            return Optional.of(new Break(entry.seq(), "its content does not match its hash"));
        }
        expectedSeq = entry.seq() + 1;
        expectedPrevious = entry.hash();
        checked++;
        return Optional.empty();
    }

    /** The entries checked and found whole so far. */
    public long checked() {
        return checked;
    }

    /** The number of the last whole entry (0 before any). */
    public long headSeq() {
        return expectedSeq - 1;
    }

    /** The hash of the last whole entry ({@link #GENESIS} before any). */
    public String headHash() {
        return expectedPrevious;
    }

    /** The first entry found broken, and how. */
    public record Break(long seq, String reason) {
    }

    private static long micros(Instant at) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, at);
    }

    private static void field(StringBuilder form, String value) {
        if (value == null) {
            form.append('~');
            return;
        }
        form.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value);
    }
}
