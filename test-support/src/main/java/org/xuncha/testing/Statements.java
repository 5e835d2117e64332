package org.xuncha.testing;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * The SQL statements Hibernate prepared while a request of a service under test was handled, for
 * tests that a read is one query. Only requests that carry {@value #HEADER} are recorded, under its
 * value, so the service's own work beside them (consumers, the outbox relay, deadline checks) does
 * not count. A test sends its requests with a {@link #key()} and reads {@link #of(String)}. Statements a service sends past Hibernate on a plain connection (the read log's insert
 * for a confidential record, the audit trail's settings at a transaction's start) are not seen.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class Statements implements StatementInspector {

    public static final String HEADER = "X-Count-Statements";

    // static: the bean is the persistence unit's, qualified; the test reads what it recorded through the class
    private static final Map<String, List<String>> BY_REQUEST = new ConcurrentHashMap<>();

    @Override
    public String inspect(String sql) {
        String key = requestKey();
        if (key != null) {
            BY_REQUEST.computeIfAbsent(key, ignored -> new CopyOnWriteArrayList<>()).add(sql);
        }
        return sql;
    }

    /** A new key for the {@value #HEADER} header of the requests to count. */
    public static String key() {
        return UUID.randomUUID().toString();
    }

    /** The statements of the requests sent with this key, in the order they were prepared. */
    public static List<String> of(String key) {
        return List.copyOf(BY_REQUEST.getOrDefault(key, List.of()));
    }

    private static String requestKey() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        RoutingContext current = Arc.container().instance(CurrentVertxRequest.class).get().getCurrent();
        return current == null ? null : current.request().getHeader(HEADER);
    }
}
