package org.xuncha.platform.paging;

import java.util.List;
import java.util.function.Function;
import org.xuncha.platform.problem.InvalidInput;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list. {@code next} is the cursor of the following page, absent on the last one.
 */
public record Page<T>(
        @Schema(description = "The items of this page, in the list's order") List<T> items,
        @Schema(description = "Pass as `cursor` to get the next page; absent on the last page",
                example = "eyJrIjpbIjAxOTNhM2M0Il19") String next) {

    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), next);
    }

    /**
     * Cuts a page out of rows fetched with one row more than asked for: if that extra row came
     * back, there is a next page and its cursor is made from the last row kept.
     */
    public static <T> Page<T> of(List<T> rowsPlusOne, int limit, Function<T, Cursor> cursorOf) {
        if (rowsPlusOne.size() <= limit) {
            return new Page<>(rowsPlusOne, null);
        }
        List<T> kept = rowsPlusOne.subList(0, limit);
        return new Page<>(kept, cursorOf.apply(kept.get(limit - 1)).encode());
    }

    /**
     * A page of a list that is read whole because it is small by nature (the sessions of a round,
     * the reviews of an inspection, the terms of a committee): the items from the position the
     * cursor names, in the list's order. A cursor that is not one of this list's is refused as a
     * field error on {@code cursor}.
     */
    public static <T> Page<T> slice(List<T> all, String cursor, int limit) {
        int from = 0;
        if (cursor != null && !cursor.isBlank()) {
            try {
                from = Integer.parseInt(Cursor.decode(cursor, 1).key(0));
            } catch (NumberFormatException notAPosition) {
                from = -1;
            }
            if (from < 0 || from > all.size()) {
                throw InvalidInput.of("cursor", "is not a cursor of this list");
            }
        }
        int to = (int) Math.min(all.size(), (long) from + Math.max(1, limit));
        return new Page<>(all.subList(from, to), to < all.size() ? Cursor.of(to).encode() : null);
    }
}
