package org.xuncha.platform.audit;

import java.time.OffsetDateTime;

/**
 * One entry of the audit trail: a row of a service's table inserted, updated or deleted, by whom and
 * when, its state before and after (JSON as PostgreSQL writes {@code jsonb} out, absent for an insert's
 * before and a delete's after), and the hash of the entry before it and its own.
 */
public record AuditEntry(long seq, OffsetDateTime occurredAt, String actor, String action, String aggregate,
        String aggregateId, String before, String after, String previousHash, String hash) {
}
