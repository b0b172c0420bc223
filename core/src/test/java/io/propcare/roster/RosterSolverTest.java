package io.propcare.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RosterSolverTest {
    private static RosterSolver.Builder quick() {
        return RosterSolver.builder().threads(1).timeLimit(Duration.ofSeconds(30));
    }

    @Test
    void theSameSeedAndStepLimitGiveTheSameRoster() {
        RosterProblem p = CurtoisFormat.read(Benchmarks.instance(2));
        Schedule a = quick().seed(7).maxSteps(200_000).build().solve(p).bestAttempt();
        Schedule b = quick().seed(7).maxSteps(200_000).build().solve(p).bestAttempt();
        assertThat(a).isEqualTo(b);
    }

    @Test
    void twoThreadsFindAFeasibleRosterForInstance1() {
        RosterProblem p = CurtoisFormat.read(Benchmarks.instance(1));
        SolveResult r = quick().threads(2).seed(1).maxSteps(500_000).build().solve(p);
        assertThat(r.isFeasible()).isTrue();
        assertThat(r.roster()).isPresent();
        assertThat(r.evaluation().objective()).isGreaterThanOrEqualTo(607).isLessThan(800);
        assertThat(RosterEvaluator.evaluate(r.roster().orElseThrow()).objective()).isEqualTo(r.evaluation().objective());
    }

    @Test
    void theSearchStopsAtAProvenBound() {
        RosterProblem p = CurtoisFormat.read(Benchmarks.instance(1));
        SolveResult r = quick().seed(1).maxSteps(5_000_000).lowerBound(100_000).build().solve(p);
        assertThat(r.isFeasible()).isTrue();
        assertThat(r.isOptimal()).isTrue();
        assertThat(r.steps()).isLessThan(5_000_000);
    }

    @Test
    void anInfeasibleProblemNamesTheConflictingRulesAndReturnsNoRoster() {
        RosterProblem p = RosterProblem.builder("tight", LocalDate.of(2026, 11, 2), 7).shift("D", 480, false)
                .staff("A", new StaffLimits(7 * 480, 6 * 480, 3, 1, 1, 1)).leave("A", 0)
                .rule(Rule.hard(RuleKind.MIN_TOTAL_MINUTES)).rule(Rule.hard(RuleKind.MAX_CONSECUTIVE_SHIFTS))
                .rule(Rule.hard(RuleKind.LEAVE)).build();
        SolveResult r = quick().maxSteps(20_000).build().solve(p);
        assertThat(r.roster()).isEmpty();
        assertThat(r.conflicts()).isNotEmpty();
        assertThat(r.conflicts().get(0).ruleIds()).contains("min-total-minutes", "max-consecutive-shifts");
    }

    @Test
    void aRepairAfterIllnessChangesFewDaysAndReportsThem() {
        RosterProblem p = SolverProperties.desk(new SplittableRandom(3));
        SolveResult first = quick().seed(3).maxSteps(300_000).build().solve(p);
        Schedule before = first.roster().orElseThrow();
        String ill = null;
        for (String id : p.staffIds()) {
            if (before.shiftAt(id, 5).isPresent()) {
                ill = id;
            }
        }
        RosterProblem changed = p.toBuilder().leave(ill, 5).build();
        SolveResult r = quick().seed(3).maxSteps(300_000).build().repair(changed, before);
        assertThat(r.isFeasible()).isTrue();
        assertThat(r.changes()).anySatisfy(c -> {
            assertThat(c.day()).isEqualTo(5);
            assertThat(c.after()).isEmpty();
        });
        assertThat(r.changes().size()).isLessThanOrEqualTo(6);
    }

    @Test
    void aRepairAfterAShiftIsAddedStaffsItAndKeepsTheRest() {
        RosterProblem p = SolverProperties.desk(new SplittableRandom(4));
        Schedule before = quick().seed(4).maxSteps(300_000).build().solve(p).roster().orElseThrow();
        RosterProblem.Builder b = p.toBuilder().shift("X", 240, false).forbidSuccession("N", "X");
        for (int d = 0; d < 14; d++) {
            b.cover(d, "X", d == 6 ? 1 : 0, 1, 1);
        }
        RosterProblem changed = b.build();
        SolveResult r = quick().seed(4).maxSteps(300_000).build().repair(changed, before);
        assertThat(r.isFeasible()).isTrue();
        assertThat(changed.staffIds()).anySatisfy(id -> assertThat(r.roster().orElseThrow().shiftAt(id, 6)).contains("X"));
        assertThat(r.changes()).isNotEmpty().hasSizeLessThanOrEqualTo(4);
    }
}
