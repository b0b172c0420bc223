package io.propcare.survey;

/**
 * A two-sided confidence interval.
 *
 * <p>Implementation requirements: immutable value type.
 *
 * @param lower the lower limit
 * @param upper the upper limit, at least {@code lower}
 * @param level the confidence level, such as 0.95
 * @param method how it was computed, such as {@code "wilson"}
 */
public record Interval(double lower, double upper, double level, String method) {
    /** Checks the limits and the level. */
    public Interval {
        if (!(lower <= upper) && !(Double.isNaN(lower) && Double.isNaN(upper))) {
            throw new IllegalArgumentException("interval lower " + lower + " must not exceed upper " + upper);
        }
        Proportions.checkLevel(level);
        java.util.Objects.requireNonNull(method, "method must not be null");
    }
}
