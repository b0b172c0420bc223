package io.propcare.roster;

import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

/**
 * One search trajectory. It starts with sweeps of row re-optimisation ({@link RowPlanner}: each
 * person's row replaced by the best row given everyone else's, people in a random order, the
 * first sweep building the roster from the start given), then anneals, cooling geometrically
 * over the run, over five small moves (swap two days of one person, change a day, swap two
 * people's day, swap two people's block of days, set a block of days), every
 * {@link #rowEvery} steps a row re-optimisation of a random person and, every {@link #ruinEvery}
 * steps, a ruin and recreate (a few people's rows cleared and re-planned one after the other);
 * it ends with row sweeps on the best roster, which repair rows still breaking a hard rule. Hard violations are priced, not
 * forbidden, so the search can cross infeasible rosters; pinned days never move and days of hard
 * leave are never worked. The cooling follows the step count when a step limit is set (then the
 * trajectory depends only on the seed), otherwise the clock.
 *
 * <p>Implementation requirements: confined to one thread; the stop flag is shared.
 */
final class Annealer {
    /** Starting temperature, in objective units. */
    static final double T_START = 60;
    /** Steps per cell at which the full starting temperature pays off; fewer steps start cooler. */
    private static final double FULL_STEPS_PER_CELL = 80_000;
    /** Share of the budget spent descending at the final temperature while measuring the speed. */
    private static final double WARM_UP = 0.02;
    /** Row sweeps at the start (the first builds the roster when starting from an empty one). */
    private static final int START_SWEEPS = 3;
    /** Days drawn at most for the second day of a double swap. */
    private static final int SECOND_DAY_TRIES = 8;
    /** Progress at which the trajectories of a time-limited multi-threaded solve share their best roster. */
    private static final double SHARE_AT = 0.67;
    /** Progress between leaving the best roster in the exchange and taking the best one left there. */
    private static final double SHARE_WAIT = 0.01;
    /** Share of a time limit the start's row sweeps may take at most (the first sweep runs to the deadline if it must). */
    private static final double START_SHARE = 0.3;
    /** Row sweeps on the best roster at the end (repair of rows still breaking a hard rule, then polish). */
    private static final int END_SWEEPS = 3;
    /** Estimated cost of one row's shortest path per value and day, in annealing steps. */
    private static final double ROW_COST = 1.0;
    /** Share of the search's work spent re-optimising rows. */
    static final double ROW_SHARE = 0.1;
    /**
     * Two-person swaps drawn at or above this (of 40 to 75, in percent of the moves) swap a second
     * day between the same two people too ({@link #secondDay}), so both keep their number of shifts.
     */
    private static final int DOUBLE_SWAP_FROM = 50;
    /** Share of the work spent re-optimising rows on the odd-numbered trajectories of a multi-threaded solve. */
    static final double ROW_SHARE_ALT = 0.3;
    /** Steps between two ruin-and-recreate moves, in multiples of {@link #rowEvery} (0: none). */
    private static final double RUIN_EVERY = 4;
    /** People cleared by a ruin-and-recreate move, at least and at most. */
    private static final int RUIN_MIN = 2;
    private static final int RUIN_MAX = 4;
    /** Passes of row re-optimisation over the cleared people. */
    private static final int RUIN_PASSES = 2;
    /** Percentage of ruin moves choosing people related by a day's shift rather than at random. */
    private static final int RUIN_RELATED = 50;
    /** Final temperature. */
    private static final double T_END = 0.15;
    /** Weight of the hard part of the score (already scaled by {@link SearchState#HARD_SCALE}) at first. */
    private static final double HARD_WEIGHT = 0.5;
    /** Progress after which the hard weight rises, to end on a feasible roster. */
    private static final double HARD_RAMP_FROM = 0.7;
    /** Factor by which the hard weight has risen at the end. */
    private static final double HARD_RAMP = 10;
    private final RosterProblem p;
    private final SearchState st;
    private final SplittableRandom rnd;
    private final boolean[][] pinned;
    private final int[][] values;
    private final int[] saturdays;
    private final long maxSteps;
    private final long deadline;
    private final LongSupplier ticker;
    private final long startedAt;
    private final AtomicBoolean stop;
    /** Where the trajectories of a time-limited multi-threaded solve share their best roster (null: alone). */
    private final BestExchange exchange;
    private boolean offered;
    private boolean shared;
    private final long bound;
    private int[] undoE;
    private int[] undoD;
    private int[] undoV;
    private final RowPlanner planner;
    /** Steps between two row re-optimisations inside the annealing. */
    private final long rowEvery;
    /** Steps between two ruin-and-recreate moves (Long.MAX_VALUE: none). */
    private final long ruinEvery;
    /** The people a ruin-and-recreate move clears. */
    private final int[] chosen;
    private int undoN;
    int[][] best;
    long bestHard;
    long bestSoft;
    long bestAt;
    long steps;
    private boolean bestIsCurrent;
    private double hardWeight = HARD_WEIGHT;
    /** The highest starting temperature (lower after {@link #restart}). */
    private double hottest = T_START;
    /** Progress at which the run's own schedule starts (above 0 after a {@link #restart} late in the run). */
    private double origin;
    
    Annealer(RosterProblem p, int[][] start, long seed, long maxSteps, long deadline, LongSupplier ticker, long startedAt,
            AtomicBoolean stop, long bound) {
        this(p, start, seed, maxSteps, deadline, ticker, startedAt, stop, bound, ROW_SHARE, null);
    }

    Annealer(RosterProblem p, int[][] start, long seed, long maxSteps, long deadline, LongSupplier ticker, long startedAt,
            AtomicBoolean stop, long bound, double rowShare, BestExchange exchange) {
        this.p = p;
        this.exchange = exchange;
        this.st = new SearchState(p, start);
        this.rnd = new SplittableRandom(seed);
        this.maxSteps = maxSteps;
        this.deadline = deadline;
        this.ticker = ticker;
        this.startedAt = startedAt;
        this.stop = stop;
        this.bound = bound;
        pinned = pinnedOf(p);
        values = valuesOf(p);
        int undo = Math.max(64, st.days);
        undoE = new int[undo];
        undoD = new int[undo];
        undoV = new int[undo];
        planner = new RowPlanner(st, values, pinned);
        rowEvery = rowEvery(p, values, planner::weekendStates, rowShare);
        ruinEvery = RUIN_EVERY > 0 ? Math.max(2, Math.round(rowEvery * RUIN_EVERY)) : Long.MAX_VALUE;
        chosen = new int[Math.max(1, st.staff)];
        saturdays = java.util.stream.IntStream.range(0, st.days)
                .filter(d -> p.date(d).getDayOfWeek() == java.time.DayOfWeek.SATURDAY).toArray();
        best = st.snapshot();
        bestHard = st.hard;
        bestSoft = st.soft;
        bestAt = 0;
        bestIsCurrent = true;
    }

    /** The working roster, for tests. */
    SearchState state() {
        return st;
    }

    /** Per person and day, whether the search leaves the cell alone: pinned, or hard leave. */
    static boolean[][] pinnedOf(RosterProblem p) {
        boolean[][] pinned = new boolean[p.staffCount()][p.days];
        for (int e = 0; e < p.staffCount(); e++) {
            for (int d = 0; d < p.days; d++) {
                pinned[e][d] = p.pins[e][d] != RosterProblem.UNPINNED || offOnly(p, e, d);
            }
        }
        return pinned;
    }

    /** Per person, the values the search gives a cell: {@link RosterProblem#OFF}, then each allowed shift. */
    static int[][] valuesOf(RosterProblem p) {
        int[][] values = new int[p.staffCount()][];
        for (int e = 0; e < p.staffCount(); e++) {
            int n = 1;
            for (int s = 0; s < p.shiftCount(); s++) {
                if (p.allowed(e, s)) {
                    n++;
                }
            }
            values[e] = new int[n];
            values[e][0] = RosterProblem.OFF;
            int i = 1;
            for (int s = 0; s < p.shiftCount(); s++) {
                if (p.allowed(e, s)) {
                    values[e][i++] = s;
                }
            }
        }
        return values;
    }

    /** A day of hard leave is never worked: the search does not even try. */
    static boolean offOnly(RosterProblem p, int e, int d) {
        return p.leave[e][d] && p.rule(RuleKind.LEAVE).map(Rule::hard).orElse(false) && p.pins[e][d] == RosterProblem.UNPINNED;
    }

    private boolean allowedValue(int e, int v) {
        if (v == RosterProblem.OFF) {
            return true;
        }
        for (int w : values[e]) {
            if (w == v) {
                return true;
            }
        }
        return false;
    }

    /** The starting temperature for a run expected to try {@code stepsPerCell} moves per cell. */
    double startTemperature(double stepsPerCell) {
        return Math.max(2, Math.min(hottest, hottest * Math.sqrt(stepsPerCell / FULL_STEPS_PER_CELL)));
    }

    /**
     * Carries on from another roster, at a lower starting temperature: for a roster built by
     * {@link ColumnDive}, whose rows fit together as a whole and which a full temperature would
     * scatter. The run's schedule counts from the moment this is called.
     *
     * @param grid the roster (pinned days kept, as the search keeps them)
     * @param startTemperature the starting temperature, in objective units
     */
    void restart(int[][] grid, double startTemperature) {
        st.load(grid);
        best = st.snapshot();
        bestHard = st.hard;
        bestSoft = st.soft;
        bestAt = ticker.getAsLong() - startedAt;
        bestIsCurrent = true;
        hottest = startTemperature;
        if (maxSteps == Long.MAX_VALUE) {
            origin = Math.max(0, Math.min(0.9, (double) (ticker.getAsLong() - startedAt) / Math.max(1, deadline - startedAt)));
        }
    }

    private boolean reached() {
        return bestHard == 0 && bestSoft <= bound;
    }

    /**
     * Steps between row re-optimisations: about one row's shortest path per {@link #ROW_SHARE} of the moves' work.
     *
     * @param pathStates per person, by how much the path's states are multiplied beyond value and run (counted weekends)
     */
    static long rowEvery(RosterProblem p, int[][] values, java.util.function.IntUnaryOperator pathStates, double rowShare) {
        double work = 0;
        for (int e = 0; e < values.length; e++) {
            work += (double) values[e].length * p.days * pathStates.applyAsInt(e);
        }
        work /= Math.max(1, values.length);
        return Math.max(64, Math.round(work * ROW_COST / rowShare));
    }

    /**
     * At {@link #SHARE_AT} of the run, leaves the best roster in the exchange; {@link #SHARE_WAIT}
     * later carries on from the exchange's best if it is better than its own.
     */
    private void share(double progress) {
        if (exchange == null || shared) {
            return;
        }
        if (!offered && progress >= SHARE_AT) {
            exchange.offer(bestHard, bestSoft, bestIsCurrent ? st.x : best);
            offered = true;
        } else if (offered && progress >= SHARE_AT + SHARE_WAIT) {
            int[][] better = exchange.betterThan(bestHard, bestSoft);
            if (better != null) {
                st.load(better);
                best = better;
                bestHard = st.hard;
                bestSoft = st.soft;
                bestAt = ticker.getAsLong() - startedAt;
                bestIsCurrent = true;
            }
            shared = true;
        }
    }

    /** Runs until the step limit, the deadline, the shared stop flag or the bound. */
    void run() {
        if (st.staff == 0 || reached()) {
            return;
        }
        long budget = Math.max(1, deadline - startedAt);
        long cells = (long) st.staff * st.days;
        long t = ticker.getAsLong();
        int sweeps = sweepRows(START_SWEEPS, maxSteps == Long.MAX_VALUE ? startedAt + (long) (budget * START_SHARE) : deadline);
        long perSweep = (ticker.getAsLong() - t) / Math.max(1, sweeps);
        keepIfBest();
        long searchEnd = maxSteps == Long.MAX_VALUE ? deadline - Math.min(budget / 10, 2 * perSweep) : deadline;
        double start = maxSteps == Long.MAX_VALUE ? -1 : startTemperature((double) maxSteps / cells);
        while (steps < maxSteps && !reached()) {
            long now = ticker.getAsLong();
            if (stop.get() || now >= searchEnd) {
                break;
            }
            double progress = maxSteps == Long.MAX_VALUE ? (double) (now - startedAt) / budget : (double) steps / maxSteps;
            double own = (progress - origin) / (1 - origin);
            double temp;
            if (own < WARM_UP) {
                temp = T_END;
            } else {
                if (start < 0) {
                    start = startTemperature(steps / own / cells);
                }
                temp = start * Math.exp(Math.log(T_END / start) * Math.min(1, (own - WARM_UP) / (1 - WARM_UP)));
                double ramp = Math.max(0, Math.min(1, (progress - HARD_RAMP_FROM) / (1 - HARD_RAMP_FROM)));
                hardWeight = HARD_WEIGHT * (1 + (HARD_RAMP - 1) * ramp * ramp);
            }
            share(progress);
            long batchEnd = Math.min(maxSteps, steps + 1024);
            for (; steps < batchEnd; steps++) {
                if (steps % ruinEvery == ruinEvery - 1) {
                    ruinStep(temp);
                } else if (steps % rowEvery == rowEvery - 1) {
                    rowStep(temp);
                } else {
                    step(temp);
                }
            }
        }
        if (bestIsCurrent) {
            best = st.snapshot();
        }
        if (!reached()) {
            st.load(best);
            bestIsCurrent = true;
            sweepRows(END_SWEEPS, deadline);
            keepIfBest();
            if (bestIsCurrent) {
                best = st.snapshot();
            }
        }
        if (reached()) {
            stop.set(true);
        }
    }

    /** Makes the current roster the best if it is better (hard part first). */
    private void keepIfBest() {
        if (st.hard < bestHard || (st.hard == bestHard && st.soft < bestSoft)) {
            best = st.snapshot();
            bestHard = st.hard;
            bestSoft = st.soft;
            bestAt = ticker.getAsLong() - startedAt;
        }
        bestIsCurrent = st.hard == bestHard && st.soft == bestSoft;
    }

    /**
     * Replaces rows by their re-optimised version, people in a random order, while that lowers
     * the score (hard part first).
     *
     * @param until the tick at which to stop, even within a sweep (the first sweep goes on to the deadline)
     * @return the sweeps done
     */
    private int sweepRows(int maxSweeps, long until) {
        int staff = st.staff;
        int[] order = new int[staff];
        for (int i = 0; i < staff; i++) {
            order[i] = i;
        }
        int done = 0;
        for (int sweep = 0; sweep < maxSweeps; sweep++) {
            shuffle(order, staff);
            boolean improved = false;
            for (int e : order) {
                if (stop.get() || ticker.getAsLong() >= (sweep == 0 ? deadline : until)) {
                    return done;
                }
                long before = st.hard * RowPlanner.HARD_FACTOR + st.soft;
                int[] row = planner.plan(e);
                undoN = 0;
                for (int d = 0; d < st.days; d++) {
                    if (row[d] != st.x[e][d]) {
                        set(e, d, row[d]);
                    }
                }
                long after = st.hard * RowPlanner.HARD_FACTOR + st.soft;
                if (after > before) {
                    undo();
                } else if (after < before) {
                    improved = true;
                }
            }
            done++;
            if (!improved) {
                break;
            }
        }
        return done;
    }

    /** Puts the first {@code n} entries of {@code a} in a random order (Fisher-Yates). */
    private void shuffle(int[] a, int n) {
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int tmp = a[i];
            a[i] = a[j];
            a[j] = tmp;
        }
    }

    private void set(int e, int d, int v) {
        if (undoN == undoE.length) {
            undoE = java.util.Arrays.copyOf(undoE, undoN * 2);
            undoD = java.util.Arrays.copyOf(undoD, undoN * 2);
            undoV = java.util.Arrays.copyOf(undoV, undoN * 2);
        }
        undoE[undoN] = e;
        undoD[undoN] = d;
        undoV[undoN] = st.x[e][d];
        undoN++;
        st.change(e, d, v);
    }

    private void undo() {
        for (int i = undoN - 1; i >= 0; i--) {
            st.change(undoE[i], undoD[i], undoV[i]);
        }
    }

    private void redo(int[] e, int[] d, int[] v, int n) {
        for (int i = 0; i < n; i++) {
            st.change(e[i], d[i], v[i]);
        }
    }

    /** One move of the small kinds (a day, a swap, a double swap, a block), kept or undone by the annealing rule. */
    void step(double temp) {
        int staff = st.staff;
        int days = st.days;
        undoN = 0;
        long hardBefore = st.hard;
        long softBefore = st.soft;
        int r = rnd.nextInt(100);
        if (r < 15) {
            int e = rnd.nextInt(staff);
            int d1 = rnd.nextInt(days);
            int d2 = rnd.nextBoolean() ? rnd.nextInt(days) : Math.floorMod(d1 + rnd.nextInt(15) - 7, days);
            int a = st.x[e][d1];
            int b = st.x[e][d2];
            if (a == b || pinned[e][d1] || pinned[e][d2]) {
                return;
            }
            set(e, d1, b);
            set(e, d2, a);
        } else if (r < 40) {
            int e = rnd.nextInt(staff);
            int d = rnd.nextInt(days);
            if (pinned[e][d]) {
                return;
            }
            int[] vs = values[e];
            int v = vs[rnd.nextInt(vs.length)];
            if (v == st.x[e][d]) {
                return;
            }
            set(e, d, v);
        } else if (r < 75) {
            if (staff < 2) {
                return;
            }
            int d = rnd.nextInt(days);
            int e1 = rnd.nextInt(staff);
            int e2 = rnd.nextInt(staff - 1);
            if (e2 >= e1) {
                e2++;
            }
            if (!swappable(e1, e2, d) || st.x[e1][d] == st.x[e2][d]) {
                return;
            }
            if (r >= DOUBLE_SWAP_FROM) {
                // a second day's swap between the same two people, so both keep their totals
                int d2 = secondDay(e1, e2, d);
                if (d2 < 0) {
                    return;
                }
                swapCells(e1, e2, d2);
            }
            swapCells(e1, e2, d);
        } else if (r < 90) {
            if (staff < 2) {
                return;
            }
            int len;
            int d0;
            if (saturdays.length > 0 && rnd.nextBoolean()) {
                int shape = rnd.nextInt(4);
                d0 = Math.max(0, saturdays[rnd.nextInt(saturdays.length)] - (shape & 1));
                len = 2 + (shape & 1) + (shape >> 1);
            } else {
                len = 2 + rnd.nextInt(Math.min(6, days));
                d0 = rnd.nextInt(Math.max(1, days - len + 1));
            }
            int e1 = rnd.nextInt(staff);
            int e2 = rnd.nextInt(staff - 1);
            if (e2 >= e1) {
                e2++;
            }
            int end = Math.min(days, d0 + len);
            for (int d = d0; d < end; d++) {
                if (st.x[e1][d] != st.x[e2][d] && !swappable(e1, e2, d)) {
                    return;
                }
            }
            for (int d = d0; d < end; d++) {
                if (st.x[e1][d] != st.x[e2][d]) {
                    swapCells(e1, e2, d);
                }
            }
        } else {
            int e = rnd.nextInt(staff);
            int len = 2 + rnd.nextInt(Math.min(4, days));
            int d0 = rnd.nextInt(Math.max(1, days - len + 1));
            int end = Math.min(days, d0 + len);
            int[] vs = values[e];
            int v = vs[rnd.nextInt(vs.length)];
            for (int d = d0; d < end; d++) {
                if (!pinned[e][d] && st.x[e][d] != v) {
                    set(e, d, v);
                }
            }
        }
        accept(temp, hardBefore, softBefore);
    }

    /**
     * The second day of a double swap of day {@code d}'s cells between {@code e1} and {@code e2}:
     * of up to {@link #SECOND_DAY_TRIES} days drawn (at random, or within a week of {@code d}), the
     * first where the two hold each other's cells of day {@code d} the other way round (then both
     * keep their count of every shift), else the first where they differ; -1 if none.
     */
    private int secondDay(int e1, int e2, int d) {
        int days = st.days;
        int a = st.x[e1][d];
        int b = st.x[e2][d];
        int found = -1;
        for (int t = 0; t < SECOND_DAY_TRIES; t++) {
            int d2 = rnd.nextBoolean() ? rnd.nextInt(days) : Math.floorMod(d + rnd.nextInt(15) - 7, days);
            if (d2 == d || st.x[e1][d2] == st.x[e2][d2] || !swappable(e1, e2, d2)) {
                continue;
            }
            if (st.x[e1][d2] == b && st.x[e2][d2] == a) {
                return d2;
            }
            if (found < 0) {
                found = d2;
            }
        }
        return found;
    }

    /** Whether two people may exchange their cells on a day (neither pinned, each allowed the other's value). */
    private boolean swappable(int e1, int e2, int d) {
        return !pinned[e1][d] && !pinned[e2][d] && allowedValue(e1, st.x[e2][d]) && allowedValue(e2, st.x[e1][d]);
    }

    private void swapCells(int e1, int e2, int d) {
        int a = st.x[e1][d];
        int b = st.x[e2][d];
        set(e1, d, b);
        set(e2, d, a);
    }

    /** Re-optimises one person's row and keeps it by the annealing rule. */
    private void rowStep(double temp) {
        int e = rnd.nextInt(st.staff);
        long hardBefore = st.hard;
        long softBefore = st.soft;
        int[] row = planner.plan(e);
        undoN = 0;
        for (int d = 0; d < st.days; d++) {
            if (row[d] != st.x[e][d]) {
                set(e, d, row[d]);
            }
        }
        accept(temp, hardBefore, softBefore);
    }

    /**
     * Ruin and recreate: clears the rows of a few people (at random, or people working the same
     * shift on a random day), re-plans them one after the other against the cover left
     * ({@link RowPlanner}, random order, {@link #RUIN_PASSES} passes) and keeps the result by the
     * annealing rule. Pinned days and hard leave stay as they are.
     */
    void ruinStep(double temp) {
        int staff = st.staff;
        int days = st.days;
        int k = Math.min(staff, RUIN_MIN + rnd.nextInt(RUIN_MAX - RUIN_MIN + 1));
        if (k < 1) {
            return;
        }
        long hardBefore = st.hard;
        long softBefore = st.soft;
        int n = 0;
        int e0 = rnd.nextInt(staff);
        chosen[n++] = e0;
        if (rnd.nextInt(100) < RUIN_RELATED) {
            int d = rnd.nextInt(days);
            int v = st.x[e0][d];
            int first = rnd.nextInt(staff);
            for (int i = 0; i < staff && n < k; i++) {
                int e = (first + i) % staff;
                if (e != e0 && st.x[e][d] == v) {
                    chosen[n++] = e;
                }
            }
        }
        while (n < k) {
            int e = rnd.nextInt(staff);
            boolean dup = false;
            for (int i = 0; i < n; i++) {
                dup |= chosen[i] == e;
            }
            if (!dup) {
                chosen[n++] = e;
            }
        }
        undoN = 0;
        for (int i = 0; i < n; i++) {
            int e = chosen[i];
            for (int d = 0; d < days; d++) {
                if (!pinned[e][d] && st.x[e][d] != RosterProblem.OFF) {
                    set(e, d, RosterProblem.OFF);
                }
            }
        }
        for (int pass = 0; pass < RUIN_PASSES; pass++) {
            shuffle(chosen, n);
            for (int i = 0; i < n; i++) {
                int e = chosen[i];
                int[] row = planner.plan(e);
                for (int d = 0; d < days; d++) {
                    if (row[d] != st.x[e][d]) {
                        set(e, d, row[d]);
                    }
                }
            }
        }
        accept(temp, hardBefore, softBefore);
    }

    private void accept(double temp, long hardBefore, long softBefore) {
        if (undoN == 0) {
            return;
        }
        double delta = (st.soft - softBefore) + hardWeight * (st.hard - hardBefore);
        if (delta > 0 && rnd.nextDouble() >= Math.exp(-delta / temp)) {
            undo();
            return;
        }
        if (delta > 0 && bestIsCurrent) {
            int n = undoN;
            int[] e = new int[n];
            int[] d = new int[n];
            int[] v = new int[n];
            for (int i = 0; i < n; i++) {
                e[i] = undoE[i];
                d[i] = undoD[i];
                v[i] = st.x[undoE[i]][undoD[i]];
            }
            undo();
            best = st.snapshot();
            redo(e, d, v, n);
            bestIsCurrent = false;
        } else if (st.hard < bestHard || (st.hard == bestHard && st.soft < bestSoft)) {
            bestHard = st.hard;
            bestSoft = st.soft;
            bestAt = ticker.getAsLong() - startedAt;
            bestIsCurrent = true;
        }
    }
}
