package io.propcare.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class ColumnDiveTest {
    /** The roster a solve from nothing starts from: pinned days set, everything else off. */
    static int[][] start(RosterProblem p) {
        return RosterSolver.searchStart(Schedule.empty(p));
    }

    private static ColumnDive dive(RosterProblem p, int[][] start) {
        return new ColumnDive(p, start, () -> 0L, Long.MAX_VALUE, Long.MAX_VALUE, new AtomicBoolean());
    }

    @Example
    void instance1IsBuiltWithoutAHardViolationAndNearItsOptimum() {
        RosterProblem p = CurtoisFormat.read(Benchmarks.instance(1));
        ColumnDive dive = dive(p, start(p));
        int[][] grid = dive.run();
        assertThat(grid).isNotNull();
        Evaluation ev = RosterEvaluator.evaluate(new Schedule(p, grid));
        assertThat(ev.hardViolations()).isZero();
        // 607 is optimal
        assertThat(ev.objective()).isBetween(607L, 620L);
        assertThat(dive(p, start(p)).run()).as("the same problem gives the same roster").isDeepEqualTo(grid);
    }

    /** Seed 102 gave a programme on which the simplex method cycled (CI, session 21). */
    @Example
    void aProgrammeThatMadeTheSimplexCycleIsSolved() {
        theDiveKeepsPinsAndLeaveAndItsProgrammeNeverCostsMoreThanTheStart(102);
    }

    /** Seed 19006 gave a programme on which the simplex method stalled even after its perturbation. */
    @Example
    void aProgrammeThatStalledThePerturbedSimplexIsSolved() {
        theDiveKeepsPinsAndLeaveAndItsProgrammeNeverCostsMoreThanTheStart(19006);
    }

    /** Seed -3875194828 gave a programme whose basis the simplex method let become singular. */
    @Example
    void aProgrammeThatWentSingularIsSolved() {
        theDiveKeepsPinsAndLeaveAndItsProgrammeNeverCostsMoreThanTheStart(-3875194828L);
    }

    @Property(tries = 150)
    void theDiveKeepsPinsAndLeaveAndItsProgrammeNeverCostsMoreThanTheStart(@ForAll long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        RosterProblem p = RandomProblems.generateWithPins(rnd, rnd.nextInt(6));
        int[][] start = RandomProblems.randomStart(p, Annealer.valuesOf(p), rnd);
        ColumnDive dive = dive(p, start);
        int[][] grid = dive.run();
        assertThat(grid).as("failure: %s", dive.failure).isNotNull();
        for (int e = 0; e < p.staffCount(); e++) {
            for (int d = 0; d < p.days; d++) {
                if (p.pins[e][d] != RosterProblem.UNPINNED) {
                    assertThat(grid[e][d]).as("pin of %d on day %d", e, d).isEqualTo(p.pins[e][d]);
                } else if (Annealer.offOnly(p, e, d)) {
                    assertThat(grid[e][d]).as("hard leave of %d on day %d", e, d).isEqualTo(RosterProblem.OFF);
                } else if (grid[e][d] >= 0) {
                    assertThat(p.allowed(e, grid[e][d])).as("shift of %d on day %d allowed", e, d).isTrue();
                }
            }
        }
        boolean fair = p.active(RuleKind.FAIRNESS_NIGHTS) || p.active(RuleKind.FAIRNESS_WEEKENDS)
                || p.active(RuleKind.FAIRNESS_HOLIDAYS);
        if (!fair) {
            // the start's rows are columns of the first programme, so its optimum costs no more than the start
            SearchState st = new SearchState(p, start);
            double startScore = st.hard * RowPlanner.HARD_FACTOR + st.soft;
            assertThat(dive.rootValue).isLessThanOrEqualTo(startScore + 1e-6 * Math.max(1, startScore));
        }
        assertThat(dive(p, start).run()).as("deterministic").isDeepEqualTo(grid);
    }

    @Example
    void theDiveStopsWithTheClock() {
        RosterProblem p = CurtoisFormat.read(Benchmarks.instance(1));
        long[] now = {0};
        ColumnDive dive = new ColumnDive(p, start(p), () -> now[0]++, Long.MAX_VALUE, 3, new AtomicBoolean());
        assertThat(dive.run()).isNull();
        assertThat(dive.failure).isEqualTo("the time ran out");
        now[0] = 0;
        ColumnDive late = new ColumnDive(p, start(p), () -> now[0]++, 3, Long.MAX_VALUE, new AtomicBoolean());
        assertThat(late.run()).as("the first programme must converge by its own deadline").isNull();
        assertThat(late.rootValue).isNaN();
        AtomicBoolean stop = new AtomicBoolean(true);
        assertThat(new ColumnDive(p, start(p), () -> 0L, Long.MAX_VALUE, Long.MAX_VALUE, stop).run()).isNull();
    }

    @Example
    void onlyProblemsWithASmallProgrammeAreDived() {
        assertThat(ColumnDive.suits(CurtoisFormat.read(Benchmarks.instance(8)))).isTrue();
        RosterProblem.Builder b = RosterProblem.builder("wide", LocalDate.of(2026, 11, 2), 364).shift("D", 480, false)
                .shift("N", 480, true);
        assertThat(ColumnDive.suits(b.staff("A", new StaffLimits(480 * 300, 0, 7, 1, 1, 52)).build())).isFalse();
    }

    @Example
    void aTimeLimitedSolveWithTwoThreadsDivesAndStaysFeasible() {
        RosterProblem p = CurtoisFormat.read(Benchmarks.instance(1));
        SolveResult dived = RosterSolver.builder().threads(2).seed(1).timeLimit(Duration.ofSeconds(2)).build().solve(p);
        assertThat(dived.isFeasible()).isTrue();
        assertThat(dived.evaluation().objective()).isBetween(607L, 650L);
        SolveResult plain = RosterSolver.builder().threads(2).seed(1).timeLimit(Duration.ofSeconds(2)).columnDive(false)
                .build().solve(p);
        assertThat(plain.isFeasible()).isTrue();
    }
}
