package io.propcare.examples.compare;

import io.propcare.roster.RosterProblem;
import io.propcare.roster.Rule;
import io.propcare.roster.RuleKind;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The numbers of a benchmark {@link RosterProblem} read by {@code CurtoisFormat}, as plain
 * arrays for building a CP-SAT model.
 *
 * <p>{@code RosterProblem} exposes ids, days and shift lengths publicly but keeps limits,
 * cover, requests, leave and forbidden successions package-private, and this comparison must
 * not change {@code core}. So the fields are read reflectively, by name, from the parsed
 * problem: the CP model is built from exactly what our evaluator checks. A renamed field fails
 * here with its name. Only the benchmark's features are accepted: a problem with a tail, pins,
 * a reference roster or a rule outside {@code CurtoisFormat.benchmarkRules()} is rejected.
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
        for (Object tail : (Object[]) get(p, "tails")) {
            if (tail != null) {
                throw new IllegalArgumentException("problem " + p.name() + " has a previous-period tail; expected none");
            }
        }
        for (int[] row : (int[][]) get(p, "pins")) {
            for (int v : row) {
                if (v != -2) {
                    throw new IllegalArgumentException("problem " + p.name() + " has pinned days; expected none");
                }
            }
        }
        if (get(p, "reference") != null) {
            throw new IllegalArgumentException("problem " + p.name() + " has a reference roster; expected none");
        }
        List<Request> requests = new ArrayList<>();
        for (Object r : (List<?>) get(p, "requests")) {
            requests.add(new Request((Integer) component(r, "staff"), (Integer) component(r, "day"),
                    (Integer) component(r, "shift"), (Integer) component(r, "weight"), (Boolean) component(r, "on")));
        }
        return new BenchmarkData(p.days(), (int[]) get(p, "shiftMinutes"), (boolean[][]) get(p, "forbidden"),
                (int[][]) get(p, "maxShifts"), (int[]) get(p, "maxMinutes"), (int[]) get(p, "minMinutes"),
                (int[]) get(p, "maxCons"), (int[]) get(p, "minCons"), (int[]) get(p, "minConsOff"),
                (int[]) get(p, "maxWeekends"), (boolean[][]) get(p, "leave"), (int[][]) get(p, "coverReq"),
                (int[][]) get(p, "coverUnder"), (int[][]) get(p, "coverOver"), List.copyOf(requests),
                (int[]) get(p, "weekendOf"), (Integer) get(p, "weekendCount"));
    }

    private static Object get(RosterProblem p, String name) {
        try {
            Field f = RosterProblem.class.getDeclaredField(name);
            f.setAccessible(true);
            return f.get(p);
        } catch (NoSuchFieldException | IllegalAccessException e) {
            throw new IllegalStateException("cannot read RosterProblem." + name + ": " + e, e);
        }
    }

    private static Object component(Object record, String name) {
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            if (c.getName().equals(name)) {
                try {
                    var accessor = c.getAccessor();
                    accessor.setAccessible(true);
                    return accessor.invoke(record);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + record.getClass().getName() + "." + name + ": " + e, e);
                }
            }
        }
        throw new IllegalStateException("no component " + name + " in " + record.getClass().getName());
    }
}
