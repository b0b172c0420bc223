package io.propcare.roster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds hard rules that cannot all hold before any search: minimum minutes beyond what leave,
 * run limits and shift limits allow, headcounts beyond the people available, and pins that
 * break hard rules.
 */
final class Diagnosis {
    private Diagnosis() {
    }

    private static boolean hard(RosterProblem p, RuleKind k) {
        return p.rule(k).map(Rule::hard).orElse(false);
    }

    static List<Conflict> conflicts(RosterProblem p) {
        List<Conflict> out = new ArrayList<>();
        for (int e = 0; e < p.staffCount(); e++) {
            String who = "staff " + p.staffIds[e];
            int workable = 0;
            for (int d = 0; d < p.days; d++) {
                boolean onLeave = hard(p, RuleKind.LEAVE) && p.leave[e][d];
                if (!onLeave && p.pins[e][d] != RosterProblem.OFF) {
                    workable++;
                }
                int pin = p.pins[e][d];
                if (pin >= 0 && onLeave) {
                    out.add(new Conflict(List.of(RuleKind.LEAVE.id(), "pin"), who,
                            "pinned to " + p.shiftIds[pin] + " on day " + d + " (" + p.date(d) + "), a day of leave"));
                }
                if (pin >= 0 && hard(p, RuleKind.QUALIFICATION) && !p.qualified[e][pin]) {
                    out.add(new Conflict(List.of(RuleKind.QUALIFICATION.id(), "pin"), who,
                            "pinned to " + p.shiftIds[pin] + " on day " + d + " without the qualification"));
                }
                if (pin >= 0 && d + 1 < p.days && p.pins[e][d + 1] >= 0 && hard(p, RuleKind.FORBIDDEN_SUCCESSION)
                        && p.forbidden[pin][p.pins[e][d + 1]]) {
                    out.add(new Conflict(List.of(RuleKind.FORBIDDEN_SUCCESSION.id(), "pin"), who,
                            "pinned to " + p.shiftIds[pin] + " on day " + d + " then " + p.shiftIds[p.pins[e][d + 1]]));
                }
            }
            if (!hard(p, RuleKind.MIN_TOTAL_MINUTES) || p.minMinutes[e] == 0) {
                continue;
            }
            int bound = workable;
            List<String> limiting = new ArrayList<>();
            limiting.add(RuleKind.MIN_TOTAL_MINUTES.id());
            if (workable < p.days) {
                limiting.add(RuleKind.LEAVE.id());
            }
            if (hard(p, RuleKind.MAX_CONSECUTIVE_SHIFTS)) {
                int run = p.tails[e] == null ? 0 : p.tails[e].workedDays();
                int most = 0;
                for (int d = 0; d < p.days; d++) {
                    boolean free = !(hard(p, RuleKind.LEAVE) && p.leave[e][d]) && p.pins[e][d] != RosterProblem.OFF;
                    if (free && run < p.maxCons[e]) {
                        run++;
                        most++;
                    } else {
                        run = 0;
                    }
                }
                if (most < bound) {
                    bound = most;
                    limiting.add(RuleKind.MAX_CONSECUTIVE_SHIFTS.id());
                }
            }
            Integer[] order = new Integer[p.shiftCount()];
            for (int s = 0; s < order.length; s++) {
                order[s] = s;
            }
            Arrays.sort(order, (a, b) -> Integer.compare(p.shiftMinutes[b], p.shiftMinutes[a]));
            long most = 0;
            int left = bound;
            boolean shiftLimited = false;
            for (int s : order) {
                if (left == 0) {
                    break;
                }
                if (hard(p, RuleKind.QUALIFICATION) && !p.qualified[e][s]) {
                    continue;
                }
                int take = left;
                if (hard(p, RuleKind.MAX_SHIFTS_PER_TYPE) && p.maxShifts[e][s] < take) {
                    take = p.maxShifts[e][s];
                    shiftLimited = true;
                }
                most += (long) take * p.shiftMinutes[s];
                left -= take;
            }
            if (shiftLimited) {
                limiting.add(RuleKind.MAX_SHIFTS_PER_TYPE.id());
            }
            if (most < p.minMinutes[e]) {
                out.add(new Conflict(limiting, who, "needs at least " + p.minMinutes[e] + " minutes but can work at most "
                        + most + " (" + workable + " days free of leave and fixed days off, runs of at most "
                        + p.maxCons[e] + " days)"));
            }
        }
        if (hard(p, RuleKind.COVER_UNDER)) {
            for (int d = 0; d < p.days; d++) {
                for (int s = 0; s < p.shiftCount(); s++) {
                    int avail = 0;
                    for (int e = 0; e < p.staffCount(); e++) {
                        boolean free = !(hard(p, RuleKind.LEAVE) && p.leave[e][d])
                                && (p.pins[e][d] == RosterProblem.UNPINNED || p.pins[e][d] == s);
                        if (free && p.allowed(e, s)) {
                            avail++;
                        }
                    }
                    if (avail < p.coverReq[d][s]) {
                        out.add(new Conflict(List.of(RuleKind.COVER_UNDER.id(), RuleKind.LEAVE.id(), RuleKind.QUALIFICATION.id()),
                                "day " + d + " (" + p.date(d) + ") shift " + p.shiftIds[s],
                                "needs " + p.coverReq[d][s] + " people but only " + avail
                                        + " are qualified and free of leave and other pinned shifts"));
                    }
                }
            }
        }
        return out;
    }
}
