package io.propcare.roster;

import java.util.SplittableRandom;

/** Small random roster problems exercising every rule, tails, pins, holidays and fairness. */
final class RandomProblems {
    private RandomProblems() {
    }

    /** Gives a person no tail, a worked tail (1-5 days) or a tail of days off (1-3), each a third of the time. */
    static void tail(RosterProblem.Builder b, String id, int shifts, SplittableRandom rnd) {
        int t = rnd.nextInt(3);
        if (t == 1) {
            b.tail(id, Tail.worked(1 + rnd.nextInt(5), "S" + rnd.nextInt(shifts)));
        } else if (t == 2) {
            b.tail(id, Tail.off(1 + rnd.nextInt(3)));
        }
    }

    /** Gives every shift of a day a headcount of 0-2, an under weight of 1-100 and an over weight of 0-2. */
    static void cover(RosterProblem.Builder b, int day, int shifts, SplittableRandom rnd) {
        for (int s = 0; s < shifts; s++) {
            b.cover(day, "S" + s, rnd.nextInt(3), 1 + rnd.nextInt(100), rnd.nextInt(3));
        }
    }

    /** A random roster of a problem: pinned days as pinned, hard leave off, every other day one of the person's values. */
    static int[][] randomStart(RosterProblem p, int[][] values, SplittableRandom rnd) {
        int[][] start = new int[p.staffCount()][p.days];
        for (int e = 0; e < p.staffCount(); e++) {
            for (int d = 0; d < p.days; d++) {
                if (p.pins[e][d] != RosterProblem.UNPINNED) {
                    start[e][d] = p.pins[e][d];
                } else if (Annealer.offOnly(p, e, d)) {
                    start[e][d] = RosterProblem.OFF;
                } else {
                    start[e][d] = values[e][rnd.nextInt(values[e].length)];
                }
            }
        }
        return start;
    }

    /** A random problem from {@link #generate} with a number of random cells pinned (to a shift or to a day off). */
    static RosterProblem generateWithPins(SplittableRandom rnd, int pins) {
        RosterProblem base = generate(rnd);
        RosterProblem.Builder b = base.toBuilder();
        for (int i = 0; i < pins; i++) {
            int e = rnd.nextInt(base.staffCount());
            int d = rnd.nextInt(base.days);
            int v = rnd.nextInt(base.shiftCount() + 1) - 1;
            b.pin(base.staffIds[e], d, v < 0 ? null : base.shiftIds[v]);
        }
        return b.build();
    }

    static RosterProblem generate(SplittableRandom rnd) {
        int days = 5 + rnd.nextInt(26);
        int shifts = 1 + rnd.nextInt(4);
        int staff = 2 + rnd.nextInt(7);
        RosterProblem.Builder b = RosterProblem.builder("random", IncrementalScoreProperties.anyDate(rnd), days);
        for (int s = 0; s < shifts; s++) {
            b.shift("S" + s, 240 + 60 * rnd.nextInt(9), rnd.nextInt(3) == 0);
        }
        for (int s = 0; s < shifts; s++) {
            for (int t = 0; t < shifts; t++) {
                if (rnd.nextInt(4) == 0) {
                    b.forbidSuccession("S" + s, "S" + t);
                }
            }
        }
        for (int e = 0; e < staff; e++) {
            String id = "E" + e;
            int max = 480 * (1 + rnd.nextInt(days));
            b.staff(id, new StaffLimits(max, rnd.nextInt(max + 1), 1 + rnd.nextInt(6), 1 + rnd.nextInt(3),
                    1 + rnd.nextInt(3), rnd.nextInt(4)));
            for (int s = 0; s < shifts; s++) {
                if (rnd.nextInt(3) == 0) {
                    b.maxShifts(id, "S" + s, rnd.nextInt(5));
                }
                if (rnd.nextInt(5) == 0) {
                    b.unqualified(id, "S" + s);
                }
            }
            for (int d = 0; d < days; d++) {
                if (rnd.nextInt(8) == 0) {
                    b.leave(id, d);
                }
                if (rnd.nextInt(6) == 0) {
                    int s = rnd.nextInt(shifts + 1) - 1;
                    b.request(id, d, s < 0 ? null : "S" + s, 1 + rnd.nextInt(3), s >= 0 && rnd.nextBoolean());
                }
            }
            tail(b, id, shifts, rnd);
        }
        for (int d = 0; d < days; d++) {
            cover(b, d, shifts, rnd);
            if (rnd.nextInt(10) == 0) {
                b.holiday(d);
            }
        }
        for (RuleKind k : RuleKind.values()) {
            if (k == RuleKind.ONE_SHIFT_PER_DAY || rnd.nextInt(8) == 0) {
                continue;
            }
            b.rule(rnd.nextBoolean() ? Rule.hard(k) : Rule.soft(k, rnd.nextInt(5)));
        }
        RosterProblem p = b.build();
        if (rnd.nextBoolean()) {
            int[][] ref = new int[staff][days];
            for (int[] row : ref) {
                for (int d = 0; d < days; d++) {
                    row[d] = rnd.nextInt(shifts + 1) - 1;
                }
            }
            p = p.toBuilder().reference(new Schedule(p, ref)).build();
        }
        return p;
    }
}
