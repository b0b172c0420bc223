package io.propcare.spi;

import io.propcare.model.internal.Checks;
import java.util.Optional;

/**
 * Which page to read: at most {@code size} items after the position a previous page's
 * {@link Page#nextCursor()} gave (keyset paging, stable while items are added).
 *
 * @param cursor the opaque cursor from the previous page; empty for the first page
 * @param size 1 to 1000 items
 * @since 0.1
 */
public record PageRequest(Optional<String> cursor, int size) {
    /** The largest page size. */
    public static final int MAX_SIZE = 1000;

    /** Checks the components. */
    public PageRequest {
        Checks.notNull(cursor, "cursor");
        Checks.range(size, "size", 1, MAX_SIZE);
    }

    /**
     * The first page.
     *
     * @param size the page size
     * @return the request
     */
    public static PageRequest first(int size) {
        return new PageRequest(Optional.empty(), size);
    }

    /**
     * The page after a cursor.
     *
     * @param cursor the cursor
     * @param size the page size
     * @return the request
     */
    public static PageRequest after(String cursor, int size) {
        return new PageRequest(Optional.of(Checks.notNull(cursor, "cursor")), size);
    }
}
