package io.propcare.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The exchange keeps the best roster offered, as a copy, and a trajectory behind it carries on from it. */
class BestExchangeTest {
    @Test
    void keepsTheBestOfferHardPartFirstAsACopy() {
        BestExchange x = new BestExchange();
        assertThat(x.betterThan(Long.MAX_VALUE - 1, 0)).isNull();
        int[][] a = {{1, 2}, {3, 4}};
        x.offer(0, 50, a);
        a[0][0] = 9;
        assertThat(x.betterThan(0, 51)).isDeepEqualTo(new int[][] {{1, 2}, {3, 4}});
        assertThat(x.betterThan(0, 50)).as("not better than an equal score").isNull();
        x.offer(1, 10, new int[][] {{0}});
        assertThat(x.betterThan(0, 51)).as("a lower soft part does not beat a lower hard part").isDeepEqualTo(new int[][] {{1, 2}, {3, 4}});
        x.offer(0, 40, new int[][] {{7}});
        int[][] taken = x.betterThan(0, 45);
        assertThat(taken).isDeepEqualTo(new int[][] {{7}});
        taken[0][0] = 8;
        assertThat(x.betterThan(0, 45)).isDeepEqualTo(new int[][] {{7}});
    }

    @Test
    void aTrajectoryBehindTheExchangeCarriesOnFromItsBest() {
        RosterProblem p = CurtoisFormat.read(Benchmarks.instance(7));
        int[][] empty = Schedule.empty(p).cells();
        // a clock that moves one tick per reading: the run's length is counted in readings
        long[] shortRun = run(p, empty, 300, null);
        long[] longRun = run(p, empty, 4_000, null);
        assertThat(longRun[1]).as("the longer run is better, or the test shows nothing").isLessThan(shortRun[1]);
        assertThat(longRun[0]).isZero();
        BestExchange x = new BestExchange();
        x.offer(longRun[0], longRun[1], bestOf(p, empty, 4_000));
        long[] helped = run(p, empty, 300, x);
        assertThat(helped[0]).isZero();
        assertThat(helped[1]).isLessThanOrEqualTo(longRun[1]);
    }

    private static long[] run(RosterProblem p, int[][] start, long ticks, BestExchange exchange) {
        Annealer a = annealer(p, start, ticks, exchange);
        a.run();
        return new long[] {a.bestHard, a.bestSoft};
    }

    private static int[][] bestOf(RosterProblem p, int[][] start, long ticks) {
        Annealer a = annealer(p, start, ticks, null);
        a.run();
        return a.best;
    }

    private static Annealer annealer(RosterProblem p, int[][] start, long ticks, BestExchange exchange) {
        AtomicLong clock = new AtomicLong();
        return new Annealer(p, start, 7, Long.MAX_VALUE, ticks, clock::getAndIncrement, 0, new AtomicBoolean(), 0,
                Annealer.ROW_SHARE, exchange);
    }
}
