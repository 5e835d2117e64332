package org.xuncha.rectification;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.xuncha.platform.paging.Cursor;
import org.xuncha.platform.paging.Page;

/** The filtered, keyset-paginated lists of this service: conditions, then the cursor, oldest first. */
public final class Queries {

    private Queries() {
    }

    /** Adds {@code path = :name} when a filter value is given. */
    public static void equalIf(List<String> conditions, Parameters parameters, String path, String name, Object value) {
        if (value != null) {
            conditions.add(path + " = :" + name);
            parameters.and(name, value);
        }
    }

    /**
     * A page of the entities matching every condition, in id order (UUIDv7: creation order), after
     * the cursor a previous page handed out.
     */
    public static <E> Page<E> page(PanacheRepositoryBase<E, UUID> repository, List<String> conditions,
            Parameters parameters, String cursor, int limit, Function<E, UUID> idOf) {
        List<String> all = new ArrayList<>(conditions);
        if (cursor != null) {
            all.add("id > :after");
            parameters.and("after", Cursor.decode(cursor, 1).id(0));
        }
        String query = (all.isEmpty() ? "" : String.join(" and ", all) + " ") + "order by id";
        List<E> rows = repository.find(query, parameters).page(0, limit + 1).list();
        return Page.of(rows, limit, found -> Cursor.of(idOf.apply(found)));
    }
}
