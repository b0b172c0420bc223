package io.propcare.model.complaint;

import io.propcare.model.internal.Checks;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A complaint reference such as {@code "C-2025-000123"}. Immutable; {@link #parse} reads what
 * {@link #toString} writes.
 *
 * @param value 1-40 characters of letters, digits, {@code - _ . :}
 * @since 0.1
 */
public record ComplaintId(String value) {
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]{0,39}");

    /** Checks the form. */
    public ComplaintId {
        Checks.matches(value, "complaintId", FORM, "1-40 letters, digits, '-', '_', '.' or ':'");
    }

    /**
     * Creates an id.
     *
     * @param value the id
     * @return the id
     */
    public static ComplaintId of(String value) {
        return new ComplaintId(value);
    }

    /**
     * Parses an id, ignoring surrounding white space.
     *
     * @param text the text
     * @return the id
     */
    public static ComplaintId parse(CharSequence text) {
        return new ComplaintId(Objects.requireNonNull(text, "text must not be null").toString().strip());
    }

    @Override
    public String toString() {
        return value;
    }
}
