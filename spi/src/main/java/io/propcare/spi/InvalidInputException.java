package io.propcare.spi;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Input was rejected; the exception lists every problem found, and nothing was written.
 *
 * <p>Its {@link #errorCode()} is the violations' code when they all share one (e.g.
 * {@code DEADLINE_BAD_REQUEST}), else {@link SpiErrorCode#INVALID_INPUT}; the message shows each
 * violation's own code only where it differs, so no code appears twice.
 *
 * @since 0.1
 */
public class InvalidInputException extends PropcareException {
    private static final long serialVersionUID = 1L;
    private final transient List<Violation> violations;

    /**
     * Creates the exception from one or more violations.
     *
     * @param violations the problems, not empty
     */
    public InvalidInputException(List<Violation> violations) {
        this(commonCode(violations), violations);
    }

    /**
     * Creates the exception with an explicit code.
     *
     * @param code the exception's code
     * @param violations the problems, not empty
     */
    public InvalidInputException(ErrorCode code, List<Violation> violations) {
        super(code, render(code, violations));
        this.violations = List.copyOf(violations);
    }

    /**
     * Creates the exception for one problem, with code {@link SpiErrorCode#INVALID_INPUT}.
     *
     * @param path where the problem is
     * @param value the offending value
     * @param message what was expected
     * @return the exception
     */
    public static InvalidInputException of(String path, Object value, String message) {
        return of(SpiErrorCode.INVALID_INPUT, path, value, message);
    }

    /**
     * Creates the exception for one problem with a specific code.
     *
     * @param code the code
     * @param path where the problem is
     * @param value the offending value
     * @param message what was expected
     * @return the exception
     */
    public static InvalidInputException of(ErrorCode code, String path, Object value, String message) {
        Objects.requireNonNull(code, "code must not be null");
        return new InvalidInputException(code, List.of(Violation.of(path, value, code, message)));
    }

    private static ErrorCode commonCode(List<Violation> violations) {
        Objects.requireNonNull(violations, "violations must not be null");
        Set<String> codes = violations.stream().map(Violation::code).collect(Collectors.toSet());
        if (codes.size() == 1) {
            String only = codes.iterator().next();
            if (!only.equals(SpiErrorCode.INVALID_INPUT.code())) {
                return new NamedCode(only);
            }
        }
        return SpiErrorCode.INVALID_INPUT;
    }

    private static String render(ErrorCode code, List<Violation> violations) {
        Objects.requireNonNull(code, "code must not be null");
        Objects.requireNonNull(violations, "violations must not be null");
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("violations must not be empty");
        }
        return violations.size() + " invalid value" + (violations.size() == 1 ? "" : "s") + ": "
                + violations.stream()
                .map(v -> v.path() + ": got '" + v.value() + "'; " + v.message()
                        + (v.code().equals(code.code()) ? "" : " [" + v.code() + "]"))
                .collect(Collectors.joining("; "));
    }

    /**
     * Every problem found.
     *
     * @return the violations, unmodifiable and not empty
     */
    public List<Violation> violations() {
        return violations;
    }

    /** A code known only by name, taken from the violations. */
    private record NamedCode(String code) implements ErrorCode {
    }
}
