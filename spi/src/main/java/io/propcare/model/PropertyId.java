package io.propcare.model;

import io.propcare.model.internal.Checks;
import java.util.regex.Pattern;

/**
 * The property (tenant) a piece of data belongs to, such as {@code "talent-apartments"}.
 * Every store operation is scoped to exactly one property.
 *
 * <p>Implementation requirements: immutable value type.
 *
 * @param value 1-64 characters of letters, digits, {@code . _ -}
 * @since 0.1
 */
public record PropertyId(String value) {
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    /** Checks the form. */
    public PropertyId {
        Checks.matches(value, "propertyId", FORM, "1-64 letters, digits, '.', '_' or '-', starting with a letter or digit");
    }

    /**
     * Creates a property id.
     *
     * @param value the id
     * @return the id
     */
    public static PropertyId of(String value) {
        return new PropertyId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
