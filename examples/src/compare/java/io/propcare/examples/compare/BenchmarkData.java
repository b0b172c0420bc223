package io.propcare.examples.compare;

import io.propcare.roster.RosterProblem;
import io.propcare.roster.Rule;
import io.propcare.roster.RuleKind;
import io.propcare.roster.StaffLimits;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The numbers of a benchmark {@link RosterProblem} read by {@code CurtoisFormat}, as plain
 * arrays for building a CP-SAT model.
 *
 * <p>Everything is read through {@code RosterProblem}'s public accessors from the parsed
 * problem, so the CP model is built from exactly what our evaluator checks. Only the
 * benchmark's features are accepted: a problem with a tail, pins, a reference roster or a rule
 * outside {@code CurtoisFormat.benchmarkRules()} is rejected.
 */
record BenchmarkData(int days, int[] shiftMinutes, boolean[][] forbidden, int[][] maxShifts, int[] maxMinutes,
        int[] minMinutes, int[] maxCons, int[] minCons, int[] minConsOff, int[] maxWeekends, boolean[][] leave,
        int[][] coverReq, int[][] coverUnder, int[][] coverOver, List<Request> requests, int[] weekendOf,
        int weekendCount) {
    /** The rule kinds the CP model encodes. */
    static final Set<RuleKind> SUPPORTED = EnumSet.of(RuleKind.COVER_UNDER, RuleKind.COVER_OVER,
            RuleKind.SHIFT_ON_REQUEST, RuleKind.SHIFT_OFF_REQUEST, RuleKind.FORBIDDEN_SUCCESSION,
            RuleKind.MAX_SHIFTS_PER_TYPE, RuleKind.MAX_TOTAL_MINUTES, RuleKind.MIN_TOTAL_MINUTES,
            RuleKind.MAX_CONSECUTIVE_SHIFTS, RuleKind.MIN_CONSECUTIVE_SHIFTS, RuleKind.MIN_CONSECUTIVE_DAYS_OFF,
            RuleKind.MAX_WEEKENDS, RuleKind.LEAVE);

    /** A shift-on or shift-off request; {@code shift} is -1 for "any shift" (a wanted day off). */
    record Request(int staff, int day, int shift, int weight, boolean on) {
    }

    int staffCount() {
        return maxMinutes.length;
    }

    int shiftCount() {
        return shiftMinutes.length;
    }

    /**
     * Reads the numbers of a problem.
     *
     * @param p a problem read by {@code CurtoisFormat}
     * @return its numbers
     * @throws IllegalArgumentException if the problem uses a feature the CP model does not encode
     */
    static BenchmarkData of(RosterProblem p) {
        for (Rule r : p.rules()) {
            if (!SUPPORTED.contains(r.kind())) {
                throw new IllegalArgumentException("rule " + r.id() + " of " + p.name() + " is not encoded; expected only " + SUPPORTED);
            }
            boolean softKind = r.kind() == RuleKind.COVER_UNDER || r.kind() == RuleKind.COVER_OVER
                    || r.kind() == RuleKind.SHIFT_ON_REQUEST || r.kind() == RuleKind.SHIFT_OFF_REQUEST;
            if (r.hard() == softKind) {
                throw new IllegalArgumentException("rule " + r.id() + " of " + p.name() + " is " + (r.hard() ? "hard" : "soft")
                        + "; expected cover and requests soft, the rest hard (CurtoisFormat.benchmarkRules())");
            }
        }
        List<String> staff = p.staffIds();
        List<String> shifts = p.shiftIds();
        int e = staff.size();
        int s = shifts.size();
        int days = p.days();
        for (String id : staff) {
            if (p.tail(id).isPresent()) {
                throw new IllegalArgumentException("problem " + p.name() + " has a previous-period tail; expected none");
            }
        }
        if (!p.pins().isEmpty()) {
            throw new IllegalArgumentException("problem " + p.name() + " has pinned days; expected none");
        }
        if (p.reference().isPresent()) {
            throw new IllegalArgumentException("problem " + p.name() + " has a reference roster; expected none");
        }
        int[] shiftMinutes = new int[s];
        boolean[][] forbidden = new boolean[s][s];
        for (int a = 0; a < s; a++) {
            shiftMinutes[a] = p.shiftMinutes(shifts.get(a));
            for (int b = 0; b < s; b++) {
                forbidden[a][b] = p.isForbiddenSuccession(shifts.get(a), shifts.get(b));
            }
        }
        int[][] maxShifts = new int[e][s];
        int[] maxMinutes = new int[e];
        int[] minMinutes = new int[e];
        int[] maxCons = new int[e];
        int[] minCons = new int[e];
        int[] minConsOff = new int[e];
        int[] maxWeekends = new int[e];
        boolean[][] leave = new boolean[e][days];
        for (int i = 0; i < e; i++) {
            StaffLimits l = p.limits(staff.get(i));
            maxMinutes[i] = l.maxMinutes();
            minMinutes[i] = l.minMinutes();
            maxCons[i] = l.maxConsecutiveShifts();
            minCons[i] = l.minConsecutiveShifts();
            minConsOff[i] = l.minConsecutiveDaysOff();
            maxWeekends[i] = l.maxWeekends();
            for (int j = 0; j < s; j++) {
                maxShifts[i][j] = p.maxShifts(staff.get(i), shifts.get(j)).orElse(Integer.MAX_VALUE);
            }
            for (int d = 0; d < days; d++) {
                leave[i][d] = p.isOnLeave(staff.get(i), d);
            }
        }
        int[][] coverReq = new int[days][s];
        int[][] coverUnder = new int[days][s];
        int[][] coverOver = new int[days][s];
        int[] weekendOf = new int[days];
        for (int d = 0; d < days; d++) {
            for (int j = 0; j < s; j++) {
                RosterProblem.Cover c = p.cover(d, shifts.get(j));
                coverReq[d][j] = c.requirement();
                coverUnder[d][j] = c.underWeight();
                coverOver[d][j] = c.overWeight();
            }
            weekendOf[d] = p.weekendOf(d).orElse(-1);
        }
        List<Request> requests = new ArrayList<>();
        for (RosterProblem.ShiftRequest r : p.requests()) {
            requests.add(new Request(staff.indexOf(r.staffId()), r.day(), r.shiftId().map(shifts::indexOf).orElse(-1),
                    r.weight(), r.on()));
        }
        return new BenchmarkData(days, shiftMinutes, forbidden, maxShifts, maxMinutes, minMinutes, maxCons, minCons,
                minConsOff, maxWeekends, leave, coverReq, coverUnder, coverOver, List.copyOf(requests), weekendOf,
                p.weekendCount());
    }
}
