package io.propcare.survey;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Pearson's chi-square test of independence on an r×c table of counts, with the likelihood-ratio
 * G statistic, expected counts, Cochran's small-expected-count figures and Cramér's V. Rows or
 * columns that are entirely zero carry no information and are left out before anything is
 * computed (so a rating nobody chose does not make the test undefined). Yates' continuity
 * correction, when asked for, applies only with one degree of freedom (each {@code |O - E|}
 * reduced by at most 1/2), as in SciPy's {@code chi2_contingency}.
 *
 * <p>Implementation requirements: immutable value type.
 *
 * @param statistic the chi-square statistic (Yates-corrected when {@code yatesApplied})
 * @param pValue its upper-tail p-value; NaN when the table has fewer than 2 non-empty rows or columns
 * @param dof degrees of freedom {@code (r-1)(c-1)} of the reduced table
 * @param yatesApplied whether the continuity correction was applied
 * @param g the likelihood-ratio statistic {@code 2 Σ O log(O/E)} (no correction)
 * @param gPValue its p-value
 * @param expected the expected counts of the reduced table, row by row
 * @param minExpected the smallest expected count
 * @param shareExpectedBelow5 the share of cells with an expected count below 5
 * @param cramersV Cramér's V from the uncorrected statistic
 */
public record ContingencyTest(double statistic, double pValue, int dof, boolean yatesApplied, double g,
                              double gPValue, List<List<Double>> expected, double minExpected,
                              double shareExpectedBelow5, double cramersV) {
    /** Copies the expected counts. */
    public ContingencyTest {
        expected = expected.stream().map(List::copyOf).toList();
    }

    /**
     * Tests a table.
     *
     * @param observed the counts, rows of equal length, none negative
     * @param yates whether to apply Yates' correction when there is one degree of freedom
     * @return the test
     */
    public static ContingencyTest of(long[][] observed, boolean yates) {
        java.util.Objects.requireNonNull(observed, "observed must not be null");
        int cols = observed.length == 0 ? 0 : observed[0].length;
        for (long[] row : observed) {
            if (row.length != cols) {
                throw new IllegalArgumentException("rows must have equal length, got " + Arrays.deepToString(observed));
            }
            for (long v : row) {
                if (v < 0) {
                    throw new IllegalArgumentException("counts must not be negative, got " + v);
                }
            }
        }
        List<Integer> keepRows = new ArrayList<>();
        List<Integer> keepCols = new ArrayList<>();
        for (int i = 0; i < observed.length; i++) {
            if (Arrays.stream(observed[i]).sum() > 0) {
                keepRows.add(i);
            }
        }
        for (int j = 0; j < cols; j++) {
            long s = 0;
            for (long[] row : observed) {
                s += row[j];
            }
            if (s > 0) {
                keepCols.add(j);
            }
        }
        int r = keepRows.size();
        int c = keepCols.size();
        double[] rowSum = new double[r];
        double[] colSum = new double[c];
        double total = 0;
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                long o = observed[keepRows.get(i)][keepCols.get(j)];
                rowSum[i] += o;
                colSum[j] += o;
                total += o;
            }
        }
        if (r < 2 || c < 2) {
            return new ContingencyTest(0, Double.NaN, 0, false, 0, Double.NaN, List.of(), Double.NaN, Double.NaN,
                    Double.NaN);
        }
        int dof = (r - 1) * (c - 1);
        boolean applyYates = yates && dof == 1;
        double chi = 0;
        double chiPlain = 0;
        double gStat = 0;
        double min = Double.POSITIVE_INFINITY;
        int below5 = 0;
        List<List<Double>> exp = new ArrayList<>();
        for (int i = 0; i < r; i++) {
            List<Double> row = new ArrayList<>();
            for (int j = 0; j < c; j++) {
                double e = rowSum[i] * colSum[j] / total;
                double o = observed[keepRows.get(i)][keepCols.get(j)];
                row.add(e);
                min = Math.min(min, e);
                if (e < 5) {
                    below5++;
                }
                double d = o - e;
                chiPlain += d * d / e;
                double dc = applyYates ? Math.signum(d) * Math.max(0, Math.abs(d) - 0.5) : d;
                chi += dc * dc / e;
                if (o > 0) {
                    gStat += 2 * o * Math.log(o / e);
                }
            }
            exp.add(row);
        }
        double v = Math.sqrt(chiPlain / (total * (Math.min(r, c) - 1)));
        return new ContingencyTest(chi, Distributions.chiSquareUpperTail(chi, dof), dof, applyYates, gStat,
                Distributions.chiSquareUpperTail(Math.max(0, gStat), dof), exp, min, (double) below5 / (r * c), v);
    }
}
