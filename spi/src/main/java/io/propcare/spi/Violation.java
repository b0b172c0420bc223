package io.propcare.spi;

import java.util.Objects;

/**
 * One problem found while validating input: where it is, the value found, a code and a sentence.
 *
 * @param path where the problem is, e.g. {@code "complaint.text"} or {@code "$.sla.steps[2].within"}
 * @param value the offending value as text (masked where it is personal data), or {@code ""}
 * @param code a stable error code
 * @param message what was expected
 * @since 0.1
 */
public record Violation(String path, String value, String code, String message) {
    /** Checks that no component is null. */
    public Violation {
        Objects.requireNonNull(path, "path must not be null");
        Objects.requireNonNull(value, "value must not be null");
        Objects.requireNonNull(code, "code must not be null");
        Objects.requireNonNull(message, "message must not be null");
    }

    /**
     * Creates a violation.
     *
     * @param path where the problem is
     * @param value the offending value, rendered with {@code String.valueOf}
     * @param code the code
     * @param message what was expected
     * @return the violation
     */
    public static Violation of(String path, Object value, ErrorCode code, String message) {
        Objects.requireNonNull(code, "code must not be null");
        return new Violation(path, String.valueOf(value), code.code(), message);
    }

    @Override
    public String toString() {
        return path + ": got '" + value + "'; " + message + " [" + code + "]";
    }
}
