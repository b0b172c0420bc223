package io.propcare.survey;

import io.propcare.spi.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * How a confidence interval for a proportion is computed.
 *
 * <p>The first six work on counts (successes of n). {@link #LOGIT}, {@link #BETA} and {@link #MEAN}
 * are the methods of R's {@code svyciprop}: they work on an estimate, its standard error and the
 * design's degrees of freedom; on plain counts they use a simple random sample without finite
 * population correction (SE {@code sqrt(p(1-p)/(n-1))}, {@code n - 1} degrees of freedom), and with a
 * design the design-based ones.
 *
 * <p>Implementation requirements: immutable enum.
 */
public enum IntervalMethod {
    /** Wilson score interval (default). */
    WILSON("wilson"),
    /** Agresti–Coull: Wald on {@code x + z²/2} of {@code n + z²}, clipped to [0, 1]. */
    AGRESTI_COULL("agresti-coull"),
    /** Clopper–Pearson exact interval from beta quantiles. */
    CLOPPER_PEARSON("clopper-pearson"),
    /** Jeffreys: equal-tailed Beta(x + 1/2, n - x + 1/2) quantiles, without boundary modification. */
    JEFFREYS("jeffreys"),
    /** Wald: {@code p ± z sqrt(p(1-p)/n)}, clipped to [0, 1]. */
    NORMAL("normal"),
    /** Wilson score interval with continuity correction (Newcombe 1998, method 4). */
    WILSON_CC("wilson-cc"),
    /** {@code svyciprop(method = "logit")}: a t interval on the logit scale, transformed back. */
    LOGIT("logit"),
    /** {@code svyciprop(method = "beta")}: Korn–Graubard, Clopper–Pearson on the effective sample size. */
    BETA("beta"),
    /** {@code svyciprop(method = "mean")}: {@code p ± t(df) SE}, clipped to [0, 1] (R does not clip). */
    MEAN("mean");

    private final String id;

    IntervalMethod(String id) {
        this.id = id;
    }

    /**
     * The identifier used on the command line, such as {@code "agresti-coull"}.
     *
     * @return the identifier
     */
    public String id() {
        return id;
    }

    /**
     * Whether the method works on an estimate and standard error (the {@code svyciprop} methods).
     *
     * @return true for logit, beta and mean
     */
    public boolean isDesignBased() {
        return this == LOGIT || this == BETA || this == MEAN;
    }

    /**
     * Reads a method identifier, ignoring case.
     *
     * @param text such as {@code "wilson"}
     * @return the method
     * @throws InvalidInputException if unknown
     */
    public static IntervalMethod parse(String text) {
        Objects.requireNonNull(text, "method must not be null");
        String key = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (IntervalMethod m : values()) {
            if (m.id.equals(key)) {
                return m;
            }
        }
        throw InvalidInputException.of("ci", text, "expected one of "
                + Arrays.stream(values()).map(IntervalMethod::id).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return id;
    }
}
