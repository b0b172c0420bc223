package io.propcare.roster;

import java.util.Arrays;
import java.util.function.LongSupplier;

/**
 * A small linear programme {@code min c·x} subject to {@code A x = b}, {@code x ≥ 0}, solved by
 * the primal revised simplex method with an explicit dense basis inverse: the master problem of
 * {@link ColumnDive}, where the rows are a roster's cover cells and one convexity row per person
 * and every column is sparse. Columns may be added between solves; the last optimal basis stays
 * feasible, so the next solve starts from it.
 *
 * <p>A column may enter only if its reduced cost is below zero by more than rounding can explain,
 * which grows with the size of the costs ({@link #REL_COST_TOL}): a rounding error taken for an
 * improving column defeats every rule below, since two columns whose reduced costs are truly zero can
 * then each look improving while the other is basic and enter in turn for ever.
 *
 * <p>The entering column is the one of most negative reduced cost (Dantzig's rule); after a run
 * of degenerate pivots the rule switches to Bland's (lowest index first), which cannot cycle,
 * until the perturbation below: switching back when the objective moved a rounding error let
 * Dantzig's rule and Bland's take turns in a cycle. As a last guard against a cycle that rounding
 * keeps alive, a long degenerate run under Bland's rule perturbs the basic values by a distinct
 * tiny amount each ({@link #PERTURBATION}), so that every step lowers the objective, and drops the
 * perturbation at the end. Once perturbed, Bland's rule returns only for a run of degenerate
 * pivots: it makes little progress per pivot, and kept to the end it took 135,000 pivots on a
 * programme of 126 rows that Dantzig's rule solves in 6,000. A solve gives up
 * ({@link Status#STALLED}) after {@link #PIVOTS_PER_SIZE} pivots per row and column, plus
 * {@link #PIVOTS_BASE}. The inverse is recomputed from the basis every {@link #REINVERT} pivots to
 * keep rounding errors from piling up, perturbed or not: the perturbation moves the right-hand side
 * the basic values are recomputed from (kept out of reinversion, thousands of perturbed pivots
 * left the reduced costs of basic columns, which are zero, at up to 5 times the tolerance).
 *
 * <p>The ratio test is Harris's, in two passes ({@link #leaving}): among the rows that limit the step to within
 * {@link #HARRIS_TOL} it takes a large pivot element, under Bland's rule too, since a small one multiplies the
 * rounding errors of the inverse by its reciprocal. Should rounding still make the basis singular, the next
 * recomputation of the inverse repairs it ({@link #repair}): each column found dependent gives way to a non-basic
 * one, a slack where one fits, and the solve goes on; it gives up ({@link Status#SINGULAR}) only if no column fits
 * or the repaired basis is not feasible.
 *
 * <p>Implementation requirements: mutable; confined to one thread.
 */
final class SimplexLp {
    /** Pivots between two recomputations of the basis inverse. */
    static final int REINVERT = 100;
    /** Consecutive degenerate pivots after which Bland's rule takes over. */
    private static final int DEGENERATE_RUN = 50;
    private static final double PIVOT_TOL = 1e-7;
    /**
     * How far below zero the ratio test lets a basic value go so as to pivot on a larger element (Harris's
     * tolerance): the rows whose ratio is within it of the smallest are all candidates to leave.
     */
    private static final double HARRIS_TOL = 1e-10;
    /**
     * Under Bland's rule, a candidate leaves only if its pivot element is at least this share of the largest
     * candidate's, which bounds the growth of the inverse's rounding errors at a pivot: the lowest index among
     * all of them once chose an element of 1.6e-6 over one of 2.1. Over seeds 1 to 2,000 of
     * {@link ColumnDiveTest} it took 13% fewer pivots than the former ratio test, and a share of 0.01 3% more.
     */
    private static final double BLAND_PIVOT_SHARE = 1e-3;
    /** How far below zero a basic value of a repaired basis may be (rounding) before the repair counts as failed. */
    private static final double FEASIBILITY_TOL = 1e-7;
    /** How far below zero a reduced cost must be for its column to enter, at least. */
    private static final double COST_TOL = 1e-7;
    /**
     * How far below zero a reduced cost must be for its column to enter, per unit of the sum of the
     * magnitudes of its terms (cost and dual times entry), which sets its rounding error: a reduced
     * cost that is zero but sums terms near 1e9 (hard-violation costs) comes out as some units in
     * their last place, 1.2e-7 each, which {@link #COST_TOL} alone took for an improving column.
     * 1e-12 is about 4,500 units in the last place; below a sum of 1e5 {@link #COST_TOL} rules as before.
     */
    private static final double REL_COST_TOL = 1e-12;

    /** Outcome of {@link #solve}. */
    enum Status { OPTIMAL, UNBOUNDED, STOPPED, SINGULAR, STALLED }

    /** Consecutive degenerate pivots under Bland's rule after which the basic values are perturbed. */
    private static final int PERTURB_RUN = 200;
    /** The size of that perturbation, per basic value (times 1 to 2). */
    private static final double PERTURBATION = 1e-7;
    /** Pivots per row and column after which a solve gives up as {@link Status#STALLED}. */
    static final int PIVOTS_PER_SIZE = 50;
    /** Pivots every solve may make whatever its size. */
    static final int PIVOTS_BASE = 10_000;

    private final int m;
    private final double[] b;
    /** The right-hand side the basic values solve for: {@link #b}, or {@link #b} moved by the perturbation. */
    private final double[] rhs;
    private double[] cost = new double[16];
    private int[][] rows = new int[16][];
    private double[][] vals = new double[16][];
    private int n;
    private final int[] basis;
    private final double[][] inv;
    private final double[] xb;
    private final double[] y;
    private final double[] alpha;
    private boolean[] isBasic = new boolean[16];
    /** Pivots made so far, for measurements. */
    long pivots;
    /** Bases repaired so far ({@link #repair}), for measurements. */
    long repairs;

    /**
     * @param rhs the right-hand side, one entry per row
     */
    SimplexLp(double[] rhs) {
        this.m = rhs.length;
        this.b = rhs.clone();
        this.rhs = rhs.clone();
        basis = new int[m];
        Arrays.fill(basis, -1);
        inv = new double[m][m];
        xb = new double[m];
        y = new double[m];
        alpha = new double[m];
    }

    int rowCount() {
        return m;
    }

    int columnCount() {
        return n;
    }

    /**
     * Adds a column (non-basic, so at zero).
     *
     * @param c its cost
     * @param r its rows with a non-zero entry, each at most once
     * @param v the entries
     * @return the column's index
     */
    int addColumn(double c, int[] r, double[] v) {
        if (r.length != v.length) {
            throw new IllegalArgumentException("rows and values differ in length: " + r.length + " and " + v.length);
        }
        if (n == cost.length) {
            int cap = n * 2;
            cost = Arrays.copyOf(cost, cap);
            rows = Arrays.copyOf(rows, cap);
            vals = Arrays.copyOf(vals, cap);
            isBasic = Arrays.copyOf(isBasic, cap);
        }
        for (int i : r) {
            if (i < 0 || i >= m) {
                throw new IllegalArgumentException("row " + i + " is outside 0.." + (m - 1));
            }
        }
        cost[n] = c;
        rows[n] = r.clone();
        vals[n] = v.clone();
        return n++;
    }

    /**
     * Makes a set of columns the basis (one per row, in any order) and computes the basic
     * solution.
     *
     * @param columns the basic columns
     * @return whether the basis is non-singular and its solution non-negative (primal feasible)
     */
    boolean setBasis(int[] columns) {
        if (columns.length != m) {
            throw new IllegalArgumentException("a basis needs " + m + " columns, got " + columns.length);
        }
        Arrays.fill(isBasic, false);
        for (int i = 0; i < m; i++) {
            basis[i] = columns[i];
            isBasic[columns[i]] = true;
        }
        if (!reinvert(false)) {
            return false;
        }
        for (double v : xb) {
            if (v < -1e-7) {
                return false;
            }
        }
        return true;
    }

    /**
     * Recomputes the inverse of the basis by Gauss-Jordan elimination with partial pivoting, and the basic solution.
     *
     * @param repair whether a basic column found dependent on those before it is replaced ({@link #replacement})
     *        rather than the basis given up as singular
     * @return false if the basis is singular (and could not be repaired): the inverse and basic values are then
     *         unchanged (the basis may have had columns replaced)
     */
    private boolean reinvert(boolean repair) {
        double[][] a = new double[m][2 * m];
        for (int k = 0; k < m; k++) {
            int j = basis[k];
            for (int t = 0; t < rows[j].length; t++) {
                a[rows[j][t]][k] = vals[j][t];
            }
        }
        for (int i = 0; i < m; i++) {
            a[i][m + i] = 1;
        }
        for (int c = 0; c < m; c++) {
            int piv = -1;
            double best = 1e-12;
            for (int r = c; r < m; r++) {
                if (Math.abs(a[r][c]) > best) {
                    best = Math.abs(a[r][c]);
                    piv = r;
                }
            }
            if (piv < 0 && repair) {
                int j = replacement(a, c);
                if (j < 0) {
                    return false;
                }
                for (int i = 0; i < m; i++) {
                    double s = transformed(a, i, j);
                    a[i][c] = s;
                    if (i >= c && Math.abs(s) > best) {
                        best = Math.abs(s);
                        piv = i;
                    }
                }
                isBasic[basis[c]] = false;
                basis[c] = j;
                isBasic[j] = true;
            }
            if (piv < 0) {
                return false;
            }
            double[] tmp = a[piv];
            a[piv] = a[c];
            a[c] = tmp;
            double[] pr = a[c];
            double f = 1 / pr[c];
            for (int k = c; k < 2 * m; k++) {
                pr[k] *= f;
            }
            for (int r = 0; r < m; r++) {
                double g = a[r][c];
                if (r == c || g == 0) {
                    continue;
                }
                double[] rr = a[r];
                for (int k = c; k < 2 * m; k++) {
                    rr[k] -= g * pr[k];
                }
            }
        }
        // a's right half is B^-1 with rows in basis order (row c of the result belongs to basis[c])
        for (int i = 0; i < m; i++) {
            System.arraycopy(a[i], m, inv[i], 0, m);
        }
        for (int i = 0; i < m; i++) {
            double s = 0;
            double[] r = inv[i];
            for (int k = 0; k < m; k++) {
                s += r[k] * rhs[k];
            }
            xb[i] = Math.abs(s) < 1e-11 ? 0 : s;
        }
        return true;
    }

    /**
     * Runs the simplex method from the current basis (which {@link #setBasis} made feasible).
     *
     * @param deadline the tick at which to stop
     * @param ticker the clock's ticks, in nanoseconds
     * @return how it ended ({@link Status#SINGULAR}: rounding made the basis singular beyond repair;
     *         {@link Status#STALLED}: the pivot limit was reached; the programme is then unusable)
     */
    Status solve(long deadline, LongSupplier ticker) {
        int degenerate = 0;
        int sincePivot = 0;
        boolean bland = false;
        boolean perturbed = false;
        long limit = pivots + (long) PIVOTS_PER_SIZE * (m + n) + PIVOTS_BASE;
        while (true) {
            if ((pivots & 63) == 0 && ticker.getAsLong() >= deadline) {
                return perturbed && !restore() ? Status.SINGULAR : Status.STOPPED;
            }
            if (pivots >= limit) {
                return perturbed && !restore() ? Status.SINGULAR : Status.STALLED;
            }
            computeDuals();
            // once perturbed, the steps are real ones again: Bland's rule only for a degenerate run, Dantzig's otherwise
            bland = perturbed ? degenerate >= DEGENERATE_RUN : bland || degenerate >= DEGENERATE_RUN;
            if (!perturbed && degenerate >= PERTURB_RUN) {
                // a long degenerate run that rounding keeps going even under Bland's rule: move every basic
                // value up by a distinct tiny amount, so that each step is a real one and the objective falls
                for (int i = 0; i < m; i++) {
                    double delta = PERTURBATION * (1 + (double) ((i * 37) % m) / m);
                    xb[i] += delta;
                    int j = basis[i];
                    for (int t = 0; t < rows[j].length; t++) {
                        rhs[rows[j][t]] += delta * vals[j][t];
                    }
                }
                perturbed = true;
                degenerate = 0;
            }
            int enter = -1;
            double most = -COST_TOL;
            for (int j = 0; j < n; j++) {
                if (isBasic[j]) {
                    continue;
                }
                double d = pricedCost(j);
                if (d < most) {
                    enter = j;
                    if (bland) {
                        break;
                    }
                    most = d;
                }
            }
            if (enter < 0) {
                if (!perturbed) {
                    return Status.OPTIMAL;
                }
                long repaired = repairs;
                if (!restore()) {
                    return Status.SINGULAR;
                }
                if (repairs == repaired) {
                    return Status.OPTIMAL;
                }
                // the repaired basis is feasible but need not be optimal: solve on, unperturbed
                perturbed = false;
                degenerate = 0;
                continue;
            }
            Arrays.fill(alpha, 0);
            int[] r = rows[enter];
            double[] v = vals[enter];
            for (int i = 0; i < m; i++) {
                double s = 0;
                double[] row = inv[i];
                for (int t = 0; t < r.length; t++) {
                    s += row[r[t]] * v[t];
                }
                alpha[i] = s;
            }
            int leave = leaving(bland);
            if (leave < 0) {
                return perturbed && !restore() ? Status.SINGULAR : Status.UNBOUNDED;
            }
            double t = Math.max(0, xb[leave]) / alpha[leave];
            degenerate = t < 1e-12 ? degenerate + 1 : 0;
            for (int i = 0; i < m; i++) {
                xb[i] -= t * alpha[i];
                if (xb[i] < 0 && xb[i] > -1e-9) {
                    xb[i] = 0;
                }
            }
            xb[leave] = t;
            double[] pr = inv[leave];
            double f = 1 / alpha[leave];
            for (int k = 0; k < m; k++) {
                pr[k] *= f;
            }
            for (int i = 0; i < m; i++) {
                double g = alpha[i];
                if (i == leave || g == 0) {
                    continue;
                }
                double[] ri = inv[i];
                for (int k = 0; k < m; k++) {
                    ri[k] -= g * pr[k];
                }
            }
            isBasic[basis[leave]] = false;
            basis[leave] = enter;
            isBasic[enter] = true;
            pivots++;
            if (++sincePivot >= REINVERT) {
                sincePivot = 0;
                if (!reinvert(false) && !repair()) {
                    System.arraycopy(b, 0, rhs, 0, m);
                    return Status.SINGULAR;
                }
                for (int i = 0; i < m; i++) {
                    if (xb[i] < 0) {
                        xb[i] = 0;
                    }
                }
            }
        }
    }

    /**
     * The ratio test for the entering column in {@link #alpha}, in two passes (Harris's): the first finds the
     * largest step that leaves no basic value below {@code -}{@link #HARRIS_TOL}, the second chooses among the rows
     * whose own ratio is within that step the one of largest pivot element, or under Bland's rule the one of lowest
     * column index among those whose element is at least {@link #BLAND_PIVOT_SHARE} of the largest. A small pivot
     * element multiplies the rounding errors of the inverse by its reciprocal: one of 1.6e-6, which Bland's rule
     * preferred to one of 2.1 in a tie of 26 rows at a ratio of zero, made the next pivot element, whose true value
     * was zero, come out as 1.7e-7, above {@link #PIVOT_TOL}, and the basis singular (seed -3875194828 of
     * {@link ColumnDiveTest}). A basic value rounding left below zero counts as zero: the most negative one must
     * not win the ratio test, or Bland's choice among the ties is lost and the method can cycle.
     *
     * @return the basis position that leaves, or -1 if none limits the step (the programme is unbounded)
     */
    private int leaving(boolean bland) {
        double bound = Double.POSITIVE_INFINITY;
        for (int i = 0; i < m; i++) {
            if (alpha[i] > PIVOT_TOL) {
                bound = Math.min(bound, (Math.max(0, xb[i]) + HARRIS_TOL) / alpha[i]);
            }
        }
        if (bound == Double.POSITIVE_INFINITY) {
            return -1;
        }
        double largest = 0;
        for (int i = 0; i < m; i++) {
            if (alpha[i] > PIVOT_TOL && Math.max(0, xb[i]) / alpha[i] <= bound) {
                largest = Math.max(largest, alpha[i]);
            }
        }
        double floor = bland ? Math.max(PIVOT_TOL, BLAND_PIVOT_SHARE * largest) : largest;
        int leave = -1;
        for (int i = 0; i < m; i++) {
            if (alpha[i] >= floor && Math.max(0, xb[i]) / alpha[i] <= bound
                    && (leave < 0 || bland && basis[i] < basis[leave])) {
                leave = i;
                if (!bland) {
                    break;
                }
            }
        }
        return leave;
    }

    /**
     * Drops a perturbation of the basic values: recomputes them from the basis and the unperturbed right-hand
     * side, a value rounding leaves below zero counting as zero (the basis stays as optimal as it was: the reduced
     * costs do not depend on the right-hand side).
     *
     * @return false if rounding made the basis singular
     */
    private boolean restore() {
        System.arraycopy(b, 0, rhs, 0, m);
        if (!reinvert(false) && !repair()) {
            return false;
        }
        for (int i = 0; i < m; i++) {
            if (xb[i] < 0) {
                xb[i] = 0;
            }
        }
        return true;
    }

    /**
     * Repairs a basis that rounding made singular (a pivot element whose true value was zero came out above
     * {@link #PIVOT_TOL}): orders the basis by basic value, largest first, so that the columns the elimination finds
     * dependent on those before them are ones at zero or near it, replaces each by a non-basic column
     * ({@link #replacement}) and recomputes the inverse and the basic values. A dependent column's value passes to
     * the columns it depends on and the replacing one comes in at zero, so a dependent column at zero leaves the
     * basic solution as it was. Package-private for tests.
     *
     * @return false if no column could replace a dependent one, or a basic value of the repaired basis is below
     *         zero by more than {@link #FEASIBILITY_TOL} (the programme is then unusable)
     */
    boolean repair() {
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (i, k) -> xb[i] != xb[k] ? Double.compare(xb[k], xb[i])
                : Integer.compare(basis[i], basis[k]));
        int[] was = basis.clone();
        for (int i = 0; i < m; i++) {
            basis[i] = was[order[i]];
        }
        if (!reinvert(true)) {
            return false;
        }
        for (int i = 0; i < m; i++) {
            if (xb[i] < -FEASIBILITY_TOL) {
                return false;
            }
            xb[i] = Math.max(0, xb[i]);
        }
        repairs++;
        return true;
    }

    /**
     * The column to replace basic column {@code c}, which the elimination in {@code a} found dependent on the
     * basic columns before it: the non-basic column of largest element in the rows still without a pivot (from
     * {@code c} on) once transformed by the eliminations so far, a slack (a column of one entry) if one has an
     * element above {@link #PIVOT_TOL}.
     *
     * @param a the elimination's rows: basis on the left, the transformation so far on the right
     * @return the column, or -1 if none has an element above {@link #PIVOT_TOL} there
     */
    private int replacement(double[][] a, int c) {
        int best = -1;
        double bestSize = PIVOT_TOL;
        boolean bestSlack = false;
        for (int j = 0; j < n; j++) {
            if (isBasic[j] || j == basis[c]) {
                continue;
            }
            boolean slack = rows[j].length == 1;
            if (bestSlack && !slack) {
                continue;
            }
            double size = 0;
            for (int i = c; i < m; i++) {
                size = Math.max(size, Math.abs(transformed(a, i, j)));
            }
            if (size > bestSize || slack && !bestSlack && size > PIVOT_TOL) {
                best = j;
                bestSize = size;
                bestSlack = slack;
            }
        }
        return best;
    }

    /** Entry {@code i} of column {@code j} transformed by the eliminations so far (the right half of {@code a}). */
    private double transformed(double[][] a, int i, int j) {
        double s = 0;
        int[] r = rows[j];
        double[] v = vals[j];
        for (int t = 0; t < r.length; t++) {
            s += a[i][m + r[t]] * v[t];
        }
        return s;
    }

    private void computeDuals() {
        Arrays.fill(y, 0);
        for (int i = 0; i < m; i++) {
            double c = cost[basis[i]];
            if (c == 0) {
                continue;
            }
            double[] row = inv[i];
            for (int k = 0; k < m; k++) {
                y[k] += c * row[k];
            }
        }
    }

    /**
     * The reduced cost of a column if it is below zero by more than rounding can explain: by
     * {@link #COST_TOL}, and by {@link #REL_COST_TOL} times the sum of the magnitudes of its terms.
     *
     * @return the reduced cost, or 0 if the column does not improve the objective
     */
    private double pricedCost(int j) {
        double d = cost[j];
        double size = Math.abs(d);
        int[] r = rows[j];
        double[] v = vals[j];
        for (int t = 0; t < r.length; t++) {
            double term = y[r[t]] * v[t];
            d -= term;
            size += Math.abs(term);
        }
        return d < -Math.max(COST_TOL, REL_COST_TOL * size) ? d : 0;
    }

    /**
     * The dual values of the rows at the current basis (valid after {@link #solve} returned
     * {@link Status#OPTIMAL}).
     *
     * @return a new array, one entry per row
     */
    double[] duals() {
        computeDuals();
        return y.clone();
    }

    /**
     * The value of every column at the current basis.
     *
     * @return a new array, one entry per column
     */
    double[] values() {
        double[] x = new double[n];
        for (int i = 0; i < m; i++) {
            x[basis[i]] = xb[i];
        }
        return x;
    }

    /** The objective at the current basis. */
    double objective() {
        double s = 0;
        for (int i = 0; i < m; i++) {
            s += cost[basis[i]] * xb[i];
        }
        return s;
    }
}
