package io.propcare.model;

import io.propcare.model.internal.Checks;

/**
 * A person's name: personal data. {@code toString()} is masked (first character, then
 * asterisks), so it is safe in logs and messages; {@link #value()} gives the real name to code
 * that is authorised to show it.
 *
 * <p>Implementation requirements: immutable value type.
 *
 * @param value the name, 1-100 characters
 * @since 0.1
 */
public record PersonName(String value) {
    /** Checks the value. */
    public PersonName {
        Checks.notNull(value, "name");
        if (value.isBlank()) {
            throw io.propcare.spi.InvalidInputException.of("name", "", "expected a non-blank name");
        }
        if (value.length() > 100) {
            throw io.propcare.spi.InvalidInputException.of("name", "(" + value.length() + " characters)",
                    "expected at most 100 characters");
        }
        if (value.indexOf('\u0000') >= 0) {
            throw io.propcare.spi.InvalidInputException.of("name", "(" + value.length() + " characters)",
                    "expected no NUL character (U+0000, at index " + value.indexOf('\u0000') + ")");
        }
    }

    /**
     * Creates a name.
     *
     * @param value the name
     * @return the name
     */
    public static PersonName of(String value) {
        Checks.notNull(value, "name");
        return new PersonName(value.strip());
    }

    /**
     * The masked form, e.g. {@code "张**"} or {@code "J***"}.
     *
     * @return the masked name
     */
    public String masked() {
        int first = value.codePointAt(0);
        int rest = value.codePointCount(0, value.length()) - 1;
        return new StringBuilder().appendCodePoint(first).append("*".repeat(Math.max(1, Math.min(rest, 4)))).toString();
    }

    @Override
    public String toString() {
        return masked();
    }
}
