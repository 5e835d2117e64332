package org.xuncha.platform.readlog;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import javax.sql.DataSource;
import org.xuncha.platform.security.Caller;

/**
 * The read log of confidential records (按机密件办理): who read which record, when and by which
 * operation. A service calls it once it has decided that the caller may read what it is about to
 * answer (a read refused with 403 or 404 is no read), before the answer leaves: one insert per
 * request, a list's records in one statement. Within a transaction the insert joins it (the pool
 * lends the transaction's connection), so a read that rolls back leaves no entry; without one it
 * commits on its own before the answer is sent.
 *
 * <p>A record is named by its kind, the service's table ({@code lead}, {@code interview}), as the
 * audit trail names it, and its id. The reader is the token's {@code sub} and roles; the time the
 * committee's clock.
 */
@ApplicationScoped
public class ReadLog {

    /** The reader of work the service does on its own, outside any request. */
    public static final String SYSTEM = "system";

    private static final String INSERT = """
            insert into read_log (read_at, reader, reader_roles, record_kind, record_id, operation)
            select ?, ?, ?, ?, listed.id, ? from unnest(?) with ordinality as listed(id, position) order by position""";

    private final DataSource dataSource;
    private final Instance<Caller> caller;
    private final Instance<ReadOperation> operation;
    private final Clock clock;

    public ReadLog(DataSource dataSource, Instance<Caller> caller, Instance<ReadOperation> operation, Clock clock) {
        this.dataSource = dataSource;
        this.caller = caller;
        this.operation = operation;
        this.clock = clock;
    }

    /** The caller reads one record. */
    public void read(String kind, UUID id) {
        listed(kind, List.of(id));
    }

    /** The caller is shown these records (a page of a list): one entry each, in one statement. */
    public void listed(String kind, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        Reader reader = reader();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setObject(1, OffsetDateTime.now(clock));
            insert.setString(2, reader.subject());
            insert.setArray(3, connection.createArrayOf("text", reader.roles().toArray()));
            insert.setString(4, kind);
            insert.setString(5, reader.operation());
            insert.setArray(6, connection.createArrayOf("uuid", ids.toArray()));
            insert.executeUpdate();
        } catch (SQLException failed) {
            throw new IllegalStateException("The read of " + ids.size() + " " + kind + " record(s) could not be logged",
                    failed);
        }
    }

    private record Reader(String subject, Set<String> roles, String operation) {
    }

    private Reader reader() {
        if (!Arc.container().requestContext().isActive()) {
            return new Reader(SYSTEM, Set.of(), SYSTEM);
        }
        String subject = caller.get().userId();
        String called = operation.get().id();
        return new Reader(subject == null || subject.isBlank() ? SYSTEM : subject, new TreeSet<>(caller.get().roles()),
                called == null ? SYSTEM : called);
    }
}
