package io.propcare.roster;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks a roster against every rule of its problem and explains each violation. This is the
 * straightforward reference implementation, written rule by rule from the definitions; the
 * solver's incremental score is tested against it.
 *
 * <p>Boundary conventions (those of the Curtois &amp; Qu benchmark): without a {@link Tail}
 * nothing is checked across the start of the horizon, and runs touching the start are never
 * too short; with a tail the runs it ends with continue into day 0. Runs touching the end of
 * the horizon are never too short; runs longer than allowed are counted once per maximal run.
 *
 * <p>Implementation requirements: stateless and thread-safe.
 *
 * @since 0.1
 */
public final class RosterEvaluator {
    private RosterEvaluator() {
    }

    /**
     * Checks a roster.
     *
     * @param schedule the roster
     * @return every violation with the objective
     */
    public static Evaluation evaluate(Schedule schedule) {
        Objects.requireNonNull(schedule, "schedule must not be null");
        return new Evaluation(new Check(schedule).run());
    }

    /** One evaluation run. */
    private static final class Check {
        private final RosterProblem p;
        private final Schedule x;
        private final List<RuleViolation> out = new ArrayList<>();

        Check(Schedule x) {
            this.x = x;
            this.p = x.problem();
        }

        private void add(RuleKind kind, int e, int d1, int d2, int s, long observed, long allowed, long amount,
                long lineWeight) {
            Rule r = p.rule(kind).orElseThrow();
            out.add(new RuleViolation(kind.id(), r.hard(), e < 0 ? Optional.empty() : Optional.of(p.staffIds[e]), d1, d2,
                    p.date(d1), p.date(d2), s < 0 ? Optional.empty() : Optional.of(p.shiftIds[s]), observed, allowed, amount,
                    (long) r.weight() * lineWeight * amount));
        }

        private boolean on(RuleKind k) {
            return p.rule(k).isPresent();
        }

        private int cell(int e, int d) {
            return x.cell(e, d);
        }

        List<RuleViolation> run() {
            int staff = p.staffCount();
            int shifts = p.shiftCount();
            int days = p.days;
            if (on(RuleKind.COVER_UNDER) || on(RuleKind.COVER_OVER)) {
                for (int d = 0; d < days; d++) {
                    for (int s = 0; s < shifts; s++) {
                        int n = 0;
                        for (int e = 0; e < staff; e++) {
                            if (cell(e, d) == s) {
                                n++;
                            }
                        }
                        int req = p.coverReq[d][s];
                        if (n < req && on(RuleKind.COVER_UNDER)) {
                            add(RuleKind.COVER_UNDER, -1, d, d, s, n, req, req - n, p.coverUnder[d][s]);
                        }
                        if (n > req && on(RuleKind.COVER_OVER)) {
                            add(RuleKind.COVER_OVER, -1, d, d, s, n, req, n - req, p.coverOver[d][s]);
                        }
                    }
                }
            }
            for (RosterProblem.Request r : p.requests) {
                int v = cell(r.staff(), r.day());
                if (r.on() && on(RuleKind.SHIFT_ON_REQUEST) && v != r.shift()) {
                    add(RuleKind.SHIFT_ON_REQUEST, r.staff(), r.day(), r.day(), r.shift(), 0, 1, 1, r.weight());
                }
                if (!r.on() && on(RuleKind.SHIFT_OFF_REQUEST)
                        && (r.shift() == RosterProblem.ANY ? v != RosterProblem.OFF : v == r.shift())) {
                    add(RuleKind.SHIFT_OFF_REQUEST, r.staff(), r.day(), r.day(), r.shift() == RosterProblem.ANY ? v : r.shift(),
                            1, 0, 1, r.weight());
                }
            }
            for (int e = 0; e < staff; e++) {
                employee(e);
            }
            fairness();
            if (on(RuleKind.CHANGE) && p.reference != null) {
                for (int e = 0; e < staff; e++) {
                    for (int d = 0; d < days; d++) {
                        if (cell(e, d) != p.reference[e][d]) {
                            add(RuleKind.CHANGE, e, d, d, cell(e, d), 1, 0, 1, 1);
                        }
                    }
                }
            }
            out.sort((a, b) -> Integer.compare(RuleKind.ofId(a.ruleId()).ordinal(), RuleKind.ofId(b.ruleId()).ordinal()));
            return out;
        }

        private void employee(int e) {
            int days = p.days;
            int shifts = p.shiftCount();
            Tail tail = p.tails[e];
            if (on(RuleKind.FORBIDDEN_SUCCESSION)) {
                if (tail != null && p.tailLastShift[e] >= 0 && cell(e, 0) >= 0 && p.forbidden[p.tailLastShift[e]][cell(e, 0)]) {
                    add(RuleKind.FORBIDDEN_SUCCESSION, e, 0, 0, cell(e, 0), 1, 0, 1, 1);
                }
                for (int d = 0; d + 1 < days; d++) {
                    int a = cell(e, d);
                    int b = cell(e, d + 1);
                    if (a >= 0 && b >= 0 && p.forbidden[a][b]) {
                        add(RuleKind.FORBIDDEN_SUCCESSION, e, d, d + 1, b, 1, 0, 1, 1);
                    }
                }
            }
            if (on(RuleKind.MAX_SHIFTS_PER_TYPE)) {
                for (int s = 0; s < shifts; s++) {
                    int n = 0;
                    for (int d = 0; d < days; d++) {
                        if (cell(e, d) == s) {
                            n++;
                        }
                    }
                    if (n > p.maxShifts[e][s]) {
                        add(RuleKind.MAX_SHIFTS_PER_TYPE, e, 0, days - 1, s, n, p.maxShifts[e][s], n - p.maxShifts[e][s], 1);
                    }
                }
            }
            long minutes = 0;
            for (int d = 0; d < days; d++) {
                if (cell(e, d) >= 0) {
                    minutes += p.shiftMinutes[cell(e, d)];
                }
            }
            if (on(RuleKind.MAX_TOTAL_MINUTES) && minutes > p.maxMinutes[e]) {
                add(RuleKind.MAX_TOTAL_MINUTES, e, 0, days - 1, -1, minutes, p.maxMinutes[e], minutes - p.maxMinutes[e], 1);
            }
            if (on(RuleKind.MIN_TOTAL_MINUTES) && minutes < p.minMinutes[e]) {
                add(RuleKind.MIN_TOTAL_MINUTES, e, 0, days - 1, -1, minutes, p.minMinutes[e], p.minMinutes[e] - minutes, 1);
            }
            int d = 0;
            while (d < days) {
                boolean working = cell(e, d) >= 0;
                int end = d;
                while (end + 1 < days && (cell(e, end + 1) >= 0) == working) {
                    end++;
                }
                int len = end - d + 1;
                if (d == 0 && tail != null) {
                    len += working ? tail.workedDays() : tail.daysOff();
                }
                boolean closed = (d > 0 || tail != null) && end < days - 1;
                if (working) {
                    if (on(RuleKind.MAX_CONSECUTIVE_SHIFTS) && len > p.maxCons[e]) {
                        add(RuleKind.MAX_CONSECUTIVE_SHIFTS, e, d, end, -1, len, p.maxCons[e], len - p.maxCons[e], 1);
                    }
                    if (on(RuleKind.MIN_CONSECUTIVE_SHIFTS) && closed && len < p.minCons[e]) {
                        add(RuleKind.MIN_CONSECUTIVE_SHIFTS, e, d, end, -1, len, p.minCons[e], p.minCons[e] - len, 1);
                    }
                } else if (on(RuleKind.MIN_CONSECUTIVE_DAYS_OFF) && closed && len < p.minConsOff[e]) {
                    add(RuleKind.MIN_CONSECUTIVE_DAYS_OFF, e, d, end, -1, len, p.minConsOff[e], p.minConsOff[e] - len, 1);
                }
                d = end + 1;
            }
            if (on(RuleKind.MAX_WEEKENDS)) {
                int worked = 0;
                int first = -1;
                int last = -1;
                for (int k = 0; k < p.weekendCount; k++) {
                    boolean w = false;
                    for (int day = 0; day < days; day++) {
                        if (p.weekendOf[day] == k && cell(e, day) >= 0) {
                            w = true;
                            first = first < 0 ? day : first;
                            last = day;
                        }
                    }
                    if (w) {
                        worked++;
                    }
                }
                if (worked > p.maxWeekends[e]) {
                    add(RuleKind.MAX_WEEKENDS, e, first, last, -1, worked, p.maxWeekends[e], worked - p.maxWeekends[e], 1);
                }
            }
            for (int day = 0; day < days; day++) {
                int v = cell(e, day);
                if (v < 0) {
                    continue;
                }
                if (on(RuleKind.LEAVE) && p.leave[e][day]) {
                    add(RuleKind.LEAVE, e, day, day, v, 1, 0, 1, 1);
                }
                if (on(RuleKind.QUALIFICATION) && !p.qualified[e][v]) {
                    add(RuleKind.QUALIFICATION, e, day, day, v, 1, 0, 1, 1);
                }
            }
        }

        private void fairness() {
            for (RuleKind k : new RuleKind[] {RuleKind.FAIRNESS_NIGHTS, RuleKind.FAIRNESS_WEEKENDS, RuleKind.FAIRNESS_HOLIDAYS}) {
                if (!on(k)) {
                    continue;
                }
                int[] share = p.fairShare(k);
                if (share == null) {
                    continue;
                }
                for (int e = 0; e < p.staffCount(); e++) {
                    if (!p.eligibleFor(k, e)) {
                        continue;
                    }
                    int n = 0;
                    for (int d = 0; d < p.days; d++) {
                        if (cell(e, d) >= 0 && p.counts(k, d, cell(e, d))) {
                            n++;
                        }
                    }
                    if (n > share[1]) {
                        add(k, e, 0, p.days - 1, -1, n, share[1], n - share[1], 1);
                    } else if (n < share[0]) {
                        add(k, e, 0, p.days - 1, -1, n, share[0], share[0] - n, 1);
                    }
                }
            }
        }
    }
}
