package io.propcare.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The annealer's small moves (one day, a swap between two people, a swap on two days, a block)
 * keep pins and hard leave, a move that scores worse at a temperature near zero is undone
 * entirely, and after any sequence of kept and undone moves the incremental score equals a full
 * evaluation.
 */
class AnnealerMoveProperties {
    @Property(tries = 100)
    void smallMovesKeepPinsAndLeaveAndScoreExactly(@ForAll long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        assertMovesAreExact(RandomProblems.generateWithPins(rnd, 5), rnd, 20, 50);
    }

    @Property(tries = 10)
    void smallMovesScoreExactlyOnBenchmarkInstances(@ForAll @IntRange(min = 1, max = 9) int instance, @ForAll long seed) {
        assertMovesAreExact(CurtoisFormat.read(Benchmarks.instance(instance)), new SplittableRandom(seed), 10, 2_000);
    }

    /** Runs rounds of moves, alternately hot (most kept) and cold (most undone), with a full check after each round. */
    private static void assertMovesAreExact(RosterProblem p, SplittableRandom rnd, int rounds, int movesPerRound) {
        boolean[][] pinned = Annealer.pinnedOf(p);
        int[][] values = Annealer.valuesOf(p);
        int[][] start = RandomProblems.randomStart(p, values, rnd);
        Annealer a = new Annealer(p, start, rnd.nextLong(), 1_000, Long.MAX_VALUE, () -> 0L, 0, new AtomicBoolean(), 0);
        SearchState st = a.state();
        for (int r = 0; r < rounds; r++) {
            boolean cold = r % 2 == 1;
            for (int i = 0; i < movesPerRound; i++) {
                if (!cold) {
                    a.step(1e9);
                    continue;
                }
                // at a temperature near zero a move that scores worse is undone entirely
                int[][] before = st.snapshot();
                long hard = st.hard;
                long soft = st.soft;
                a.step(1e-12);
                if (!java.util.Arrays.deepEquals(before, st.snapshot())) {
                    assertThat((st.soft - soft) + 0.5 * (st.hard - hard)).as("kept move %d of round %d", i, r + 1).isLessThanOrEqualTo(0.0);
                } else {
                    assertThat(new long[] {st.hard, st.soft}).as("undone move %d of round %d", i, r + 1).containsExactly(hard, soft);
                }
            }
            RuinAndRecreateProperties.assertExactAndPinsKept(p, st, pinned, start, "after round " + (r + 1));
        }
    }
}
