package io.propcare.model.complaint;

import io.propcare.model.internal.Checks;
import java.util.regex.Pattern;

/**
 * A complaint category id from the property's taxonomy, such as {@code "plumbing"} or
 * {@code "staff_conduct"}. The taxonomy (names, departments) is configuration; this is its key.
 *
 * <p>Implementation requirements: immutable value type.
 *
 * @param id lower case letters, digits and underscores, 1-64 characters
 * @since 0.1
 */
public record Category(String id) {
    private static final Pattern FORM = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    /** Checks the form. */
    public Category {
        Checks.matches(id, "category", FORM, "a lower-case id such as 'plumbing' (letters, digits, '_')");
    }

    /**
     * Creates a category.
     *
     * @param id the id
     * @return the category
     */
    public static Category of(String id) {
        return new Category(id);
    }

    @Override
    public String toString() {
        return id;
    }
}
