package io.propcare.model;

import io.propcare.spi.InvalidInputException;

/**
 * A phone number: personal data. {@code toString()} is masked ({@code 138****5678}), so it is safe
 * in logs and messages; {@link #digits()} gives the number to code that dials it.
 *
 * <p>Implementation requirements: immutable value type.
 *
 * @param digits 7-20 digits, optionally led by {@code +}
 * @since 0.1
 */
public record PhoneNumber(String digits) {
    /** Checks the form; the message states the length, never the digits. */
    public PhoneNumber {
        java.util.Objects.requireNonNull(digits, "phone must not be null");
        String d = digits.startsWith("+") ? digits.substring(1) : digits;
        if (d.length() < 7 || d.length() > 20 || !d.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw InvalidInputException.of("phone", "(" + digits.length() + " characters)",
                    "expected 7-20 digits, optionally led by '+'");
        }
    }

    /**
     * Parses a number written with spaces, dashes or brackets, e.g. {@code "138-1234-5678"}.
     *
     * @param text the text
     * @return the number
     */
    public static PhoneNumber parse(CharSequence text) {
        java.util.Objects.requireNonNull(text, "text must not be null");
        return new PhoneNumber(text.toString().replaceAll("[\\s\\-()]", ""));
    }

    /**
     * The masked form: the first three and the last four digits.
     *
     * @return the masked number
     */
    public String masked() {
        return digits.substring(0, 3) + "****" + digits.substring(digits.length() - 4);
    }

    @Override
    public String toString() {
        return masked();
    }
}
