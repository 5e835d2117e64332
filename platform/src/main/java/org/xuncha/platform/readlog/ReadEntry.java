package org.xuncha.platform.readlog;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One read of a confidential record: its position in the log, when, by whom, which record, by which operation. */
public record ReadEntry(long seq, OffsetDateTime readAt, String reader, List<String> readerRoles, String recordKind,
        UUID recordId, String operation) {
}
