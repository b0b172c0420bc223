package io.propcare.survey;

/**
 * Confidence intervals for a proportion, from counts or from a (design-based) estimate and its
 * standard error. Conventions follow statsmodels' {@code proportion_confint} for the count
 * methods and R's {@code svyciprop} for logit, beta and mean; see {@link IntervalMethod}.
 *
 * <p>Implementation requirements: stateless, thread-safe.
 */
public final class Proportions {
    private Proportions() {
    }

    /**
     * The two-sided normal critical value {@code z = Φ⁻¹(1 - α/2)} for a confidence level.
     *
     * @param level the confidence level, strictly between 0 and 1
     * @return the critical value
     */
    public static double z(double level) {
        checkLevel(level);
        return -Distributions.normalQuantile((1 - level) / 2);
    }

    static void checkLevel(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be between 0 and 1, got " + level);
        }
    }

    private static void checkCounts(long successes, long n) {
        if (n <= 0 || successes < 0 || successes > n) {
            throw new IllegalArgumentException("counts must satisfy 0 <= successes <= n, n > 0; got "
                    + successes + " of " + n);
        }
    }

    /**
     * The confidence interval for {@code successes / n}.
     *
     * @param successes the number of successes, 0 to {@code n}
     * @param n the number of trials, positive
     * @param level the confidence level, such as 0.95
     * @param method the method; the svyciprop methods use an unweighted simple random sample
     * @return the interval, within [0, 1]
     * @throws IllegalArgumentException if the counts or the level are impossible
     */
    public static Interval interval(long successes, long n, double level, IntervalMethod method) {
        checkCounts(successes, n);
        return interval((double) successes, (double) n, level, method);
    }

    /**
     * The interval for a proportion with fractional counts, such as an effective number of
     * answers; the count methods use the same formulas with {@code x} and {@code n} as real numbers.
     */
    static Interval interval(double successes, double n, double level, IntervalMethod method) {
        java.util.Objects.requireNonNull(method, "method must not be null");
        if (!(n > 0) || !(successes >= 0) || successes > n) {
            throw new IllegalArgumentException("counts must satisfy 0 <= successes <= n, n > 0; got "
                    + successes + " of " + n);
        }
        double p = successes / n;
        double alpha = 1 - level;
        switch (method) {
            case NORMAL:
            case AGRESTI_COULL: {
                double[] raw = unclippedLimits(successes, n, level, method);
                return new Interval(Math.max(0, raw[0]), Math.min(1, raw[1]), level, method.id());
            }
            case WILSON: {
                double z = z(level);
                double z2 = z * z;
                double denom = 1 + z2 / n;
                double center = (p + z2 / (2.0 * n)) / denom;
                double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denom;
                // at 0/n and n/n the limit is exactly the estimate; the formula leaves rounding noise
                double lo = successes == 0 ? 0 : Math.max(0, center - half);
                double hi = successes == n ? 1 : Math.min(1, center + half);
                return new Interval(lo, hi, level, method.id());
            }
            case WILSON_CC: {
                double z = z(level);
                double z2 = z * z;
                double q = 1 - p;
                double denom = 2 * (n + z2);
                double center = (2 * n * p + z2) / denom;
                double dlo = (1 + z * Math.sqrt(z2 - 2 - 1.0 / n + 4 * p * (n * q + 1))) / denom;
                double dhi = (1 + z * Math.sqrt(z2 + 2 - 1.0 / n + 4 * p * (n * q - 1))) / denom;
                double lo = successes == 0 ? 0 : Math.max(0, center - dlo);
                double hi = successes == n ? 1 : Math.min(1, center + dhi);
                return new Interval(lo, hi, level, method.id());
            }
            case CLOPPER_PEARSON: {
                double lo = successes == 0 ? 0 : Distributions.betaQuantile(alpha / 2, successes, n - successes + 1);
                double hi = successes == n ? 1 : upperBetaQuantile(alpha / 2, successes + 1, n - successes);
                return new Interval(lo, hi, level, method.id());
            }
            case JEFFREYS: {
                double a = successes + 0.5;
                double b = n - successes + 0.5;
                return new Interval(Distributions.betaQuantile(alpha / 2, a, b), upperBetaQuantile(alpha / 2, a, b),
                        level, method.id());
            }
            default: {
                double se = n > 1 ? Math.sqrt(p * (1 - p) / (n - 1)) : 0;
                return fromEstimate(p, se, n > 1 ? n - 1 : Double.POSITIVE_INFINITY, Math.max(n, 2), level, method);
            }
        }
    }

    /**
     * The Wald or Agresti–Coull limits before clipping to [0, 1].
     *
     * @param successes the successes
     * @param n the trials
     * @param level the confidence level
     * @param method {@link IntervalMethod#NORMAL} or {@link IntervalMethod#AGRESTI_COULL}
     * @return {lower, upper}
     */
    public static double[] unclipped(long successes, long n, double level, IntervalMethod method) {
        java.util.Objects.requireNonNull(method, "method must not be null");
        checkCounts(successes, n);
        return unclippedLimits(successes, n, level, method);
    }

    private static double[] unclippedLimits(double successes, double n, double level, IntervalMethod method) {
        double z = z(level);
        if (method == IntervalMethod.NORMAL) {
            double p = successes / n;
            double half = z * Math.sqrt(p * (1 - p) / n);
            return new double[] {p - half, p + half};
        }
        if (method == IntervalMethod.AGRESTI_COULL) {
            double nt = n + z * z;
            double pt = (successes + z * z / 2) / nt;
            double half = z * Math.sqrt(pt * (1 - pt) / nt);
            return new double[] {pt - half, pt + half};
        }
        throw new IllegalArgumentException("unclipped limits exist for normal and agresti-coull, not " + method);
    }

    /** The {@code x} with upper tail {@code 1 - I_x(a, b) = q}. */
    static double upperBetaQuantile(double q, double a, double b) {
        // I_{1-x}(b, a) = q: solve for 1 - x, return x (its exact complement)
        return Distributions.betaQuantilePair(q, b, a)[1];
    }

    /**
     * A {@code svyciprop}-style interval from an estimate, its standard error and the design's
     * degrees of freedom.
     *
     * @param p the estimated proportion, 0 to 1
     * @param se its standard error, at least 0
     * @param df the design's degrees of freedom ({@code degf}), positive; infinite for a normal interval
     * @param rows the number of rows of the design ({@code nrow(design)}), used by the beta method
     * @param level the confidence level
     * @param method {@link IntervalMethod#LOGIT}, {@link IntervalMethod#BETA} or {@link IntervalMethod#MEAN};
     *               any count method falls back to {@link IntervalMethod#MEAN}
     * @return the interval
     */
    public static Interval fromEstimate(double p, double se, double df, double rows, double level,
                                        IntervalMethod method) {
        java.util.Objects.requireNonNull(method, "method must not be null");
        checkLevel(level);
        if (!(p >= 0 && p <= 1) || !(se >= 0)) {
            throw new IllegalArgumentException("estimate must be from 0 to 1 and se at least 0, got " + p + ", " + se);
        }
        double alpha = 1 - level;
        double t = df > 0 ? -Distributions.tQuantile(alpha / 2, df) : Double.NaN;
        if (method == IntervalMethod.LOGIT) {
            if (p == 0 || p == 1 || se == 0) {
                return new Interval(p, p, level, method.id());
            }
            double logit = Math.log(p / (1 - p));
            double half = t * se / (p * (1 - p));
            return new Interval(expit(logit - half), expit(logit + half), level, method.id());
        }
        if (method == IntervalMethod.BETA) {
            if (se == 0) {
                return new Interval(p, p, level, method.id());
            }
            double neff = p * (1 - p) / (se * se);
            double ratio = Distributions.tQuantile(alpha / 2, rows - 1) / Distributions.tQuantile(alpha / 2, df);
            neff *= ratio * ratio;
            double lo = p == 0 ? 0 : Distributions.betaQuantile(alpha / 2, neff * p, neff * (1 - p) + 1);
            double hi = p == 1 ? 1 : upperBetaQuantile(alpha / 2, neff * p + 1, neff * (1 - p));
            return new Interval(lo, hi, level, method.id());
        }
        // R leaves these limits unclipped; a proportion's interval is cut to [0, 1] here
        return new Interval(Math.max(0, p - t * se), Math.min(1, p + t * se), level, IntervalMethod.MEAN.id());
    }

    private static double expit(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
