package io.propcare.survey;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Cronbach's alpha of a set of items over the respondents who answered all of them (complete
 * cases): {@code k/(k-1) (1 - Σ var_i / var_total)}, with the standardized alpha from the mean
 * inter-item correlation, Feldt's confidence interval and alpha with each item deleted. It is
 * computed from exact integer sums and cross-products, so it streams and merges.
 *
 * <p>Implementation requirements: immutable value type.
 *
 * @param n complete cases
 * @param k items
 * @param itemVariances each item's sample variance (n - 1 denominator)
 * @param totalVariance the sample variance of the total score
 * @param alpha Cronbach's alpha; NaN when {@code n < 2}, {@code k < 2} or the total variance is 0
 * @param alphaStandardized {@code k r / (1 + (k-1) r)} with {@code r} the mean inter-item correlation
 * @param meanInterItemCorrelation the mean Pearson correlation over item pairs
 * @param feldt Feldt's interval {@code [1 - (1-α) F(1-a/2), 1 - (1-α) F(a/2)]}, F with
 *              {@code n-1} and {@code (n-1)(k-1)} degrees of freedom
 * @param alphaIfItemDeleted alpha of the other items, per item; NaN when fewer than 2 remain
 */
public record CronbachAlpha(long n, int k, List<Double> itemVariances, double totalVariance, double alpha,
                            double alphaStandardized, double meanInterItemCorrelation, Interval feldt,
                            List<Double> alphaIfItemDeleted) {
    /** Copies the lists. */
    public CronbachAlpha {
        itemVariances = List.copyOf(Objects.requireNonNull(itemVariances, "itemVariances must not be null"));
        alphaIfItemDeleted = List.copyOf(Objects.requireNonNull(alphaIfItemDeleted, "alphaIfItemDeleted must not be null"));
    }

    /**
     * Alpha of a matrix of answers.
     *
     * @param rows one row per respondent, one column per item, all of equal length
     * @param level the confidence level of Feldt's interval
     * @return the result
     */
    public static CronbachAlpha of(int[][] rows, double level) {
        java.util.Objects.requireNonNull(rows, "rows must not be null");
        int k = rows.length == 0 ? 0 : rows[0].length;
        Accumulator acc = new Accumulator(k);
        for (int[] row : rows) {
            acc.add(row);
        }
        return acc.result(level);
    }

    /**
     * Mergeable sums for alpha: count, item sums and the item cross-product matrix, all exact.
     *
     * <p>Implementation requirements: mutable, not thread-safe; merge partial accumulators instead.
     */
    public static final class Accumulator {
        private static final int BATCH = 512;
        private final int k;
        private long n;
        private final long[] sums;
        private final long[] cross;
        // complete cases waiting to be folded into the sums, one column per item, so that the
        // cross-products are computed as dot products over a batch (vectorised by the JIT)
        private final int[][] buffer;
        private int buffered;
        private int maxAbs;

        /**
         * An empty accumulator.
         *
         * @param k the number of items
         */
        public Accumulator(int k) {
            if (k < 0) {
                throw new IllegalArgumentException("k must not be negative, got " + k);
            }
            this.k = k;
            this.sums = new long[k];
            this.cross = new long[k * (k + 1) / 2];
            this.buffer = new int[k][BATCH];
        }

        /**
         * Adds one complete case.
         *
         * @param scores one score per item
         */
        public void add(int[] scores) {
            java.util.Objects.requireNonNull(scores, "scores must not be null");
            if (scores.length != k) {
                throw new IllegalArgumentException("expected " + k + " scores, got " + scores.length);
            }
            int b = buffered;
            for (int i = 0; i < k; i++) {
                int x = scores[i];
                buffer[i][b] = x;
                int a = x < 0 ? (x == Integer.MIN_VALUE ? Integer.MAX_VALUE : -x) : x;
                if (a > maxAbs) {
                    maxAbs = a;
                }
            }
            buffered = b + 1;
            if (buffered == BATCH) {
                flush();
            }
        }

        private void flush() {
            int m = buffered;
            if (m == 0) {
                return;
            }
            n += m;
            // int dot products are exact while m * max² stays below 2^31
            boolean small = (long) maxAbs * maxAbs * m < Integer.MAX_VALUE;
            int idx = 0;
            for (int i = 0; i < k; i++) {
                int[] xi = buffer[i];
                long s = 0;
                for (int b = 0; b < m; b++) {
                    s += xi[b];
                }
                sums[i] += s;
                for (int j = 0; j <= i; j++) {
                    int[] xj = buffer[j];
                    if (small) {
                        int dot = 0;
                        for (int b = 0; b < m; b++) {
                            dot += xi[b] * xj[b];
                        }
                        cross[idx++] += dot;
                    } else {
                        long dot = 0;
                        for (int b = 0; b < m; b++) {
                            dot += (long) xi[b] * xj[b];
                        }
                        cross[idx++] += dot;
                    }
                }
            }
            buffered = 0;
            maxAbs = 0;
        }

        /**
         * Adds another accumulator's sums to this one.
         *
         * @param other an accumulator over the same items
         */
        public void merge(Accumulator other) {
            java.util.Objects.requireNonNull(other, "other must not be null");
            if (other.k != k) {
                throw new IllegalArgumentException("cannot merge " + other.k + " items into " + k);
            }
            flush();
            other.flush();
            n += other.n;
            for (int i = 0; i < k; i++) {
                sums[i] += other.sums[i];
            }
            for (int i = 0; i < cross.length; i++) {
                cross[i] += other.cross[i];
            }
        }

        /**
         * The complete cases added so far.
         *
         * @return the count
         */
        public long count() {
            return n + buffered;
        }

        private double cov(int i, int j) {
            int a = Math.max(i, j);
            int b = Math.min(i, j);
            long c = cross[a * (a + 1) / 2 + b];
            // n Σxy - Σx Σy is exact in long for the counts and scales used here
            double num = (double) Math.subtractExact(Math.multiplyExact(n, c), Math.multiplyExact(sums[i], sums[j]));
            return num / ((double) n * (n - 1));
        }

        /**
         * Alpha and its companions.
         *
         * @param level the confidence level of Feldt's interval
         * @return the result
         */
        public CronbachAlpha result(double level) {
            Proportions.checkLevel(level);
            flush();
            List<Double> vars = new ArrayList<>();
            double[][] cov = new double[k][k];
            if (n >= 2) {
                for (int i = 0; i < k; i++) {
                    for (int j = 0; j < k; j++) {
                        cov[i][j] = cov(i, j);
                    }
                    vars.add(cov[i][i]);
                }
            } else {
                for (int i = 0; i < k; i++) {
                    vars.add(Double.NaN);
                }
            }
            boolean[] all = new boolean[k];
            Arrays.fill(all, true);
            double total = n >= 2 ? totalVariance(cov, all) : Double.NaN;
            double alpha = n >= 2 ? alpha(cov, all) : Double.NaN;
            double rSum = 0;
            int pairs = 0;
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < i; j++) {
                    rSum += cov[i][j] / Math.sqrt(cov[i][i] * cov[j][j]);
                    pairs++;
                }
            }
            double rbar = n >= 2 && pairs > 0 ? rSum / pairs : Double.NaN;
            double standardized = k * rbar / (1 + (k - 1) * rbar);
            Interval feldt;
            if (Double.isFinite(alpha) && n >= 2 && k >= 2) {
                double a = 1 - level;
                double df1 = n - 1;
                double df2 = (n - 1.0) * (k - 1);
                feldt = new Interval(1 - (1 - alpha) * Distributions.fQuantile(1 - a / 2, df1, df2),
                        1 - (1 - alpha) * Distributions.fQuantile(a / 2, df1, df2), level, "feldt");
            } else {
                feldt = new Interval(Double.NaN, Double.NaN, level, "feldt");
            }
            List<Double> deleted = new ArrayList<>();
            for (int i = 0; i < k; i++) {
                boolean[] keep = all.clone();
                keep[i] = false;
                deleted.add(n >= 2 && k - 1 >= 2 ? alpha(cov, keep) : Double.NaN);
            }
            return new CronbachAlpha(n, k, vars, total, alpha, standardized, rbar, feldt, deleted);
        }

        private static double totalVariance(double[][] cov, boolean[] keep) {
            double t = 0;
            for (int i = 0; i < cov.length; i++) {
                for (int j = 0; j < cov.length; j++) {
                    if (keep[i] && keep[j]) {
                        t += cov[i][j];
                    }
                }
            }
            return t;
        }

        private static double alpha(double[][] cov, boolean[] keep) {
            int m = 0;
            double items = 0;
            for (int i = 0; i < cov.length; i++) {
                if (keep[i]) {
                    m++;
                    items += cov[i][i];
                }
            }
            double total = totalVariance(cov, keep);
            if (m < 2 || !(total > 0)) {
                return Double.NaN;
            }
            return (double) m / (m - 1) * (1 - items / total);
        }
    }
}
