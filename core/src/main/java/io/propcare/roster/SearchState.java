package io.propcare.roster;

import java.util.Arrays;

/**
 * The solver's working roster with an incrementally maintained score in two parts: the soft
 * part is the objective; the hard part counts each hard violation's cost times
 * {@link #HARD_SCALE} (per minute: {@link #MINUTE_SCALE}). The search weighs the hard part with
 * a varying multiplier and chooses the best roster by hard part first.
 *
 * <p>Implementation requirements: mutable; confined to one thread.
 */
final class SearchState {
    /** Multiplier of a hard rule's cost in the search score. */
    static final long HARD_SCALE = 500;
    /** Multiplier of a hard rule's cost per minute (the minute rules). */
    static final long MINUTE_SCALE = 1;

    final RosterProblem p;
    final int staff;
    final int days;
    final int shifts;
    final int[][] x;
    private final int[][] count;
    private final int[] minutes;
    private final int[][] weekendDays;
    private final int[] weekends;
    private final int[][] cover;
    private final int[][] fairCount;
    private final int[][] fairShare;
    private final long[] coef = new long[RuleKind.values().length];
    private final boolean[] hardKind = new boolean[RuleKind.values().length];
    private final long[] cellHard;
    private final long[] cellSoft;
    private static final RuleKind[] FAIR = {RuleKind.FAIRNESS_NIGHTS, RuleKind.FAIRNESS_WEEKENDS, RuleKind.FAIRNESS_HOLIDAYS};
    long hard;
    long soft;

    SearchState(RosterProblem p, int[][] start) {
        this.p = p;
        staff = p.staffCount();
        days = p.days;
        shifts = p.shiftCount();
        for (RuleKind k : RuleKind.values()) {
            p.rule(k).ifPresent(r -> {
                hardKind[k.ordinal()] = r.hard();
                coef[k.ordinal()] = scale(k, r.hard()) * r.weight();
            });
        }
        x = new int[staff][days];
        count = new int[staff][shifts];
        minutes = new int[staff];
        weekendDays = new int[staff][Math.max(1, p.weekendCount)];
        weekends = new int[staff];
        cover = new int[days][shifts];
        fairCount = new int[FAIR.length][staff];
        fairShare = new int[FAIR.length][];
        for (int i = 0; i < FAIR.length; i++) {
            fairShare[i] = p.active(FAIR[i]) ? p.fairShare(FAIR[i]) : null;
        }
        cellHard = new long[staff * days * (shifts + 1)];
        cellSoft = new long[staff * days * (shifts + 1)];
        for (RosterProblem.Request r : p.requests) {
            for (int v = RosterProblem.OFF; v < shifts; v++) {
                boolean violated = r.on() ? v != r.shift() : r.shift() == RosterProblem.ANY ? v != RosterProblem.OFF : v == r.shift();
                if (violated) {
                    cellAdd(r.on() ? RuleKind.SHIFT_ON_REQUEST : RuleKind.SHIFT_OFF_REQUEST, r.staff(), r.day(), v, r.weight());
                }
            }
        }
        for (int e = 0; e < staff; e++) {
            for (int d = 0; d < days; d++) {
                for (int v = 0; v < shifts; v++) {
                    if (p.leave[e][d]) {
                        cellAdd(RuleKind.LEAVE, e, d, v, 1);
                    }
                    if (!p.qualified[e][v]) {
                        cellAdd(RuleKind.QUALIFICATION, e, d, v, 1);
                    }
                }
                if (p.reference != null) {
                    for (int v = RosterProblem.OFF; v < shifts; v++) {
                        if (v != p.reference[e][d]) {
                            cellAdd(RuleKind.CHANGE, e, d, v, 1);
                        }
                    }
                }
            }
        }
        load(start);
    }

    static long scale(RuleKind k, boolean hardRule) {
        if (!hardRule) {
            return 1;
        }
        return k == RuleKind.MAX_TOTAL_MINUTES || k == RuleKind.MIN_TOTAL_MINUTES ? MINUTE_SCALE : HARD_SCALE;
    }

    private void cellAdd(RuleKind k, int e, int d, int v, long lineWeight) {
        int i = (e * days + d) * (shifts + 1) + v + 1;
        if (hardKind[k.ordinal()]) {
            cellHard[i] += coef[k.ordinal()] * lineWeight;
        } else {
            cellSoft[i] += coef[k.ordinal()] * lineWeight;
        }
    }

    /** Replaces the whole roster and recomputes everything. */
    void load(int[][] grid) {
        for (int e = 0; e < staff; e++) {
            System.arraycopy(grid[e], 0, x[e], 0, days);
        }
        recompute();
    }

    /** Recomputes all counters and the score from the cells. */
    void recompute() {
        for (int[] r : count) {
            Arrays.fill(r, 0);
        }
        Arrays.fill(minutes, 0);
        for (int[] r : weekendDays) {
            Arrays.fill(r, 0);
        }
        Arrays.fill(weekends, 0);
        for (int[] r : cover) {
            Arrays.fill(r, 0);
        }
        for (int[] r : fairCount) {
            Arrays.fill(r, 0);
        }
        hard = 0;
        soft = 0;
        for (int e = 0; e < staff; e++) {
            for (int d = 0; d < days; d++) {
                int v = x[e][d];
                int ci = (e * days + d) * (shifts + 1) + v + 1;
                hard += cellHard[ci];
                soft += cellSoft[ci];
                if (v < 0) {
                    continue;
                }
                count[e][v]++;
                minutes[e] += p.shiftMinutes[v];
                cover[d][v]++;
                if (p.weekendOf[d] >= 0 && weekendDays[e][p.weekendOf[d]]++ == 0) {
                    weekends[e]++;
                }
                for (int f = 0; f < FAIR.length; f++) {
                    if (p.counts(FAIR[f], d, v)) {
                        fairCount[f][e]++;
                    }
                }
            }
            for (int d = 0; d < days; d++) {
                forbidden(e, d == 0 ? tailShift(e) : x[e][d - 1], x[e][d], 1);
            }
            for (int s = 0; s < shifts; s++) {
                maxShifts(e, s, 1);
            }
            minutesCost(e, 1);
            weekendCost(e, 1);
            for (int f = 0; f < FAIR.length; f++) {
                fairCost(f, e, 1);
            }
            runs(e, 0, days - 1, 1);
        }
        for (int d = 0; d < days; d++) {
            for (int s = 0; s < shifts; s++) {
                coverCost(d, s, 1);
            }
        }
    }

    long score() {
        return hard + soft;
    }

    private int tailShift(int e) {
        return p.tails[e] == null ? RosterProblem.OFF : p.tailLastShift[e];
    }

    private void acc(RuleKind k, long units) {
        int i = k.ordinal();
        if (hardKind[i]) {
            hard += coef[i] * units;
        } else {
            soft += coef[i] * units;
        }
    }

    private void coverCost(int d, int s, int sign) {
        int n = cover[d][s];
        int req = p.coverReq[d][s];
        if (n < req) {
            acc(RuleKind.COVER_UNDER, sign * (long) (req - n) * p.coverUnder[d][s]);
        } else if (n > req) {
            acc(RuleKind.COVER_OVER, sign * (long) (n - req) * p.coverOver[d][s]);
        }
    }

    private void forbidden(int e, int a, int b, int sign) {
        if (a >= 0 && b >= 0 && p.forbidden[a][b]) {
            acc(RuleKind.FORBIDDEN_SUCCESSION, sign);
        }
    }

    private void maxShifts(int e, int s, int sign) {
        int over = count[e][s] - p.maxShifts[e][s];
        if (over > 0) {
            acc(RuleKind.MAX_SHIFTS_PER_TYPE, sign * (long) over);
        }
    }

    private void minutesCost(int e, int sign) {
        int m = minutes[e];
        if (m > p.maxMinutes[e]) {
            acc(RuleKind.MAX_TOTAL_MINUTES, sign * (m - p.maxMinutes[e] + minuteFloor(RuleKind.MAX_TOTAL_MINUTES)));
        } else if (m < p.minMinutes[e]) {
            acc(RuleKind.MIN_TOTAL_MINUTES, sign * (p.minMinutes[e] - m + minuteFloor(RuleKind.MIN_TOTAL_MINUTES)));
        }
    }

    /** A hard minute rule costs at least as much as any other hard violation, however few the minutes. */
    private long minuteFloor(RuleKind k) {
        return hardKind[k.ordinal()] ? HARD_SCALE / MINUTE_SCALE : 0;
    }

    private void weekendCost(int e, int sign) {
        int over = weekends[e] - p.maxWeekends[e];
        if (over > 0) {
            acc(RuleKind.MAX_WEEKENDS, sign * (long) over);
        }
    }

    private void fairCost(int f, int e, int sign) {
        int[] share = fairShare[f];
        if (share == null || !p.eligibleFor(FAIR[f], e)) {
            return;
        }
        int n = fairCount[f][e];
        if (n > share[1]) {
            acc(FAIR[f], sign * (long) (n - share[1]));
        } else if (n < share[0]) {
            acc(FAIR[f], sign * (long) (share[0] - n));
        }
    }

    /** Adds (sign 1) or removes (sign -1) the cost of the maximal runs lying in [from, to]. */
    private void runs(int e, int from, int to, int sign) {
        int[] row = x[e];
        int d = from;
        while (d <= to) {
            int end = runEnd(row, d, to);
            runCost(e, d, end, row[d] >= 0, sign);
            d = end + 1;
        }
    }

    /** The last day, at most {@code to}, of the run of working days or days off that holds day {@code d}. */
    private static int runEnd(int[] row, int d, int to) {
        boolean working = row[d] >= 0;
        int end = d;
        while (end < to && (row[end + 1] >= 0) == working) {
            end++;
        }
        return end;
    }

    /** The length a maximal run [from, to] counts with: the tail's run is added when day 0 continues it. */
    private int runLength(int e, int from, int to, boolean working) {
        Tail tail = p.tails[e];
        int len = to - from + 1;
        if (from == 0 && tail != null) {
            len += working ? tail.workedDays() : tail.daysOff();
        }
        return len;
    }

    /** Whether the minimum-run rules check a maximal run [from, to]: not when it touches the horizon's edge. */
    private boolean closedRun(int e, int from, int to) {
        return (from > 0 || p.tails[e] != null) && to < days - 1;
    }

    /** Adds (sign 1) or removes (sign -1) the cost of the maximal run [from, to]. */
    private void runCost(int e, int from, int to, boolean working, int sign) {
        int len = runLength(e, from, to, working);
        boolean closed = closedRun(e, from, to);
        if (working) {
            acc(RuleKind.MAX_CONSECUTIVE_SHIFTS, sign * (long) Math.max(0, len - p.maxCons[e]));
            acc(RuleKind.MIN_CONSECUTIVE_SHIFTS, closed ? sign * (long) Math.max(0, p.minCons[e] - len) : 0);
        } else {
            acc(RuleKind.MIN_CONSECUTIVE_DAYS_OFF, closed ? sign * (long) Math.max(0, p.minConsOff[e] - len) : 0);
        }
    }

    /**
     * The cost of the runs of a whole row of person {@code e} (not necessarily its current one),
     * hard part times {@code hardFactor}.
     */
    long runsPrice(int e, int[] row, long hardFactor) {
        long c = 0;
        int d = 0;
        while (d < days) {
            int end = runEnd(row, d, days - 1);
            int len = runLength(e, d, end, row[d] >= 0);
            boolean closed = closedRun(e, d, end);
            if (row[d] >= 0) {
                c += unit(RuleKind.MAX_CONSECUTIVE_SHIFTS, hardFactor) * Math.max(0, len - p.maxCons[e]);
                c += closed ? unit(RuleKind.MIN_CONSECUTIVE_SHIFTS, hardFactor) * Math.max(0, p.minCons[e] - len) : 0;
            } else {
                c += closed ? unit(RuleKind.MIN_CONSECUTIVE_DAYS_OFF, hardFactor) * Math.max(0, p.minConsOff[e] - len) : 0;
            }
            d = end + 1;
        }
        return c;
    }

    /**
     * Sets one cell and updates the score.
     *
     * @return the change of {@link #score()}
     */
    long change(int e, int d, int v) {
        int old = x[e][d];
        if (old == v) {
            return 0;
        }
        long before = hard + soft;
        int base = (e * days + d) * (shifts + 1) + 1;
        hard += cellHard[base + v] - cellHard[base + old];
        soft += cellSoft[base + v] - cellSoft[base + old];
        int prev = d == 0 ? tailShift(e) : x[e][d - 1];
        int next = d + 1 < days ? x[e][d + 1] : RosterProblem.OFF;
        forbidden(e, prev, old, -1);
        forbidden(e, old, next, -1);
        forbidden(e, prev, v, 1);
        forbidden(e, v, next, 1);
        minutesCost(e, -1);
        if (old >= 0) {
            coverCost(d, old, -1);
            cover[d][old]--;
            coverCost(d, old, 1);
            maxShifts(e, old, -1);
            count[e][old]--;
            maxShifts(e, old, 1);
            minutes[e] -= p.shiftMinutes[old];
        }
        if (v >= 0) {
            coverCost(d, v, -1);
            cover[d][v]++;
            coverCost(d, v, 1);
            maxShifts(e, v, -1);
            count[e][v]++;
            maxShifts(e, v, 1);
            minutes[e] += p.shiftMinutes[v];
        }
        minutesCost(e, 1);
        for (int f = 0; f < FAIR.length; f++) {
            if (fairShare[f] == null) {
                continue;
            }
            int delta = (v >= 0 && p.counts(FAIR[f], d, v) ? 1 : 0) - (old >= 0 && p.counts(FAIR[f], d, old) ? 1 : 0);
            if (delta != 0) {
                fairCost(f, e, -1);
                fairCount[f][e] += delta;
                fairCost(f, e, 1);
            }
        }
        if ((old >= 0) != (v >= 0)) {
            int k = p.weekendOf[d];
            if (k >= 0) {
                weekendCost(e, -1);
                if (v >= 0) {
                    if (weekendDays[e][k]++ == 0) {
                        weekends[e]++;
                    }
                } else if (--weekendDays[e][k] == 0) {
                    weekends[e]--;
                }
                weekendCost(e, 1);
            }
            int[] row = x[e];
            boolean was = old >= 0;
            boolean now = !was;
            boolean leftWorking = false;
            int leftLen = 0;
            if (d > 0) {
                leftWorking = row[d - 1] >= 0;
                int i = d - 1;
                while (i >= 0 && (row[i] >= 0) == leftWorking) {
                    i--;
                }
                leftLen = d - 1 - i;
            }
            boolean rightWorking = false;
            int rightLen = 0;
            if (d < days - 1) {
                rightWorking = row[d + 1] >= 0;
                int i = d + 1;
                while (i < days && (row[i] >= 0) == rightWorking) {
                    i++;
                }
                rightLen = i - d - 1;
            }
            boolean leftIsWas = leftLen > 0 && leftWorking == was;
            boolean rightIsWas = rightLen > 0 && rightWorking == was;
            runCost(e, d - (leftIsWas ? leftLen : 0), d + (rightIsWas ? rightLen : 0), was, -1);
            if (leftLen > 0 && !leftIsWas) {
                runCost(e, d - leftLen, d - 1, leftWorking, -1);
            }
            if (rightLen > 0 && !rightIsWas) {
                runCost(e, d + 1, d + rightLen, rightWorking, -1);
            }
            row[d] = v;
            runCost(e, d - (leftIsWas ? 0 : leftLen), d + (rightIsWas ? 0 : rightLen), now, 1);
            if (leftIsWas) {
                runCost(e, d - leftLen, d - 1, leftWorking, 1);
            }
            if (rightIsWas) {
                runCost(e, d + 1, d + rightLen, rightWorking, 1);
            }
        } else {
            x[e][d] = v;
        }
        return hard + soft - before;
    }

    /** The cost of one cell's own terms (requests, leave, qualification, change), hard part times {@code hardFactor}. */
    long cellCost(int e, int d, int v, long hardFactor) {
        int i = (e * days + d) * (shifts + 1) + v + 1;
        return cellHard[i] * hardFactor + cellSoft[i];
    }

    /** How many people work shift {@code s} on day {@code d}. */
    int coverCount(int d, int s) {
        return cover[d][s];
    }

    /** The cost of shift {@code s} on day {@code d} staffed by {@code n} people, hard part times {@code hardFactor}. */
    long coverCostAt(int d, int s, int n, long hardFactor) {
        int req = p.coverReq[d][s];
        if (n < req) {
            return unit(RuleKind.COVER_UNDER, hardFactor) * (req - n) * p.coverUnder[d][s];
        }
        return n > req ? unit(RuleKind.COVER_OVER, hardFactor) * (n - req) * p.coverOver[d][s] : 0;
    }

    /** The score of one unit of a rule's violation, hard part times {@code hardFactor}; 0 when the rule is off. */
    long unit(RuleKind k, long hardFactor) {
        return coef[k.ordinal()] * (hardKind[k.ordinal()] ? hardFactor : 1);
    }

    /** Whether a rule is in force as a hard rule. */
    boolean isHard(RuleKind k) {
        return hardKind[k.ordinal()];
    }

    int[][] snapshot() {
        return RosterProblem.copy(x);
    }

    /** The search score a full evaluation corresponds to: each cost times its rule's scale. */
    static long[] scoreOf(Evaluation ev) {
        long h = 0;
        long s = 0;
        for (RuleViolation v : ev.violations()) {
            RuleKind kind = RuleKind.ofId(v.ruleId());
            long scaled = v.cost() * scale(kind, v.hard());
            if (v.hard() && (kind == RuleKind.MIN_TOTAL_MINUTES || kind == RuleKind.MAX_TOTAL_MINUTES)) {
                scaled += v.cost() / v.amount() * HARD_SCALE;
            }
            if (v.hard()) {
                h += scaled;
            } else {
                s += scaled;
            }
        }
        return new long[] {h, s};
    }
}
