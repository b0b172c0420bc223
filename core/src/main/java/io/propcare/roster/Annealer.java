package io.propcare.roster;

import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

/**
 * One search trajectory: simulated annealing in cycles, each cycle starting from the best roster
 * so far and cooling geometrically, over four moves (change a day, swap two people's day, swap
 * two people's block of days, set a block of days). The trajectory depends only on the seed and
 * the step count, never on the clock; the clock only decides when it stops.
 *
 * <p>Implementation requirements: confined to one thread; the stop flag is shared.
 */
final class Annealer {
    private final RosterProblem p;
    private final SearchState st;
    private final SplittableRandom rnd;
    private final boolean[][] pinned;
    private final int[][] values;
    private final long maxSteps;
    private final long deadline;
    private final LongSupplier ticker;
    private final long startedAt;
    private final AtomicBoolean stop;
    private final long bound;
    private final int[] undoE = new int[64];
    private final int[] undoD = new int[64];
    private final int[] undoV = new int[64];
    private int undoN;
    int[][] best;
    long bestHard;
    long bestSoft;
    long bestAt;
    long steps;
    private boolean bestIsCurrent;
    private double lambda = 4;

    Annealer(RosterProblem p, int[][] start, long seed, long maxSteps, long deadline, LongSupplier ticker, long startedAt,
            AtomicBoolean stop, long bound) {
        this.p = p;
        this.st = new SearchState(p, start);
        this.rnd = new SplittableRandom(seed);
        this.maxSteps = maxSteps;
        this.deadline = deadline;
        this.ticker = ticker;
        this.startedAt = startedAt;
        this.stop = stop;
        this.bound = bound;
        pinned = new boolean[st.staff][st.days];
        for (int e = 0; e < st.staff; e++) {
            for (int d = 0; d < st.days; d++) {
                pinned[e][d] = p.pins[e][d] != RosterProblem.UNPINNED;
            }
        }
        values = new int[st.staff][];
        for (int e = 0; e < st.staff; e++) {
            int n = 1;
            for (int s = 0; s < st.shifts; s++) {
                if (p.allowed(e, s)) {
                    n++;
                }
            }
            values[e] = new int[n];
            values[e][0] = RosterProblem.OFF;
            int i = 1;
            for (int s = 0; s < st.shifts; s++) {
                if (p.allowed(e, s)) {
                    values[e][i++] = s;
                }
            }
        }
        best = st.snapshot();
        bestHard = st.hard;
        bestSoft = st.soft;
        bestAt = 0;
        bestIsCurrent = true;
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

    private boolean reached() {
        return bestHard == 0 && bestSoft <= bound;
    }

    /** Runs until the step limit, the deadline, the shared stop flag or the bound. */
    void run() {
        if (st.staff == 0 || reached()) {
            return;
        }
        long cycle = Math.max(200_000L, 40L * st.staff * st.days * (st.shifts + 1));
        double t0 = 12.0;
        double t1 = 0.15;
        double ratio = Math.log(t1 / t0);
        while (steps < maxSteps) {
            if (stop.get() || ticker.getAsLong() >= deadline) {
                break;
            }
            double temp = t0 * Math.exp(ratio * (double) (steps % cycle) / cycle);
            long batchEnd = Math.min(maxSteps, steps + 1024);
            for (; steps < batchEnd; steps++) {
                step(temp);
            }
            lambda = st.hard > 0 ? Math.min(50, lambda * 1.02) : Math.max(0.5, lambda / 1.02);
            if (steps % cycle < 1024 && steps >= cycle) {
                if (!bestIsCurrent) {
                    st.load(best);
                    bestIsCurrent = true;
                }
            }
            if (reached()) {
                stop.set(true);
                break;
            }
        }
        if (bestIsCurrent) {
            best = st.snapshot();
        }
    }

    private void set(int e, int d, int v) {
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

    private void step(double temp) {
        int staff = st.staff;
        int days = st.days;
        undoN = 0;
        long hardBefore = st.hard;
        long softBefore = st.soft;
        int r = rnd.nextInt(100);
        if (r < 35) {
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
            int a = st.x[e1][d];
            int b = st.x[e2][d];
            if (a == b || pinned[e1][d] || pinned[e2][d] || !allowedValue(e1, b) || !allowedValue(e2, a)) {
                return;
            }
            set(e1, d, b);
            set(e2, d, a);
        } else if (r < 90) {
            if (staff < 2) {
                return;
            }
            int len = 2 + rnd.nextInt(Math.min(6, days));
            int d0 = rnd.nextInt(Math.max(1, days - len + 1));
            int e1 = rnd.nextInt(staff);
            int e2 = rnd.nextInt(staff - 1);
            if (e2 >= e1) {
                e2++;
            }
            int end = Math.min(days, d0 + len);
            for (int d = d0; d < end; d++) {
                int a = st.x[e1][d];
                int b = st.x[e2][d];
                if (a != b && (pinned[e1][d] || pinned[e2][d] || !allowedValue(e1, b) || !allowedValue(e2, a))) {
                    return;
                }
            }
            for (int d = d0; d < end; d++) {
                int a = st.x[e1][d];
                int b = st.x[e2][d];
                if (a != b) {
                    set(e1, d, b);
                    set(e2, d, a);
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
        if (undoN == 0) {
            return;
        }
        double delta = (st.soft - softBefore) + lambda * (st.hard - hardBefore);
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
