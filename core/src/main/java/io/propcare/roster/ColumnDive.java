package io.propcare.roster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a roster by column generation with diving ("dive and price"): a linear programme
 * chooses among whole rows of each person (a convexity row per person; cover rows with an
 * under-cover and an over-cover variable each, priced by the cover rule), new rows are priced
 * against its dual values by {@link RowPlanner} in pricing mode, and once no row of negative
 * reduced cost is found the people whose choice is already whole, or else the one closest to a
 * whole row, are fixed to it; the programme is rebuilt over the people left, priced again, and so
 * on until everyone has a row. When the steps left would not fit in the time left at the pace of
 * the steps so far, each step fixes more people, those closest to a whole row first.
 *
 * <p>It finds what the annealing's local moves do not: a roster whose people's rows fit together
 * as a whole (where an improvement needs many rows to change at once). The pricing is a
 * heuristic (the row planner prices shift and minute totals by multipliers), so the programme's
 * value is not a proven bound. Rows breaking a hard rule are never added. Fairness rules are not
 * part of a row's price; the search that follows scores them.
 *
 * <p>Implementation requirements: mutable; confined to one thread; the stop flag is shared.
 */
final class ColumnDive {
    private static final Logger log = LoggerFactory.getLogger(ColumnDive.class);
    /** A row priced at or above this breaks a hard rule (the planner's price of the smallest hard violation). */
    static final double HARD = (double) SearchState.HARD_SCALE * RowPlanner.HARD_FACTOR;
    /** A person's choice at or above this share of one row counts as whole. */
    private static final double WHOLE = 1 - 1e-6;
    /** Reduced cost below which a row enters, relative to its price (and at least this in absolute terms). */
    private static final double ENTER_TOL = 1e-6;
    /** Pricing rounds per dive step at most (the first programme, over everyone, prices until nothing more is found). */
    static final int STEP_ROUNDS = 200;

    /** Rows of the master programme (cover cells and people) above which the dive is not tried: its dense basis inverse grows with their square. */
    static final int MAX_ROWS = 700;

    private final RosterProblem p;
    private final int staff;
    private final int days;
    private final int shifts;
    private final RowPlanner planner;
    private final double[][] prices;
    private final LongSupplier ticker;
    private final long deadline;
    /** The tick by which the first programme must have converged, or the dive gives up. */
    private final long rootDeadline;
    private final AtomicBoolean stop;
    private final List<List<int[]>> pool = new ArrayList<>();
    private final List<List<Double>> poolCost = new ArrayList<>();
    private final List<Set<String>> seen = new ArrayList<>();
    private final double underUnit;
    private final double overUnit;
    /** The programme's value when the pricing first found nothing more (over everyone, before any fixing); NaN until then. */
    double rootValue = Double.NaN;
    /** Why {@link #run} gave up (null: it did not), for the log. */
    String failure;
    /** Ticks when the first programme converged, for measurements. */
    long rootAt;
    /** Dive steps (fixings) so far. */
    long steps;
    /** Pricing rounds and rows added, for measurements. */
    long rounds;
    long columns;

    /**
     * @param p the problem
     * @param start a roster whose rows are the first columns (pinned days set; hard leave off)
     * @param ticker the clock's ticks, in nanoseconds
     * @param rootDeadline the tick by which the first programme (over everyone) must have converged, or the dive gives up
     * @param deadline the tick at which to give up
     * @param stop a shared flag that also ends the dive
     */
    ColumnDive(RosterProblem p, int[][] start, LongSupplier ticker, long rootDeadline, long deadline, AtomicBoolean stop) {
        this.p = p;
        this.staff = p.staffCount();
        this.days = p.days;
        this.shifts = p.shiftCount();
        this.ticker = ticker;
        this.deadline = deadline;
        this.rootDeadline = Math.min(rootDeadline, deadline);
        this.stop = stop;
        SearchState st = new SearchState(p, start);
        planner = new RowPlanner(st, Annealer.valuesOf(p), Annealer.pinnedOf(p));
        prices = new double[days][shifts];
        planner.priceWith(prices);
        underUnit = st.unit(RuleKind.COVER_UNDER, RowPlanner.HARD_FACTOR);
        overUnit = st.unit(RuleKind.COVER_OVER, RowPlanner.HARD_FACTOR);
        for (int e = 0; e < staff; e++) {
            pool.add(new ArrayList<>());
            poolCost.add(new ArrayList<>());
            seen.add(new HashSet<>());
            add(e, st.x[e].clone(), planner.rowCost(e, st.x[e]));
        }
    }

    /** Whether the dive suits a problem: the master programme is small enough. */
    static boolean suits(RosterProblem p) {
        return p.staffCount() > 0 && (long) p.days * p.shiftCount() + p.staffCount() <= MAX_ROWS;
    }

    private boolean add(int e, int[] row, double cost) {
        if (!seen.get(e).add(Arrays.toString(row))) {
            return false;
        }
        pool.get(e).add(row);
        poolCost.get(e).add(cost);
        columns++;
        return true;
    }

    private boolean timeUp() {
        return stop.get() || ticker.getAsLong() >= (Double.isNaN(rootValue) ? rootDeadline : deadline);
    }

    /**
     * Runs the dive.
     *
     * @return the roster, or null if the time ran out first
     */
    int[][] run() {
        int[] fixed = new int[staff];
        Arrays.fill(fixed, -1);
        double[] rhs = new double[days * shifts];
        for (int d = 0; d < days; d++) {
            for (int s = 0; s < shifts; s++) {
                rhs[d * shifts + s] = p.coverReq[d][s];
            }
        }
        // per person, the column to put in the first basis of the next programme
        int[] lead = new int[staff];
        int free = staff;
        while (free > 0) {
            int[] people = new int[free];
            for (int e = 0, i = 0; e < staff; e++) {
                if (fixed[e] < 0) {
                    people[i++] = e;
                }
            }
            Master lp = new Master(people, rhs, lead);
            if (!lp.usable) {
                failure = "the first basis of a programme was singular";
                return null;
            }
            if (!lp.converge(Double.isNaN(rootValue) ? Integer.MAX_VALUE : STEP_ROUNDS)) {
                failure = failure == null ? "the time ran out" : failure;
                return null;
            }
            if (Double.isNaN(rootValue)) {
                rootValue = lp.lp.objective();
                rootAt = ticker.getAsLong();
                log.debug("roster {}: column generation converged at {} ({} rows, {} rounds)", p.name(), rootValue, columns, rounds);
            }
            double[] x = lp.lp.values();
            int[] pick = new int[people.length];
            double[] share = new double[people.length];
            Arrays.fill(share, -1);
            for (int c = 2 * lp.cover; c < lp.lp.columnCount(); c++) {
                int i = lp.colPerson[c];
                if (x[c] > share[i]) {
                    share[i] = x[c];
                    pick[i] = lp.colIndex[c];
                }
            }
            List<Integer> whole = new ArrayList<>();
            List<Integer> partial = new ArrayList<>();
            for (int i = 0; i < people.length; i++) {
                int e = people[i];
                lead[e] = pick[i];
                (share[i] >= WHOLE ? whole : partial).add(i);
            }
            // one fractional person per step, or more when the steps left would not fit in the time left
            int take = whole.isEmpty() ? 1 : 0;
            long now = ticker.getAsLong();
            if (steps > 0 && !partial.isEmpty()) {
                double perStep = (double) (now - rootAt) / steps;
                double affordable = Math.max(1, (deadline - now) / Math.max(1, perStep) * 0.8);
                take = Math.max(take, (int) Math.ceil(partial.size() / affordable));
            }
            partial.sort((i, j) -> Double.compare(share[j], share[i]));
            List<Integer> chosen = new ArrayList<>();
            for (int i : whole) {
                chosen.add(people[i]);
            }
            for (int k = 0; k < Math.min(take, partial.size()); k++) {
                chosen.add(people[partial.get(k)]);
            }
            steps++;
            for (int e : chosen) {
                fixed[e] = lead[e];
                int[] row = pool.get(e).get(fixed[e]);
                for (int d = 0; d < days; d++) {
                    if (row[d] >= 0) {
                        rhs[d * shifts + row[d]] -= 1;
                    }
                }
                free--;
            }
        }
        int[][] grid = new int[staff][];
        for (int e = 0; e < staff; e++) {
            grid[e] = pool.get(e).get(fixed[e]).clone();
        }
        return grid;
    }

    /** The programme over the people not yet fixed. */
    private final class Master {
        final SimplexLp lp;
        final int[] people;
        /** Per programme column from {@code 2 * cover} on, the row's index in its person's pool. */
        int[] colIndex;
        /** Per programme column from {@code 2 * cover} on, its person's position in {@link #people}. */
        int[] colPerson;
        final int cover;
        /** Whether the first basis is feasible (it is, unless rounding made it singular). */
        final boolean usable;

        Master(int[] people, double[] rhs, int[] lead) {
            this.people = people;
            this.cover = days * shifts;
            double[] b = Arrays.copyOf(rhs, cover + people.length);
            for (int i = 0; i < people.length; i++) {
                b[cover + i] = 1;
            }
            lp = new SimplexLp(b);
            for (int r = 0; r < cover; r++) {
                int d = r / shifts;
                int s = r % shifts;
                lp.addColumn(underUnit * p.coverUnder[d][s], new int[] {r}, new double[] {1});
                lp.addColumn(overUnit * p.coverOver[d][s], new int[] {r}, new double[] {-1});
            }
            int total = 2 * cover;
            for (int i = 0; i < people.length; i++) {
                total += pool.get(people[i]).size();
            }
            colIndex = new int[Math.max(16, total * 2)];
            colPerson = new int[colIndex.length];
            int[] basis = new int[lp.rowCount()];
            double[] residual = Arrays.copyOf(rhs, cover);
            for (int i = 0; i < people.length; i++) {
                int e = people[i];
                List<int[]> rows = pool.get(e);
                for (int k = 0; k < rows.size(); k++) {
                    int c = addRow(i, k);
                    if (k == Math.max(0, lead[e])) {
                        basis[cover + i] = c;
                        for (int d = 0; d < days; d++) {
                            if (rows.get(k)[d] >= 0) {
                                residual[d * shifts + rows.get(k)[d]] -= 1;
                            }
                        }
                    }
                }
            }
            for (int r = 0; r < cover; r++) {
                basis[r] = residual[r] >= 0 ? 2 * r : 2 * r + 1;
            }
            usable = lp.setBasis(basis);
        }

        private int addRow(int i, int k) {
            int e = people[i];
            int[] row = pool.get(e).get(k);
            int n = 1;
            for (int v : row) {
                n += v >= 0 ? 1 : 0;
            }
            int[] r = new int[n];
            double[] v = new double[n];
            int t = 0;
            for (int d = 0; d < days; d++) {
                if (row[d] >= 0) {
                    r[t] = d * shifts + row[d];
                    v[t++] = 1;
                }
            }
            r[t] = cover + i;
            v[t] = 1;
            int c = lp.addColumn(poolCost.get(e).get(k), r, v);
            if (c >= colIndex.length) {
                colIndex = Arrays.copyOf(colIndex, c * 2);
                colPerson = Arrays.copyOf(colPerson, c * 2);
            }
            colIndex[c] = k;
            colPerson[c] = i;
            return c;
        }

        /**
         * Solves and prices until no row of negative reduced cost is found.
         *
         * @return false if the time ran out first
         */
        boolean converge(int maxRounds) {
            for (int round = 0; round < maxRounds; round++) {
                if (timeUp()) {
                    return false;
                }
                SimplexLp.Status status = lp.solve(Double.isNaN(rootValue) ? rootDeadline : deadline, ticker);
                if (status != SimplexLp.Status.OPTIMAL) {
                    failure = status == SimplexLp.Status.STOPPED ? null : "the programme was " + status;
                    return false;
                }
                double[] y = lp.duals();
                for (int d = 0; d < days; d++) {
                    for (int s = 0; s < shifts; s++) {
                        prices[d][s] = y[d * shifts + s];
                    }
                }
                rounds++;
                boolean added = false;
                for (int i = 0; i < people.length; i++) {
                    if (timeUp()) {
                        return false;
                    }
                    int e = people[i];
                    int[] row = planner.plan(e);
                    double cost = planner.rowCost(e, row);
                    if (cost >= HARD) {
                        continue;
                    }
                    double reduced = cost - y[cover + i];
                    for (int d = 0; d < days; d++) {
                        if (row[d] >= 0) {
                            reduced -= y[d * shifts + row[d]];
                        }
                    }
                    if (reduced < -ENTER_TOL * Math.max(1, Math.abs(cost)) && add(e, row, cost)) {
                        addRow(i, pool.get(e).size() - 1);
                        added = true;
                    }
                }
                if (!added) {
                    return true;
                }
            }
            // the pricing round limit of a dive step: the last programme solved stands
            SimplexLp.Status status = lp.solve(deadline, ticker);
            if (status != SimplexLp.Status.OPTIMAL) {
                failure = status == SimplexLp.Status.STOPPED ? null : "the programme was " + status;
                return false;
            }
            return true;
        }

    }
}
