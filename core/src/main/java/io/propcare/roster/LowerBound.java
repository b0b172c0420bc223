package io.propcare.roster;

import java.util.HashMap;
import java.util.Map;

/**
 * A cheap proven lower bound on the objective of any roster that breaks no hard rule: cover
 * that cannot be met by the people available, and requests that cannot all be granted.
 */
final class LowerBound {
    private LowerBound() {
    }

    private static boolean hard(RosterProblem p, RuleKind k) {
        return p.rule(k).map(Rule::hard).orElse(false);
    }

    private static long soft(RosterProblem p, RuleKind k) {
        return p.rule(k).filter(r -> !r.hard()).map(r -> (long) r.weight()).orElse(0L);
    }

    /** Whether a person can work a shift on a day in a feasible roster. */
    private static boolean possible(RosterProblem p, int e, int d, int s) {
        if (hard(p, RuleKind.LEAVE) && p.leave[e][d]) {
            return false;
        }
        if (hard(p, RuleKind.QUALIFICATION) && !p.qualified[e][s]) {
            return false;
        }
        if (hard(p, RuleKind.MAX_SHIFTS_PER_TYPE) && p.maxShifts[e][s] == 0) {
            return false;
        }
        int pin = p.pins[e][d];
        return pin == RosterProblem.UNPINNED || pin == s;
    }

    static long of(RosterProblem p) {
        long total = 0;
        long under = soft(p, RuleKind.COVER_UNDER);
        long over = soft(p, RuleKind.COVER_OVER);
        for (int d = 0; d < p.days; d++) {
            for (int s = 0; s < p.shiftCount(); s++) {
                int avail = 0;
                int forced = 0;
                for (int e = 0; e < p.staffCount(); e++) {
                    if (possible(p, e, d, s)) {
                        avail++;
                    }
                    if (p.pins[e][d] == s) {
                        forced++;
                    }
                }
                total += under * p.coverUnder[d][s] * Math.max(0, p.coverReq[d][s] - avail);
                total += over * p.coverOver[d][s] * Math.max(0, forced - p.coverReq[d][s]);
            }
        }
        long on = soft(p, RuleKind.SHIFT_ON_REQUEST);
        if (on > 0) {
            Map<Long, Map<Integer, Long>> byCell = new HashMap<>();
            for (RosterProblem.Request r : p.requests) {
                if (r.on()) {
                    byCell.computeIfAbsent((long) r.staff() * p.days + r.day(), k -> new HashMap<>())
                            .merge(r.shift(), (long) r.weight(), Long::sum);
                }
            }
            for (Map.Entry<Long, Map<Integer, Long>> c : byCell.entrySet()) {
                int e = (int) (c.getKey() / p.days);
                int d = (int) (c.getKey() % p.days);
                long sum = 0;
                long bestFeasible = 0;
                for (Map.Entry<Integer, Long> w : c.getValue().entrySet()) {
                    sum += w.getValue();
                    if (possible(p, e, d, w.getKey())) {
                        bestFeasible = Math.max(bestFeasible, w.getValue());
                    }
                }
                total += on * (sum - bestFeasible);
            }
        }
        return total;
    }
}
