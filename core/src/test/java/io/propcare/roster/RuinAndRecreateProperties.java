package io.propcare.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The ruin-and-recreate move keeps pins and hard leave, and leaves a score equal to a full evaluation. */
class RuinAndRecreateProperties {
    @Property(tries = 150)
    void ruinAndRecreateKeepsPinsAndLeaveAndScoresExactly(@ForAll long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        assertMoveIsExact(RandomProblems.generateWithPins(rnd, 5), rnd, 30);
    }

    @Property(tries = 20)
    void ruinAndRecreateScoresExactlyOnBenchmarkInstances(@ForAll @IntRange(min = 1, max = 8) int instance, @ForAll long seed) {
        assertMoveIsExact(CurtoisFormat.read(Benchmarks.instance(instance)), new SplittableRandom(seed), 10);
    }

    private static void assertMoveIsExact(RosterProblem p, SplittableRandom rnd, int moves) {
        boolean[][] pinned = Annealer.pinnedOf(p);
        int[][] values = Annealer.valuesOf(p);
        int[][] start = RandomProblems.randomStart(p, values, rnd);
        Annealer a = new Annealer(p, start, rnd.nextLong(), 1_000, Long.MAX_VALUE, () -> 0L, 0, new AtomicBoolean(), 0);
        SearchState st = a.state();
        for (int i = 0; i < moves; i++) {
            a.ruinStep(i % 2 == 0 ? 1e9 : 0.15);
            assertExactAndPinsKept(p, st, pinned, start, "after " + (i + 1) + " moves");
        }
    }

    /** The incremental score equals a full evaluation, and pinned cells and hard leave are as they started. */
    static void assertExactAndPinsKept(RosterProblem p, SearchState st, boolean[][] pinned, int[][] start, String when) {
        long[] full = SearchState.scoreOf(RosterEvaluator.evaluate(new Schedule(p, st.snapshot())));
        assertThat(new long[] {st.hard, st.soft}).as(when).containsExactly(full);
        for (int e = 0; e < p.staffCount(); e++) {
            for (int d = 0; d < p.days; d++) {
                if (pinned[e][d]) {
                    assertThat(st.x[e][d]).as("%s: pinned or on leave: person %d day %d", when, e, d).isEqualTo(start[e][d]);
                }
                if (Annealer.offOnly(p, e, d)) {
                    assertThat(st.x[e][d]).as("%s: hard leave: person %d day %d", when, e, d).isEqualTo(RosterProblem.OFF);
                }
            }
        }
    }
}
