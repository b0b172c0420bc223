package io.propcare.model.survey;

import io.propcare.model.internal.Checks;
import io.propcare.spi.InvalidInputException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * A questionnaire: an id and its items in the order they are asked.
 *
 * <p>Implementation requirements: immutable value type.
 *
 * @param id the questionnaire id, 1-64 letters, digits, {@code . _ -}
 * @param items the items, at least one, ids distinct; unmodifiable
 * @since 0.1
 */
public record Questionnaire(String id, List<QuestionItem> items) {
    /** Checks the id and that item ids are distinct. */
    public Questionnaire {
        Ids.id(id, "questionnaire.id");
        items = Checks.list(items, "questionnaire.items");
        if (items.isEmpty()) {
            throw InvalidInputException.of("questionnaire.items", "[]", "expected at least one item");
        }
        var seen = new HashSet<String>();
        for (QuestionItem item : items) {
            if (!seen.add(item.id())) {
                throw InvalidInputException.of("questionnaire.items", item.id(), "expected distinct item ids");
            }
        }
    }

    /**
     * Creates a questionnaire.
     *
     * @param id the id
     * @param items the items
     * @return the questionnaire
     */
    public static Questionnaire of(String id, List<QuestionItem> items) {
        return new Questionnaire(id, items);
    }

    /**
     * The item with an id.
     *
     * @param itemId the item id
     * @return the item, or empty if there is none
     */
    public Optional<QuestionItem> item(String itemId) {
        Checks.notNull(itemId, "itemId");
        return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
    }
}
