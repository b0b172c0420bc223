package io.propcare.survey;

/**
 * Comparison of two proportions {@code x1/n1} and {@code x2/n2}, such as the satisfaction rates
 * of two periods: the pooled z test (the default test, equal to the 2×2 Pearson chi-square without
 * Yates), the Wald, Miettinen–Nurminen score and Agresti–Caffo statistics, the 2×2 chi-square with
 * and without Yates' correction, and intervals for the difference {@code p1 - p2}. Conventions
 * follow statsmodels 0.13 ({@code proportions_ztest}, {@code test_proportions_2indep},
 * {@code confint_proportions_2indep}) and SciPy's {@code chi2_contingency}.
 *
 * <p>Implementation requirements: immutable value type.
 *
 * @param x1 successes in the first sample
 * @param n1 size of the first sample
 * @param x2 successes in the second sample
 * @param n2 size of the second sample
 * @param p1 the first proportion
 * @param p2 the second proportion
 * @param diff {@code p1 - p2}
 * @param pooledZ the pooled z statistic; NaN when the pooled proportion is 0 or 1
 * @param pTwoSided two-sided p-value of the pooled z test
 * @param pLarger p-value for the alternative {@code p1 > p2}
 * @param pSmaller p-value for the alternative {@code p1 < p2}
 * @param waldZ the unpooled (Wald) statistic; NaN when both proportions are 0 or both 1
 * @param waldP its two-sided p-value
 * @param scoreZ the Miettinen–Nurminen score statistic (variance times {@code N/(N-1)})
 * @param scoreP its two-sided p-value
 * @param agrestiCaffoZ the Agresti–Caffo statistic (one success and one failure added to each sample)
 * @param agrestiCaffoP its two-sided p-value
 * @param chiSquare the 2×2 Pearson chi-square without continuity correction
 * @param chiSquareP its p-value (1 degree of freedom)
 * @param chiSquareYates the 2×2 chi-square with Yates' correction
 * @param chiSquareYatesP its p-value
 * @param waldInterval Wald interval for the difference
 * @param agrestiCaffoInterval Agresti–Caffo interval for the difference
 * @param newcombeInterval Newcombe's hybrid score interval from the two Wilson intervals
 * @param scoreInterval Miettinen–Nurminen score interval (inverting {@code scoreZ})
 */
public record TwoProportionTest(long x1, long n1, long x2, long n2, double p1, double p2, double diff,
                                double pooledZ, double pTwoSided, double pLarger, double pSmaller,
                                double waldZ, double waldP, double scoreZ, double scoreP,
                                double agrestiCaffoZ, double agrestiCaffoP,
                                double chiSquare, double chiSquareP, double chiSquareYates, double chiSquareYatesP,
                                Interval waldInterval, Interval agrestiCaffoInterval, Interval newcombeInterval,
                                Interval scoreInterval) {

    /**
     * Compares two proportions.
     *
     * @param x1 successes in the first sample, 0 to {@code n1}
     * @param n1 the first sample size, positive
     * @param x2 successes in the second sample, 0 to {@code n2}
     * @param n2 the second sample size, positive
     * @param level the confidence level of the intervals
     * @return the comparison
     */
    public static TwoProportionTest of(long x1, long n1, long x2, long n2, double level) {
        if (n1 <= 0 || n2 <= 0 || x1 < 0 || x2 < 0 || x1 > n1 || x2 > n2) {
            throw new IllegalArgumentException("counts must satisfy 0 <= x <= n, n > 0; got " + x1 + "/" + n1
                    + " and " + x2 + "/" + n2);
        }
        double p1 = (double) x1 / n1;
        double p2 = (double) x2 / n2;
        double diff = p1 - p2;
        double pbar = (double) (x1 + x2) / (n1 + n2);
        double pooledSe = Math.sqrt(pbar * (1 - pbar) * (1.0 / n1 + 1.0 / n2));
        double z = pooledSe > 0 ? diff / pooledSe : Double.NaN;
        double pTwo = twoSided(z);
        double pLarger = Double.isNaN(z) ? Double.NaN : Distributions.normalUpperTail(z);
        double pSmaller = Double.isNaN(z) ? Double.NaN : Distributions.normalCdf(z);

        double waldSe = Math.sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2);
        double waldZ = statistic(diff, waldSe);
        long bigN = n1 + n2;
        double scoreSe = Math.sqrt(pbar * (1 - pbar) * (1.0 / n1 + 1.0 / n2) * bigN / (bigN - 1.0));
        double scoreZ = statistic(diff, scoreSe);
        double a1 = (x1 + 1.0) / (n1 + 2);
        double a2 = (x2 + 1.0) / (n2 + 2);
        double acSe = Math.sqrt(a1 * (1 - a1) / (n1 + 2) + a2 * (1 - a2) / (n2 + 2));
        double acZ = statistic(a1 - a2, acSe);

        long[][] table = {{x1, n1 - x1}, {x2, n2 - x2}};
        ContingencyTest plain = ContingencyTest.of(table, false);
        ContingencyTest yates = ContingencyTest.of(table, true);

        double zc = Proportions.z(level);
        Interval wald = new Interval(diff - zc * waldSe, diff + zc * waldSe, level, "wald");
        Interval ac = new Interval(a1 - a2 - zc * acSe, a1 - a2 + zc * acSe, level, "agresti-caffo");
        Interval w1 = Proportions.interval(x1, n1, level, IntervalMethod.WILSON);
        Interval w2 = Proportions.interval(x2, n2, level, IntervalMethod.WILSON);
        Interval newcombe = new Interval(
                diff - Math.sqrt(sq(p1 - w1.lower()) + sq(w2.upper() - p2)),
                diff + Math.sqrt(sq(w1.upper() - p1) + sq(p2 - w2.lower())), level, "newcombe");
        Interval score = scoreInterval(x1, n1, x2, n2, zc, level);
        return new TwoProportionTest(x1, n1, x2, n2, p1, p2, diff, z, pTwo, pLarger, pSmaller, waldZ, twoSided(waldZ),
                scoreZ, twoSided(scoreZ), acZ, twoSided(acZ), plain.statistic(), plain.pValue(),
                yates.statistic(), yates.pValue(), wald, ac, newcombe, score);
    }

    /** {@code diff / se}: NaN for 0/0 (both proportions 0 or both 1), infinite for a difference without variance. */
    private static double statistic(double diff, double se) {
        if (se > 0) {
            return diff / se;
        }
        return diff == 0 ? Double.NaN : Math.copySign(Double.POSITIVE_INFINITY, diff);
    }

    private static double twoSided(double z) {
        if (Double.isNaN(z)) {
            return Double.NaN;
        }
        return Math.min(1, 2 * Distributions.normalUpperTail(Math.abs(z)));
    }

    private static double sq(double x) {
        return x * x;
    }

    /**
     * The Miettinen–Nurminen score statistic for {@code H0: p1 - p2 = delta}: the restricted maximum
     * likelihood estimates under {@code delta} (Farrington–Manning's closed form), variance times
     * {@code N/(N-1)}.
     */
    static double scoreStatistic(long x1, long n1, long x2, long n2, double delta) {
        double p1 = (double) x1 / n1;
        double p2 = (double) x2 / n2;
        double theta = (double) n2 / n1;
        double a = 1 + theta;
        double b = -(1 + theta + p1 + theta * p2 + delta * (theta + 2));
        double c = delta * delta + delta * (2 * p1 + theta + 1) + p1 + theta * p2;
        double d = -p1 * delta * (1 + delta);
        double v = b * b * b / (27 * a * a * a) - b * c / (6 * a * a) + d / (2 * a);
        double u = Math.copySign(Math.sqrt(Math.max(0, b * b / (9 * a * a) - c / (3 * a))), v);
        double w = u == 0 ? Math.PI / 3 : (Math.PI + Math.acos(Math.max(-1, Math.min(1, v / (u * u * u))))) / 3;
        double r1 = 2 * u * Math.cos(w) - b / (3 * a);
        double r2 = r1 - delta;
        r1 = Math.min(1, Math.max(0, r1));
        r2 = Math.min(1, Math.max(0, r2));
        long bigN = n1 + n2;
        double var = (r1 * (1 - r1) / n1 + r2 * (1 - r2) / n2) * bigN / (bigN - 1.0);
        double num = p1 - p2 - delta;
        if (var <= 0) {
            return num == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, num);
        }
        return num / Math.sqrt(var);
    }

    private static Interval scoreInterval(long x1, long n1, long x2, long n2, double z, double level) {
        double diff = (double) x1 / n1 - (double) x2 / n2;
        double lower = diff <= -1 ? -1 : solveScore(x1, n1, x2, n2, -1, diff, z);
        double upper = diff >= 1 ? 1 : solveScore(x1, n1, x2, n2, diff, 1, -z);
        return new Interval(lower, upper, level, "score");
    }

    /** Bisection for the delta in (lo, hi) where the score statistic equals {@code target}. */
    private static double solveScore(long x1, long n1, long x2, long n2, double lo, double hi, double target) {
        // The statistic decreases in delta.
        double fLo = scoreStatistic(x1, n1, x2, n2, lo) - target;
        if (fLo <= 0) {
            return lo;
        }
        double fHi = scoreStatistic(x1, n1, x2, n2, hi) - target;
        if (fHi >= 0) {
            return hi;
        }
        for (int i = 0; i < 200 && hi - lo > 1e-15; i++) {
            double mid = 0.5 * (lo + hi);
            double f = scoreStatistic(x1, n1, x2, n2, mid) - target;
            if (f > 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }
}
