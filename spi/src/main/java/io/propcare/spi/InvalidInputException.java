package io.propcare.spi;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Input was rejected; the exception lists every problem found, and nothing was written.
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
        super(SpiErrorCode.INVALID_INPUT, render(violations));
        this.violations = List.copyOf(violations);
    }

    /**
     * Creates the exception for one problem.
     *
     * @param path where the problem is
     * @param value the offending value
     * @param message what was expected
     * @return the exception
     */
    public static InvalidInputException of(String path, Object value, String message) {
        return new InvalidInputException(List.of(Violation.of(path, value, SpiErrorCode.INVALID_INPUT, message)));
    }

    private static String render(List<Violation> violations) {
        Objects.requireNonNull(violations, "violations must not be null");
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("violations must not be empty");
        }
        return violations.size() + " invalid value" + (violations.size() == 1 ? "" : "s") + ": "
                + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
    }

    /**
     * Every problem found.
     *
     * @return the violations, unmodifiable and not empty
     */
    public List<Violation> violations() {
        return violations;
    }
}
