package org.xuncha.contract.audit;

import java.time.OffsetDateTime;

/**
 * The head of a service's audit trail at a moment: its last entry's number and hash. Published
 * periodically, so that whoever keeps these events outside the service's database can tell a trail
 * whose tail was cut off (or rewritten) from the one that was: the entry {@code seq} must still be in
 * the trail, with this hash.
 *
 * @param service the service whose trail it is ({@code round-service}, {@code rectification-service})
 * @param seq the number of the last entry (from 1)
 * @param hash the SHA-256 of that entry, lower-case hex, which chains every entry before it
 * @param recordedAt when the head was read, by the committee's clock
 */
public record AuditHeadPublished(String service, long seq, String hash, OffsetDateTime recordedAt) {
}
