package io.propcare.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The solver's incremental score equals a full evaluation after any sequence of changes. */
class IncrementalScoreProperties {
    @Property(tries = 60)
    void incrementalEqualsFullOnBenchmarkInstances(@ForAll @IntRange(min = 1, max = 8) int instance, @ForAll long seed) {
        RosterProblem p = CurtoisFormat.read(Benchmarks.instance(instance));
        assertAgrees(p, seed, 400);
    }

    @Property(tries = 200)
    void incrementalEqualsFullWithTailsPinsFairnessAndSoftHardRules(@ForAll long seed) {
        RosterProblem p = RandomProblems.generate(new SplittableRandom(seed));
        assertAgrees(p, seed, 300);
    }

    static void assertAgrees(RosterProblem p, long seed, int moves) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int[][] start = new int[p.staffCount()][p.days];
        for (int[] row : start) {
            for (int d = 0; d < row.length; d++) {
                row[d] = rnd.nextInt(p.shiftCount() + 1) - 1;
            }
        }
        SearchState st = new SearchState(p, start);
        for (int i = 0; i < moves; i++) {
            int e = rnd.nextInt(p.staffCount());
            int d = rnd.nextInt(p.days);
            int v = rnd.nextInt(p.shiftCount() + 1) - 1;
            long before = st.score();
            long delta = st.change(e, d, v);
            assertThat(st.score()).isEqualTo(before + delta);
            if (i % 37 == 0 || i == moves - 1) {
                long[] full = SearchState.scoreOf(RosterEvaluator.evaluate(new Schedule(p, st.snapshot())));
                assertThat(new long[] {st.hard, st.soft}).as("after %d moves", i + 1).containsExactly(full);
            }
        }
    }

    static LocalDate anyDate(SplittableRandom rnd) {
        return LocalDate.of(2026, 1, 1).plusDays(rnd.nextInt(365));
    }
}
