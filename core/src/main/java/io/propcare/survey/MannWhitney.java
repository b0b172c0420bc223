package io.propcare.survey;

/**
 * The Mann–Whitney U test for two samples on an ordinal scale, computed from the counts per scale
 * point (so it streams): mid-ranks for ties, the tie-corrected normal approximation with or without
 * continuity correction, as SciPy's {@code mannwhitneyu(method="asymptotic")} and R's
 * {@code wilcox.test(exact = FALSE)}.
 *
 * <p>Implementation requirements: immutable value type.
 *
 * @param n1 size of the first sample
 * @param n2 size of the second sample
 * @param u1 U of the first sample, {@code R1 - n1(n1+1)/2}
 * @param u2 {@code n1 n2 - u1}
 * @param sigma the tie-corrected standard deviation of U; 0 when every value is tied
 * @param pTwoSided two-sided p-value with continuity correction
 * @param pTwoSidedNoContinuity two-sided p-value without continuity correction
 * @param pLess p-value for the alternative that the first sample tends to be smaller (with continuity)
 * @param pGreater p-value for the alternative that the first sample tends to be larger (with continuity)
 * @param probSuperiority {@code U1/(n1 n2) = P(X > Y) + P(X = Y)/2}
 * @param rankBiserial {@code 2 U1/(n1 n2) - 1}
 * @param meanX mean of the first sample
 * @param meanY mean of the second sample
 * @param medianX median of the first sample
 * @param medianY median of the second sample
 */
public record MannWhitney(long n1, long n2, double u1, double u2, double sigma, double pTwoSided,
                          double pTwoSidedNoContinuity, double pLess, double pGreater, double probSuperiority,
                          double rankBiserial, double meanX, double meanY, double medianX, double medianY) {

    /**
     * Tests two samples given as counts per scale point.
     *
     * @param firstLevel the value of scale point 0, such as 1 for a 1-5 scale
     * @param countsX the first sample's count per scale point
     * @param countsY the second sample's count per scale point, same length
     * @return the test
     * @throws IllegalArgumentException if either sample is empty or the lengths differ
     */
    public static MannWhitney ofCounts(int firstLevel, long[] countsX, long[] countsY) {
        java.util.Objects.requireNonNull(countsX, "countsX must not be null");
        java.util.Objects.requireNonNull(countsY, "countsY must not be null");
        if (countsX.length != countsY.length) {
            throw new IllegalArgumentException("count arrays must have equal length, got " + countsX.length
                    + " and " + countsY.length);
        }
        long n1 = 0;
        long n2 = 0;
        for (int k = 0; k < countsX.length; k++) {
            if (countsX[k] < 0 || countsY[k] < 0) {
                throw new IllegalArgumentException("counts must not be negative");
            }
            n1 += countsX[k];
            n2 += countsY[k];
        }
        if (n1 == 0 || n2 == 0) {
            throw new IllegalArgumentException("both samples need at least one value, got " + n1 + " and " + n2);
        }
        double r1 = 0;
        double before = 0;
        double ties = 0;
        double sumX = 0;
        double sumY = 0;
        for (int k = 0; k < countsX.length; k++) {
            double t = countsX[k] + countsY[k];
            double midRank = before + (t + 1) / 2;
            r1 += countsX[k] * midRank;
            before += t;
            ties += t * t * t - t;
            sumX += (double) countsX[k] * (firstLevel + k);
            sumY += (double) countsY[k] * (firstLevel + k);
        }
        double u1 = r1 - n1 * (n1 + 1) / 2.0;
        double nn = (double) n1 * n2;
        double u2 = nn - u1;
        double n = n1 + n2;
        double sigma = Math.sqrt(nn / 12 * ((n + 1) - ties / (n * (n - 1))));
        double mu = nn / 2;
        double pTwo = Math.min(1, 2 * tail(Math.max(u1, u2), mu, sigma, true));
        double pTwoPlain = Math.min(1, 2 * tail(Math.max(u1, u2), mu, sigma, false));
        double pGreater = Math.min(1, tail(u1, mu, sigma, true));
        double pLess = Math.min(1, tail(u2, mu, sigma, true));
        return new MannWhitney(n1, n2, u1, u2, sigma, pTwo, pTwoPlain, pLess, pGreater, u1 / nn, 2 * u1 / nn - 1,
                sumX / n1, sumY / n2, median(firstLevel, countsX, n1), median(firstLevel, countsY, n2));
    }

    /**
     * Tests two samples given as values (rounded to whole scale points).
     *
     * @param x the first sample
     * @param y the second sample
     * @return the test
     */
    public static MannWhitney of(int[] x, int[] y) {
        java.util.Objects.requireNonNull(x, "x must not be null");
        java.util.Objects.requireNonNull(y, "y must not be null");
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int v : x) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        for (int v : y) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        if (x.length == 0 || y.length == 0) {
            throw new IllegalArgumentException("both samples need at least one value");
        }
        long[] cx = new long[max - min + 1];
        long[] cy = new long[max - min + 1];
        for (int v : x) {
            cx[v - min]++;
        }
        for (int v : y) {
            cy[v - min]++;
        }
        return ofCounts(min, cx, cy);
    }

    /** Upper-tail normal probability of U, as SciPy: {@code sf((U - mu - 0.5)/sigma)}. */
    private static double tail(double u, double mu, double sigma, boolean continuity) {
        double num = u - mu - (continuity ? 0.5 : 0);
        if (sigma == 0) {
            return Double.NaN;
        }
        return Distributions.normalUpperTail(num / sigma);
    }

    static double median(int firstLevel, long[] counts, long n) {
        long lowIndex = (n - 1) / 2;
        long highIndex = n / 2;
        return (valueAt(firstLevel, counts, lowIndex) + valueAt(firstLevel, counts, highIndex)) / 2.0;
    }

    private static int valueAt(int firstLevel, long[] counts, long index) {
        long seen = 0;
        for (int k = 0; k < counts.length; k++) {
            seen += counts[k];
            if (index < seen) {
                return firstLevel + k;
            }
        }
        throw new IllegalStateException("index " + index + " beyond " + seen + " values");
    }
}
