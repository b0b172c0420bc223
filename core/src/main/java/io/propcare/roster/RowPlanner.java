package io.propcare.roster;

import java.util.Arrays;

/**
 * Re-optimises one person's row with every other row fixed: the row minimising the cover cost
 * it adds to the others', its own cell terms (requests, leave, change) and its own rules, found
 * by a shortest path over days.
 *
 * <p>The path's state is the day's value, the length of the current run of working days or
 * days off (capped where no rule looks further) and whether that run touches the start of the
 * horizon, so forbidden successions and the consecutive-run rules are priced exactly. When the
 * person's weekend limit is below the horizon's weekends and at most {@link #EXACT_WEEKENDS}, the
 * state also counts the weekends worked so far (up to the limit), so that limit is priced
 * exactly too. The person's other totals (shifts per type, minutes; weekends when the limit is
 * larger) are priced through Lagrangian
 * multipliers that rise while the row breaks a limit and fall while it has room; they are kept
 * per person between calls, so a later call usually needs one or two rounds. Every candidate is
 * then priced exactly ({@link #rowCost}), and the cheapest one (the current row included) is
 * returned. A hard violation weighs {@link #HARD_FACTOR} times its search score, so a row that
 * keeps every hard rule is preferred whenever the path finds one.
 *
 * <p>Fairness rules are not part of the row's price; the caller scores the row it applies.
 *
 * <p>Implementation requirements: mutable scratch space; confined to one thread.
 */
final class RowPlanner {
    /** Factor by which a hard violation's search score counts in a row's price. */
    static final long HARD_FACTOR = 1000;
    /** Lagrangian rounds per call at most. */
    private static final int MAX_ROUNDS = 10;
    /** First step of a multiplier, in objective units per shift (of the shortest type, for minutes) or weekend. */
    private static final double STEP = 24;
    /** Rounds keeping every total after which a call stops. */
    private static final int FEASIBLE_ROUNDS = 1;
    /** Growth of a multiplier's step while it keeps its direction. */
    private static final double GROW = 1.6;
    /** Shrinking of a multiplier's step when it turns. */
    private static final double SHRINK = 0.5;
    private static final double MIN_STEP = 0.25;
    /** Passes of the one-day descent at most. */
    private static final int DESCENT_PASSES = 3;
    /** Pairs of the last distinct rows spliced when no round kept every total. */
    private static final int SPLICED_PAIRS = 2;
    /** Largest tie-breaking price added to a working day, in objective units. */
    private static final double JITTER = 6;
    private static final double MAX_STEP = 4096;
    /** Largest weekend limit the path counts exactly (the count is part of its state); above it a multiplier prices weekends. */
    static final int EXACT_WEEKENDS = 7;
    private static final double INF = Double.POSITIVE_INFINITY;

    private final RosterProblem p;
    private final SearchState st;
    private final int days;
    private final int[][] values;
    private final boolean[][] pinned;
    /** Per person, how many of its values (the first ones) may go on a day that is not pinned. */
    private final int[] free;
    /** Per person and total (shift types, then maximum minutes, minimum minutes, weekends): the multiplier, in objective units per shift or weekend. */
    private final double[][] lam;
    /** Per person and total: the multiplier's current step. */
    private final double[][] step;
    /** Per person and total: the direction of the multiplier's last move (-1, 0, 1). */
    private final int[][] moved;
    private final int maxMinutesAt;
    private final int minMinutesAt;
    private final int weekendsAt;
    private final double shortest;
    private final long[][] base;
    private final boolean[][] ok;
    private final int[][] pred;
    private double[] cur;
    private double[] nxt;
    private final int[] row;
    private final int[] count;
    private int usedMinutes;
    /** The person whose costs {@link #base} holds (-1: none); the roster must not change meanwhile. */
    private int prepared = -1;
    /** Per cell value + 1, its index among the prepared person's values, or -1. */
    private final int[] index;
    private final int[][] candidates;
    private long salt;
    /**
     * Pricing mode (column generation): per day and shift, the dual price of one more person on
     * that shift, which replaces the cover cost (null: the usual mode, cover priced against the
     * other rows).
     */
    private double[][] duals;
    /** In pricing mode, per day and value index of the prepared person, the dual price the value earns. */
    private final double[][] earned;
    /** Lagrangian rounds run so far, for measurements. */
    long rounds;

    /**
     * @param st the working roster whose other rows are fixed
     * @param values per person, the values a cell may take: {@link RosterProblem#OFF} first, then the allowed shifts
     * @param pinned per person and day, whether the cell must keep its current value (which may lie outside {@code values})
     */
    RowPlanner(SearchState st, int[][] values, boolean[][] pinned) {
        this.p = st.p;
        this.st = st;
        this.days = st.days;
        this.pinned = pinned;
        this.values = new int[values.length][];
        this.free = new int[values.length];
        for (int e = 0; e < values.length; e++) {
            int[] vs = values[e].clone();
            free[e] = vs.length;
            for (int d = 0; d < days; d++) {
                int v = st.x[e][d];
                if (pinned[e][d] && indexOf(vs, v) < 0) {
                    vs = Arrays.copyOf(vs, vs.length + 1);
                    vs[vs.length - 1] = v;
                }
            }
            this.values[e] = vs;
        }
        int maxV = 1;
        for (int[] v : this.values) {
            maxV = Math.max(maxV, v.length);
        }
        maxMinutesAt = st.shifts;
        minMinutesAt = st.shifts + 1;
        weekendsAt = st.shifts + 2;
        lam = new double[st.staff][st.shifts + 3];
        step = new double[st.staff][st.shifts + 3];
        for (double[] a : step) {
            Arrays.fill(a, STEP);
        }
        moved = new int[st.staff][st.shifts + 3];
        int least = Integer.MAX_VALUE;
        for (int m : p.shiftMinutes) {
            least = Math.min(least, Math.max(1, m));
        }
        shortest = least == Integer.MAX_VALUE ? 480 : least;
        base = new long[days][maxV];
        earned = new double[days][maxV];
        ok = new boolean[days][maxV];
        row = new int[days];
        count = new int[st.shifts];
        index = new int[st.shifts + 1];
        candidates = new int[MAX_ROUNDS][days];
        int states = 0;
        for (int e = 0; e < st.staff; e++) {
            states = Math.max(states, this.values[e].length * 2 * runCap(e) * weekendStates(e));
        }
        pred = new int[days][states];
        cur = new double[states];
        nxt = new double[states];
    }

    private int workCap(int e) {
        int maxCons = p.maxCons[e];
        int longest = days + (p.tails[e] == null ? 0 : Math.min(p.tails[e].workedDays(), days + 1));
        int cap = maxCons < longest ? Math.max(maxCons + 1, p.minCons[e]) : p.minCons[e];
        return Math.max(1, Math.min(cap, longest + 1));
    }

    private int offCap(int e) {
        return Math.max(1, Math.min(p.minConsOff[e], days + 1));
    }

    private int runCap(int e) {
        return Math.max(workCap(e), offCap(e));
    }

    /** Whether the path counts the person's worked weekends exactly instead of pricing them by a multiplier. */
    private boolean exactWeekends(int e) {
        return p.maxWeekends[e] < p.weekendCount && p.maxWeekends[e] <= EXACT_WEEKENDS
                && st.unit(RuleKind.MAX_WEEKENDS, 1) > 0;
    }

    /** The number of worked-weekend counts the path tells apart for a person (1 when it does not count them). */
    int weekendStates(int e) {
        return exactWeekends(e) ? p.maxWeekends[e] + 1 : 1;
    }

    /**
     * The cheapest row found for a person, given every other row as it stands now.
     *
     * @param e the person
     * @return a new array of cell values (possibly equal to the current row)
     */
    int[] plan(int e) {
        salt++;
        int[] current = st.x[e];
        int[] bestRow = current.clone();
        if (!prepare(e)) {
            prepared = -1;
            return bestRow;
        }
        double bestCost = score(e, current);
        int feasibleRounds = 0;
        int tried = 0;
        for (int k = 0; k < MAX_ROUNDS; k++) {
            rounds++;
            if (!path(e)) {
                break;
            }
            if (tried == 0 || !Arrays.equals(row, candidates[tried - 1])) {
                System.arraycopy(row, 0, candidates[tried++], 0, days);
            }
            double c = score(e, row);
            if (c < bestCost) {
                bestCost = c;
                bestRow = row.clone();
            }
            if (!updateMultipliers(e)) {
                if (multipliersZero(e) || ++feasibleRounds >= FEASIBLE_ROUNDS) {
                    break;
                }
            }
        }
        if (tried > 1 && breaksTotals(e, bestRow)) {
            for (int i = Math.max(1, tried - SPLICED_PAIRS); i < tried; i++) {
                for (int way = 0; way < 2; way++) {
                    int[] a = candidates[way == 0 ? i - 1 : i];
                    int[] b = candidates[way == 0 ? i : i - 1];
                    System.arraycopy(b, 0, row, 0, days);
                    for (int cut = 0; cut < days - 1; cut++) {
                        row[cut] = a[cut];
                        double c = score(e, row);
                        if (c < bestCost) {
                            bestCost = c;
                            bestRow = row.clone();
                        }
                    }
                }
            }
        }
        if (breaksTotals(e, bestRow)) {
            bestRow = descend(e, bestRow, bestCost);
        }
        prepared = -1;
        return bestRow;
    }

    /**
     * Improves a row one day (or a weekend-sized pair of days set off) at a time while its price
     * falls: the last resort for a row whose totals the multipliers and splicing could not keep.
     */
    private int[] descend(int e, int[] start, double startCost) {
        int[] r = start.clone();
        double cost = startCost;
        int[] vs = values[e];
        for (int pass = 0; pass < DESCENT_PASSES; pass++) {
            boolean improved = false;
            for (int d = 0; d < days; d++) {
                int keep = r[d];
                for (int i = 0; i < vs.length; i++) {
                    if (!ok[d][i] || vs[i] == keep) {
                        continue;
                    }
                    r[d] = vs[i];
                    double c = score(e, r);
                    if (c < cost) {
                        cost = c;
                        keep = vs[i];
                        improved = true;
                    }
                }
                r[d] = keep;
                if (d + 1 < days && r[d] >= 0 && r[d + 1] >= 0 && ok[d][0] && ok[d + 1][0]) {
                    int next = r[d + 1];
                    r[d] = RosterProblem.OFF;
                    r[d + 1] = RosterProblem.OFF;
                    double c = score(e, r);
                    if (c < cost) {
                        cost = c;
                        improved = true;
                    } else {
                        r[d] = keep;
                        r[d + 1] = next;
                    }
                }
            }
            if (!improved) {
                break;
            }
        }
        return r;
    }

    /** Whether a row breaks one of the person's totals (shifts per type, minutes, weekends). */
    private boolean breaksTotals(int e, int[] r) {
        int weekends = usage(r);
        for (int s = 0; s < st.shifts; s++) {
            if (count[s] > p.maxShifts[e][s] && st.unit(RuleKind.MAX_SHIFTS_PER_TYPE, 1) > 0) {
                return true;
            }
        }
        return (usedMinutes > p.maxMinutes[e] && st.unit(RuleKind.MAX_TOTAL_MINUTES, 1) > 0)
                || (usedMinutes < p.minMinutes[e] && st.unit(RuleKind.MIN_TOTAL_MINUTES, 1) > 0)
                || (weekends > p.maxWeekends[e] && st.unit(RuleKind.MAX_WEEKENDS, 1) > 0);
    }

    /**
     * Counts a row's totals into {@link #count} (per type) and {@link #usedMinutes}.
     *
     * @return the worked weekends
     */
    private int usage(int[] r) {
        Arrays.fill(count, 0);
        usedMinutes = 0;
        int weekends = 0;
        for (int d = 0; d < days; d++) {
            int v = r[d];
            if (v >= 0) {
                count[v]++;
                usedMinutes += p.shiftMinutes[v];
                if (p.weekendOf[d] >= 0 && (d == 0 || p.weekendOf[d - 1] != p.weekendOf[d] || r[d - 1] < 0)) {
                    weekends++;
                }
            }
        }
        return weekends;
    }

    private boolean multipliersZero(int e) {
        for (double l : lam[e]) {
            if (l != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Moves the multipliers along the row's violations (and slack).
     *
     * @return whether the row breaks a total (shifts per type, minutes, weekends)
     */
    private boolean updateMultipliers(int e) {
        int weekends = usage(row);
        int minutes = usedMinutes;
        boolean broken = false;
        if (st.unit(RuleKind.MAX_SHIFTS_PER_TYPE, 1) > 0) {
            for (int s = 0; s < st.shifts; s++) {
                if (p.maxShifts[e][s] < days) {
                    broken |= move(e, s, count[s] - p.maxShifts[e][s]);
                }
            }
        }
        if (st.unit(RuleKind.MAX_TOTAL_MINUTES, 1) > 0) {
            broken |= move(e, maxMinutesAt, minutes - p.maxMinutes[e]);
        }
        if (st.unit(RuleKind.MIN_TOTAL_MINUTES, 1) > 0) {
            broken |= move(e, minMinutesAt, p.minMinutes[e] - minutes);
        }
        if (st.unit(RuleKind.MAX_WEEKENDS, 1) > 0 && p.maxWeekends[e] < p.weekendCount) {
            if (exactWeekends(e)) {
                broken |= weekends > p.maxWeekends[e];
            } else {
                broken |= move(e, weekendsAt, weekends - p.maxWeekends[e]);
            }
        }
        return broken;
    }

    /**
     * Moves one multiplier: up while its total is exceeded, down while there is room, with a
     * step that grows while the direction holds and halves when it turns.
     *
     * @param excess how far the total exceeds its limit (0 or less: within it)
     * @return whether the limit is exceeded
     */
    private boolean move(int e, int r, int excess) {
        int dir = excess > 0 ? 1 : lam[e][r] > 0 ? -1 : 0;
        if (dir == 0) {
            moved[e][r] = 0;
            return false;
        }
        double s = step[e][r];
        s = moved[e][r] == dir ? s * GROW : moved[e][r] == -dir ? s * SHRINK : s;
        s = Math.max(MIN_STEP, Math.min(MAX_STEP, s));
        step[e][r] = s;
        moved[e][r] = dir;
        lam[e][r] = Math.max(0, lam[e][r] + dir * s);
        return excess > 0;
    }

    /**
     * Fills the cost of every value on every day, with the person's own cover taken out.
     *
     * @return false if a pinned cell holds a value the person may not take (the row is then left alone)
     */
    private boolean prepare(int e) {
        int[] vs = values[e];
        prepared = e;
        Arrays.fill(index, -1);
        for (int i = 0; i < vs.length; i++) {
            index[vs[i] + 1] = i;
        }
        for (int d = 0; d < days; d++) {
            int own = st.x[e][d];
            for (int i = 0; i < vs.length; i++) {
                int v = vs[i];
                ok[d][i] = pinned[e][d] ? v == own : i < free[e];
                long c = st.cellCost(e, d, v, HARD_FACTOR);
                if (duals != null) {
                    earned[d][i] = v >= 0 ? duals[d][v] : 0;
                } else if (v >= 0) {
                    int others = st.coverCount(d, v) - (own == v ? 1 : 0);
                    c += st.coverCostAt(d, v, others + 1, HARD_FACTOR) - st.coverCostAt(d, v, others, HARD_FACTOR);
                }
                base[d][i] = c;
            }
            if (pinned[e][d] && indexOf(vs, own) < 0) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(int[] vs, int v) {
        for (int i = 0; i < vs.length; i++) {
            if (vs[i] == v) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The exact price of a row for a person, every other row as it stands: its cells, the cover
     * it adds, its successions, runs and totals. Fairness is left out.
     */
    long rowCost(int e, int[] r) {
        if (prepared != e) {
            Arrays.fill(index, -1);
        }
        long c = 0;
        int minutes = 0;
        int weekends = 0;
        Arrays.fill(count, 0);
        int own;
        for (int d = 0; d < days; d++) {
            int v = r[d];
            int i = index[v + 1];
            if (prepared == e && i >= 0) {
                c += base[d][i];
            } else {
                own = st.x[e][d];
                c += st.cellCost(e, d, v, HARD_FACTOR);
                if (v >= 0 && duals == null) {
                    int others = st.coverCount(d, v) - (own == v ? 1 : 0);
                    c += st.coverCostAt(d, v, others + 1, HARD_FACTOR) - st.coverCostAt(d, v, others, HARD_FACTOR);
                }
            }
            if (v >= 0) {
                count[v]++;
                minutes += p.shiftMinutes[v];
                if (p.weekendOf[d] >= 0 && (d == 0 || p.weekendOf[d - 1] != p.weekendOf[d] || r[d - 1] < 0)) {
                    weekends++;
                }
            }
            int prev = d == 0 ? (p.tails[e] == null ? RosterProblem.OFF : p.tailLastShift[e]) : r[d - 1];
            if (prev >= 0 && v >= 0 && p.forbidden[prev][v]) {
                c += st.unit(RuleKind.FORBIDDEN_SUCCESSION, HARD_FACTOR);
            }
        }
        for (int s = 0; s < st.shifts; s++) {
            if (count[s] > p.maxShifts[e][s]) {
                c += st.unit(RuleKind.MAX_SHIFTS_PER_TYPE, HARD_FACTOR) * (count[s] - p.maxShifts[e][s]);
            }
        }
        if (minutes > p.maxMinutes[e]) {
            c += st.unit(RuleKind.MAX_TOTAL_MINUTES, HARD_FACTOR) * (minutes - p.maxMinutes[e] + minuteFloor(RuleKind.MAX_TOTAL_MINUTES));
        } else if (minutes < p.minMinutes[e]) {
            c += st.unit(RuleKind.MIN_TOTAL_MINUTES, HARD_FACTOR) * (p.minMinutes[e] - minutes + minuteFloor(RuleKind.MIN_TOTAL_MINUTES));
        }
        if (weekends > p.maxWeekends[e]) {
            c += st.unit(RuleKind.MAX_WEEKENDS, HARD_FACTOR) * (weekends - p.maxWeekends[e]);
        }
        c += st.runsPrice(e, r, HARD_FACTOR);
        return c;
    }

    /**
     * What the search minimises for a row: its price ({@link #rowCost}) and, in pricing mode,
     * less the dual prices its shifts earn (the row's reduced cost but for the person's own dual).
     */
    private double score(int e, int[] r) {
        double c = rowCost(e, r);
        if (duals != null) {
            for (int d = 0; d < days; d++) {
                if (r[d] >= 0) {
                    c -= duals[d][r[d]];
                }
            }
        }
        return c;
    }

    /**
     * Switches to pricing mode for column generation: the cover cost of a row is replaced by
     * the dual prices it earns, and {@link #plan} returns a row of least reduced cost it finds.
     * {@link #rowCost} then leaves the cover out.
     *
     * @param prices per day and shift, the dual price of the day's cover of that shift (the array is read at each call, not copied); null for the usual mode
     */
    void priceWith(double[][] prices) {
        duals = prices;
    }

        private long minuteFloor(RuleKind k) {
        return st.isHard(k) ? SearchState.HARD_SCALE / SearchState.MINUTE_SCALE : 0;
    }

    /**
     * Runs the shortest path with the current multipliers and leaves its row in {@link #row}.
     *
     * <p>A state is (value, whether the run touches the start of the horizon, the run's length,
     * the worked weekends so far); the last part has one value only when weekends are priced by
     * a multiplier. State index: {@code value * group + ((touches * cap + length - 1) * nw + weekends)}.
     *
     * @return false if no row respects the pins (cannot happen when the current row does)
     */
    private boolean path(int e) {
        int[] vs = values[e];
        int nv = vs.length;
        int lw = workCap(e);
        int lo = offCap(e);
        int cap = Math.max(lw, lo);
        boolean exact = exactWeekends(e);
        int nw = exact ? p.maxWeekends[e] + 1 : 1;
        int maxW = nw - 1;
        int group = 2 * cap * nw;
        int n = nv * group;
        int maxCons = p.maxCons[e];
        int minCons = p.minCons[e];
        int minOff = p.minConsOff[e];
        long forb = st.unit(RuleKind.FORBIDDEN_SUCCESSION, HARD_FACTOR);
        long overRun = st.unit(RuleKind.MAX_CONSECUTIVE_SHIFTS, HARD_FACTOR);
        long shortRun = st.unit(RuleKind.MIN_CONSECUTIVE_SHIFTS, HARD_FACTOR);
        long shortRest = st.unit(RuleKind.MIN_CONSECUTIVE_DAYS_OFF, HARD_FACTOR);
        long overWeekend = exact ? st.unit(RuleKind.MAX_WEEKENDS, HARD_FACTOR) : 0;
        double weekendPrice = exact ? 0 : lam[e][weekendsAt];
        // starting a worked weekend with w weekends already worked: its price and the count after it
        double[] startPrice = new double[nw];
        int[] after = new int[nw];
        for (int w = 0; w < nw; w++) {
            startPrice[w] = exact ? (w >= maxW ? overWeekend : 0) : weekendPrice;
            after[w] = exact ? Math.min(w + 1, maxW) : 0;
        }
        double[] adj = new double[nv];
        double[] bestCost = new double[group];
        int[] bestIdx = new int[group];
        double[] secondCost = new double[group];
        int[] secondIdx = new int[group];
        Arrays.fill(cur, 0, n, INF);
        // day 0, from the tail (or from an open start); as in the search score, the tail only
        // lengthens a run that day 0 continues, and a run the tail ends is not checked
        Tail tail = p.tails[e];
        prices(e, 0, adj);
        boolean weekend0 = p.weekendOf[0] >= 0;
        for (int j = 0; j < nv; j++) {
            if (!ok[0][j]) {
                continue;
            }
            double c = adj[j];
            boolean work = vs[j] >= 0;
            int w = work && weekend0 ? after[0] : 0;
            if (work && weekend0) {
                c += startPrice[0];
            }
            int state;
            if (tail == null) {
                state = j * group + (cap * nw + w);
            } else if (tail.workedDays() > 0) {
                if (work) {
                    int last = p.tailLastShift[e];
                    if (last >= 0 && p.forbidden[last][vs[j]]) {
                        c += forb;
                    }
                    int nl = tail.workedDays() + 1;
                    if (nl > maxCons) {
                        c += overRun * (nl - maxCons);
                    }
                    state = j * group + ((Math.min(nl, lw) - 1) * nw + w);
                } else {
                    state = 0;
                }
            } else {
                int len = Math.min(tail.daysOff(), lo);
                state = work ? j * group + w : (Math.min(len + 1, lo) - 1) * nw;
            }
            if (c < cur[state]) {
                cur[state] = c;
                pred[0][state] = -1;
            }
        }
        for (int d = 1; d < days; d++) {
            Arrays.fill(nxt, 0, n, INF);
            int[] pr = pred[d];
            prices(e, d, adj);
            boolean weekendDay = p.weekendOf[d] >= 0;
            boolean weekendGoesOn = weekendDay && p.weekendOf[d - 1] == p.weekendOf[d];
            for (int g = 0; g < group; g++) {
                double b = INF;
                double b2 = INF;
                int bi = -1;
                int bi2 = -1;
                for (int i = 1; i < nv; i++) {
                    double c = cur[i * group + g];
                    if (c < b) {
                        b2 = b;
                        bi2 = bi;
                        b = c;
                        bi = i;
                    } else if (c < b2) {
                        b2 = c;
                        bi2 = i;
                    }
                }
                bestCost[g] = b;
                bestIdx[g] = bi;
                secondCost[g] = b2;
                secondIdx[g] = bi2;
            }
            for (int j = 0; j < nv; j++) {
                if (!ok[d][j]) {
                    continue;
                }
                double cj = adj[j];
                if (j == 0) {
                    for (int o = 0; o < 2; o++) {
                        for (int w = 0; w < nw; w++) {
                            int to = w;
                            for (int len = 1; len <= lw; len++) {
                                int g = (o * cap + len - 1) * nw + w;
                                if (bestIdx[g] < 0 || bestCost[g] == INF) {
                                    continue;
                                }
                                double c = bestCost[g] + cj + (o == 0 && len < minCons ? shortRun * (minCons - len) : 0);
                                if (c < nxt[to]) {
                                    nxt[to] = c;
                                    pr[to] = bestIdx[g] * group + g;
                                }
                            }
                            for (int len = 1; len <= lo; len++) {
                                int from = (o * cap + len - 1) * nw + w;
                                double c = cur[from];
                                if (c == INF) {
                                    continue;
                                }
                                int t = (o * cap + Math.min(len + 1, lo) - 1) * nw + w;
                                c += cj;
                                if (c < nxt[t]) {
                                    nxt[t] = c;
                                    pr[t] = from;
                                }
                            }
                        }
                    }
                } else {
                    int shift = vs[j];
                    int base = j * group;
                    for (int o = 0; o < 2; o++) {
                        for (int w = 0; w < nw; w++) {
                            double startsWeekend = weekendDay ? startPrice[w] : 0;
                            int wStart = weekendDay ? after[w] : w;
                            double continues = weekendGoesOn ? 0 : startsWeekend;
                            int wWork = weekendGoesOn ? w : wStart;
                            for (int len = 1; len <= lw; len++) {
                                int g = (o * cap + len - 1) * nw + w;
                                int bi = bestIdx[g];
                                if (bi < 0 || bestCost[g] == INF) {
                                    continue;
                                }
                                double c = bestCost[g];
                                int bi2 = secondIdx[g];
                                if (p.forbidden[vs[bi]][shift] && bi2 >= 0 && !p.forbidden[vs[bi2]][shift]) {
                                    if (secondCost[g] < c + forb) {
                                        c = secondCost[g];
                                        bi = bi2;
                                    } else {
                                        c += forb;
                                    }
                                } else if (p.forbidden[vs[bi]][shift]) {
                                    c = INF;
                                    for (int i = 1; i < nv; i++) {
                                        double ci = cur[i * group + g] + (p.forbidden[vs[i]][shift] ? forb : 0);
                                        if (ci < c) {
                                            c = ci;
                                            bi = i;
                                        }
                                    }
                                }
                                int nl = len + 1;
                                if (nl > maxCons) {
                                    c += overRun;
                                }
                                c += cj + continues;
                                int t = base + (o * cap + Math.min(nl, lw) - 1) * nw + wWork;
                                if (c < nxt[t]) {
                                    nxt[t] = c;
                                    pr[t] = bi * group + g;
                                }
                            }
                            int t = base + wStart;
                            for (int len = 1; len <= lo; len++) {
                                int from = (o * cap + len - 1) * nw + w;
                                double c = cur[from];
                                if (c == INF) {
                                    continue;
                                }
                                c += cj + startsWeekend + (o == 0 && len < minOff ? shortRest * (minOff - len) : 0);
                                if (c < nxt[t]) {
                                    nxt[t] = c;
                                    pr[t] = from;
                                }
                            }
                        }
                    }
                }
            }
            double[] swap = cur;
            cur = nxt;
            nxt = swap;
        }
        int best = -1;
        double b = INF;
        for (int s = 0; s < n; s++) {
            if (cur[s] < b) {
                b = cur[s];
                best = s;
            }
        }
        if (best < 0) {
            return false;
        }
        for (int d = days - 1; d >= 0; d--) {
            row[d] = vs[best / group];
            best = pred[d][best];
        }
        return true;
    }

    /**
     * A small price between 0 and {@link #JITTER} that differs by day, shift and call, so that
     * equally good days do not all cross a multiplier's threshold at once (added only while a
     * multiplier is positive, so a row whose totals never bind is planned exactly).
     */
    private double jitter(int e, int d, int v) {
        long z = salt + 0x9E3779B97F4A7C15L * (((long) e * days + d) * 64 + v + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return ((z ^ (z >>> 31)) >>> 11) * 0x1.0p-53 * JITTER;
    }

    /** The price of each value on a day: its cell and cover cost plus the multipliers of the totals it uses. */
    private void prices(int e, int d, double[] adj) {
        int[] vs = values[e];
        double[] l = lam[e];
        double perMinute = (l[maxMinutesAt] - l[minMinutesAt]) / shortest;
        boolean priced = !multipliersZero(e);
        for (int i = 0; i < vs.length; i++) {
            int v = vs[i];
            adj[i] = v < 0 ? base[d][i] : base[d][i] + l[v] + perMinute * p.shiftMinutes[v]
                    + (priced ? jitter(e, d, v) : 0) - (duals == null ? 0 : earned[d][i]);
        }
    }
}
