package io.propcare.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Pins, repair and the evaluator's sum, on small random problems with short step-limited runs. */
class SolverProperties {
    private static RosterSolver solver(long seed, long steps) {
        return RosterSolver.builder().threads(1).seed(seed).maxSteps(steps).timeLimit(Duration.ofSeconds(30)).build();
    }

    @Property(tries = 40)
    void pinnedAssignmentsNeverMove(@ForAll long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        RosterProblem base = RandomProblems.generate(rnd);
        RosterProblem.Builder b = base.toBuilder();
        List<int[]> pins = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int e = rnd.nextInt(base.staffCount());
            int d = rnd.nextInt(base.days);
            int v = rnd.nextInt(base.shiftCount() + 1) - 1;
            b.pin(base.staffIds[e], d, v < 0 ? null : base.shiftIds[v]);
            pins.removeIf(p -> p[0] == e && p[1] == d);
            pins.add(new int[] {e, d, v});
        }
        RosterProblem p = b.build();
        Schedule s = solver(seed, 20_000).solve(p).bestAttempt();
        for (int[] pin : pins) {
            assertThat(s.cell(pin[0], pin[1])).as("pin %s day %d", p.staffIds[pin[0]], pin[1]).isEqualTo(pin[2]);
        }
    }

    @Property(tries = 100)
    void evaluatorTotalEqualsTheSumOfItsListedViolations(@ForAll long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        RosterProblem p = RandomProblems.generate(rnd);
        int[][] grid = new int[p.staffCount()][p.days];
        for (int[] row : grid) {
            for (int d = 0; d < row.length; d++) {
                row[d] = rnd.nextInt(p.shiftCount() + 1) - 1;
            }
        }
        Evaluation ev = RosterEvaluator.evaluate(new Schedule(p, grid));
        assertThat(ev.objective()).isEqualTo(ev.violations().stream().filter(v -> !v.hard()).mapToLong(RuleViolation::cost).sum());
        assertThat(ev.hardViolations()).isEqualTo((int) ev.violations().stream().filter(RuleViolation::hard).count());
        assertThat(ev.penalties().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(ev.objective());
    }

    /**
     * A desk and a night post, one person each per day, eight people, a fortnight: always feasible.
     * The first two people may always work nights: with only one night-qualified person (about one
     * draw in 400 made seven of eight unqualified) fourteen nights cannot be covered within five
     * consecutive shifts, and the problem is infeasible, not the solver wrong.
     */
    static RosterProblem desk(SplittableRandom rnd) {
        RosterProblem.Builder b = RosterProblem.builder("desk", LocalDate.of(2026, 11, 2), 14)
                .shift("D", 540, false).shift("N", 690, true).forbidSuccession("N", "D");
        for (int e = 0; e < 8; e++) {
            b.staff("E" + e, new StaffLimits(14 * 690, 0, 5, 1, 1, 2));
            // the draw is made for everyone, so the rest of the problem is what it was for every seed
            if (rnd.nextInt(3) == 0 && e >= 2) {
                b.unqualified("E" + e, "N");
            }
            if (rnd.nextInt(2) == 0) {
                b.request("E" + e, rnd.nextInt(14), null, 1 + rnd.nextInt(3), false);
            }
        }
        for (int d = 0; d < 14; d++) {
            b.cover(d, "D", 1, 1, 1).cover(d, "N", 1, 1, 1);
        }
        for (RuleKind k : new RuleKind[] {RuleKind.COVER_UNDER, RuleKind.LEAVE, RuleKind.QUALIFICATION,
                RuleKind.FORBIDDEN_SUCCESSION, RuleKind.MAX_CONSECUTIVE_SHIFTS, RuleKind.MAX_WEEKENDS,
                RuleKind.MAX_TOTAL_MINUTES}) {
            b.rule(Rule.hard(k));
        }
        b.rule(Rule.soft(RuleKind.COVER_OVER, 10)).rule(Rule.soft(RuleKind.SHIFT_OFF_REQUEST, 1))
                .rule(Rule.soft(RuleKind.FAIRNESS_NIGHTS, 1)).rule(Rule.soft(RuleKind.FAIRNESS_WEEKENDS, 1));
        return b.build();
    }

    @Property(tries = 10)
    void aRepairedRosterHasNoHardViolation(@ForAll long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        RosterProblem p = desk(rnd);
        SolveResult first = solver(seed, 100_000).solve(p);
        assertThat(first.isFeasible()).isTrue();
        String ill = p.staffIds[rnd.nextInt(p.staffCount())];
        int from = rnd.nextInt(10);
        RosterProblem.Builder b = p.toBuilder();
        for (int d = from; d < from + 4; d++) {
            b.leave(ill, d);
        }
        RosterProblem changed = b.build();
        SolveResult repaired = solver(seed, 100_000).repair(changed, first.roster().orElseThrow());
        assertThat(repaired.evaluation().violations()).filteredOn(RuleViolation::hard).isEmpty();
        for (int d = from; d < from + 4; d++) {
            assertThat(repaired.roster().orElseThrow().shiftAt(ill, d)).isEmpty();
        }
        assertThat(repaired.changes()).allSatisfy(c -> assertThat(c.before()).isNotEqualTo(c.after()));
        assertThat(repaired.changes().size()).isEqualTo(repaired.roster().orElseThrow().distanceTo(first.roster().orElseThrow()));
    }

    static Optional<String> shift(String id) {
        return Optional.of(id);
    }
}
