package io.propcare.spi;

import io.propcare.model.internal.Checks;
import java.util.List;
import java.util.Optional;

/**
 * One page of results and the cursor of the next page.
 *
 * @param items the items, unmodifiable
 * @param nextCursor where the next page starts; empty when this is the last page
 * @param <T> the item type
 * @since 0.1
 */
public record Page<T>(List<T> items, Optional<String> nextCursor) {
    /** Checks the components. */
    public Page {
        items = Checks.list(items, "items");
        Checks.notNull(nextCursor, "nextCursor");
    }
}
