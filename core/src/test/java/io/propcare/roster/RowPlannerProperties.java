package io.propcare.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The row planner against a brute-force oracle on tiny rows (at most 7 days, 2 shift types):
 * every row a person may take is enumerated and scored by the search state, which
 * {@link IncrementalScoreProperties} checks against the full evaluator.
 */
class RowPlannerProperties {
    @Property(tries = 300)
    void aRowsPriceChangesAsTheSearchScoreDoes(@ForAll long seed) {
        Fixture f = new Fixture(new SplittableRandom(seed), true);
        int e = f.person;
        long currentPrice = f.planner.rowCost(e, f.st.x[e]);
        long currentScore = f.score();
        int[] original = f.st.x[e].clone();
        f.forEachRow(row -> {
            long price = f.planner.rowCost(e, row);
            long score = f.scoreOf(row, original);
            assertThat(price - currentPrice).as("row %s", java.util.Arrays.toString(row)).isEqualTo(score - currentScore);
        });
    }

    @Property(tries = 300)
    void withoutBindingTotalsThePlannedRowIsTheCheapestRow(@ForAll long seed) {
        Fixture f = new Fixture(new SplittableRandom(seed), false);
        int e = f.person;
        int[] original = f.st.x[e].clone();
        long[] best = {Long.MAX_VALUE};
        int[][] bestRow = new int[1][];
        f.forEachRow(row -> {
            long s = f.scoreOf(row, original);
            if (s < best[0]) {
                best[0] = s;
                bestRow[0] = row;
            }
        });
        int[] planned = f.planner.plan(e);
        for (int d = 0; d < planned.length; d++) {
            assertThat(!f.pinned[e][d] || planned[d] == original[d]).as("pinned day %d kept", d).isTrue();
        }
        assertThat(f.scoreOf(planned, original)).as("planned %s, best %s, problem %s, rules %s, limits %s/%s/%s, tail %s",
                java.util.Arrays.toString(planned), java.util.Arrays.toString(bestRow[0]), f.p, f.p.rules(), f.p.maxCons[e],
                f.p.minCons[e], f.p.minConsOff[e], f.p.tails[e]).isEqualTo(best[0]);
    }

    /**
     * In pricing mode the cover cost is replaced by a price per day and shift: without binding
     * totals the planned row is the row of least price less prices earned, against an oracle that
     * scores every row on the same problem without its cover rules.
     */
    @Property(tries = 300)
    void inPricingModeThePlannedRowHasTheLeastReducedCost(@ForAll long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        Fixture f = new Fixture(rnd, false);
        int e = f.person;
        double[][] prices = new double[f.p.days][f.p.shiftCount()];
        for (double[] day : prices) {
            for (int s = 0; s < day.length; s++) {
                day[s] = rnd.nextInt(3) == 0 ? 0 : (rnd.nextDouble() - 0.3) * 300;
            }
        }
        RosterProblem noCover = f.p.toBuilder().withoutRule(RuleKind.COVER_UNDER).withoutRule(RuleKind.COVER_OVER).build();
        SearchState plain = new SearchState(noCover, f.st.snapshot());
        int[] original = f.st.x[e].clone();
        java.util.function.ToDoubleFunction<int[]> reduced = row -> {
            for (int d = 0; d < row.length; d++) {
                plain.change(e, d, row[d]);
            }
            double c = plain.hard * RowPlanner.HARD_FACTOR + plain.soft;
            for (int d = 0; d < row.length; d++) {
                plain.change(e, d, original[d]);
                c -= row[d] >= 0 ? prices[d][row[d]] : 0;
            }
            return c;
        };
        double[] best = {Double.POSITIVE_INFINITY};
        f.forEachRow(row -> best[0] = Math.min(best[0], reduced.applyAsDouble(row)));
        f.planner.priceWith(prices);
        int[] planned = f.planner.plan(e);
        for (int d = 0; d < planned.length; d++) {
            assertThat(!f.pinned[e][d] || planned[d] == original[d]).as("pinned day %d kept", d).isTrue();
        }
        assertThat(reduced.applyAsDouble(planned)).as("planned %s, problem %s, rules %s", java.util.Arrays.toString(planned),
                f.p, f.p.rules()).isCloseTo(best[0], org.assertj.core.api.Assertions.within(1e-6));
        // the row's price in pricing mode leaves the cover out: it moves as the oracle's score does
        double[] earned = new double[2];
        for (int d = 0; d < planned.length; d++) {
            earned[0] += planned[d] >= 0 ? prices[d][planned[d]] : 0;
            earned[1] += original[d] >= 0 ? prices[d][original[d]] : 0;
        }
        assertThat(f.planner.rowCost(e, planned) - f.planner.rowCost(e, original))
                .isCloseTo((long) Math.rint(reduced.applyAsDouble(planned) + earned[0] - reduced.applyAsDouble(original) - earned[1]),
                        org.assertj.core.api.Assertions.within(0L));
    }

    /** With the weekend limit as the only total that binds, the path counts weekends exactly. */
    @Property(tries = 300)
    void withOnlyTheWeekendLimitBindingThePlannedRowIsTheCheapestRow(@ForAll long seed) {
        Fixture f = new Fixture(new SplittableRandom(seed), false, true);
        int e = f.person;
        int[] original = f.st.x[e].clone();
        long[] best = {Long.MAX_VALUE};
        f.forEachRow(row -> best[0] = Math.min(best[0], f.scoreOf(row, original)));
        int[] planned = f.planner.plan(e);
        assertThat(f.scoreOf(planned, original)).as("planned %s, problem %s, rules %s, weekends %s of %s",
                java.util.Arrays.toString(planned), f.p, f.p.rules(), f.p.maxWeekends[e], f.p.weekendCount).isEqualTo(best[0]);
    }

    @Property(tries = 300)
    void thePlannedRowIsNeverWorseThanTheCurrentOne(@ForAll long seed) {
        Fixture f = new Fixture(new SplittableRandom(seed), true);
        int e = f.person;
        int[] original = f.st.x[e].clone();
        long before = f.score();
        int[] planned = f.planner.plan(e);
        for (int d = 0; d < planned.length; d++) {
            assertThat(!f.pinned[e][d] || planned[d] == original[d]).as("pinned day %d kept", d).isTrue();
        }
        assertThat(f.scoreOf(planned, original)).isLessThanOrEqualTo(before);
    }

    /** A tiny random problem without fairness rules, its search state, a planner and one person. */
    static final class Fixture {
        final RosterProblem p;
        final SearchState st;
        final RowPlanner planner;
        final boolean[][] pinned;
        final int[][] values;
        final int person;

        Fixture(SplittableRandom rnd, boolean bindingTotals) {
            this(rnd, bindingTotals, false);
        }

        /**
         * @param bindingTotals whether the totals' limits are random (and may bind)
         * @param bindingWeekends without binding totals: whether the weekend limit (0 or 1, over up to 10 days) is the one total that binds
         */
        Fixture(SplittableRandom rnd, boolean bindingTotals, boolean bindingWeekends) {
            p = problem(rnd, bindingTotals, bindingWeekends);
            pinned = Annealer.pinnedOf(p);
            values = Annealer.valuesOf(p);
            int[][] start = RandomProblems.randomStart(p, values, rnd);
            st = new SearchState(p, start);
            planner = new RowPlanner(st, values, pinned);
            person = rnd.nextInt(p.staffCount());
        }

        long score() {
            return st.hard * RowPlanner.HARD_FACTOR + st.soft;
        }

        /** The search score with the person's row replaced, then the original row restored. */
        long scoreOf(int[] row, int[] original) {
            for (int d = 0; d < row.length; d++) {
                st.change(person, d, row[d]);
            }
            long s = score();
            for (int d = 0; d < row.length; d++) {
                st.change(person, d, original[d]);
            }
            return s;
        }

        /** Every row the person may take: each day one of its values, pinned days as they are. */
        void forEachRow(java.util.function.Consumer<int[]> action) {
            int days = p.days;
            int[][] choices = new int[days][];
            for (int d = 0; d < days; d++) {
                choices[d] = pinned[person][d] ? new int[] {st.x[person][d]} : values[person];
            }
            int[] digits = new int[days];
            int[] row = new int[days];
            while (true) {
                for (int d = 0; d < days; d++) {
                    row[d] = choices[d][digits[d]];
                }
                action.accept(row.clone());
                int d = 0;
                while (d < days && ++digits[d] == choices[d].length) {
                    digits[d++] = 0;
                }
                if (d == days) {
                    return;
                }
            }
        }

        private static RosterProblem problem(SplittableRandom rnd, boolean bindingTotals, boolean bindingWeekends) {
            int days = 1 + rnd.nextInt(bindingWeekends ? 10 : 7);
            int shifts = 1 + rnd.nextInt(2);
            int staff = 1 + rnd.nextInt(3);
            RosterProblem.Builder b = RosterProblem.builder("tiny", LocalDate.of(2026, 11, 2).plusDays(rnd.nextInt(7)), days);
            for (int s = 0; s < shifts; s++) {
                b.shift("S" + s, 240 + 120 * rnd.nextInt(3), false);
            }
            for (int s = 0; s < shifts; s++) {
                for (int t = 0; t < shifts; t++) {
                    if (rnd.nextInt(3) == 0) {
                        b.forbidSuccession("S" + s, "S" + t);
                    }
                }
            }
            for (int e = 0; e < staff; e++) {
                String id = "E" + e;
                if (bindingTotals) {
                    int max = 240 * rnd.nextInt(2 * days + 1);
                    b.staff(id, new StaffLimits(max, rnd.nextInt(max + 1), 1 + rnd.nextInt(4), 1 + rnd.nextInt(3),
                            1 + rnd.nextInt(3), rnd.nextInt(3)));
                    for (int s = 0; s < shifts; s++) {
                        if (rnd.nextInt(2) == 0) {
                            b.maxShifts(id, "S" + s, rnd.nextInt(4));
                        }
                    }
                } else {
                    b.staff(id, new StaffLimits(720 * days, 0, 1 + rnd.nextInt(4), 1 + rnd.nextInt(3), 1 + rnd.nextInt(3),
                            bindingWeekends ? rnd.nextInt(2) : 2));
                }
                for (int s = 0; s < shifts; s++) {
                    if (rnd.nextInt(6) == 0) {
                        b.unqualified(id, "S" + s);
                    }
                }
                for (int d = 0; d < days; d++) {
                    if (rnd.nextInt(6) == 0) {
                        b.leave(id, d);
                    }
                    if (rnd.nextInt(4) == 0) {
                        int s = rnd.nextInt(shifts + 1) - 1;
                        b.request(id, d, s < 0 ? null : "S" + s, 1 + rnd.nextInt(3), s >= 0 && rnd.nextBoolean());
                    }
                    if (rnd.nextInt(10) == 0) {
                        int s = rnd.nextInt(shifts + 1) - 1;
                        b.pin(id, d, s < 0 ? null : "S" + s);
                    }
                }
                RandomProblems.tail(b, id, shifts, rnd);
            }
            for (int d = 0; d < days; d++) {
                RandomProblems.cover(b, d, shifts, rnd);
            }
            for (RuleKind k : RuleKind.values()) {
                if (k == RuleKind.ONE_SHIFT_PER_DAY || k.id().startsWith("fairness") || rnd.nextInt(8) == 0) {
                    continue;
                }
                boolean total = k == RuleKind.MAX_SHIFTS_PER_TYPE || k == RuleKind.MAX_TOTAL_MINUTES
                        || k == RuleKind.MIN_TOTAL_MINUTES || k == RuleKind.MAX_WEEKENDS;
                if (total && !bindingTotals && !(bindingWeekends && k == RuleKind.MAX_WEEKENDS)) {
                    continue;
                }
                b.rule(rnd.nextBoolean() ? Rule.hard(k) : Rule.soft(k, rnd.nextInt(5)));
            }
            return b.build();
        }
    }
}
