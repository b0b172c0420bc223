package io.propcare.examples.bench;

import io.propcare.survey.IntervalMethod;
import io.propcare.survey.SurveyAggregate;
import io.propcare.survey.SurveyAnalysis;
import io.propcare.survey.SurveyConfig;
import io.propcare.survey.SurveyReport;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Aggregating 10 million responses of a 20-item satisfaction questionnaire in one pass on one
 * thread, then building the report. Target: under 2 s, with memory independent of the count (run
 * with {@code -prof gc}: the allocation per operation does not grow with {@code responses}).
 *
 * <pre>java -cp examples/target/propcare.jar org.openjdk.jmh.Main SurveyBenchmark -f 1 -wi 2 -i 3 -w 2s -r 2s</pre>
 *
 * <p>On a shared machine JMH's wall-clock time includes waiting for a core; {@link #main} runs the
 * same work and prints the thread's CPU time beside the wall-clock time:
 * <pre>java -cp examples/target/propcare.jar io.propcare.examples.bench.SurveyBenchmark [runs]</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
public class SurveyBenchmark {
    private static final int ITEMS = 20;
    private static final int POOL = 1 << 14;

    @Param({"10000000"})
    public int responses;

    @Param({"true", "false"})
    public boolean breakdown;

    private SurveyConfig config;
    private int[][] pool;

    @Setup
    public void setUp() {
        StringBuilder q = new StringBuilder("{\"round\": {\"period\": \"2026-12\", \"occupiedUnits\": 20000000, "
                + "\"issued\": 20000000}, \"items\": [");
        for (int i = 0; i < ITEMS; i++) {
            q.append(i == 0 ? "" : ",").append("{\"id\": \"item").append(i).append("\", \"scale\": \"satisfaction5\"}");
        }
        config = SurveyConfig.parse(q.append("]}").toString(), "benchmark.json");
        SplittableRandom random = new SplittableRandom(42);
        pool = new int[POOL][ITEMS];
        for (int[] row : pool) {
            for (int i = 0; i < ITEMS; i++) {
                int r = random.nextInt(100);
                // mostly satisfied, some neutral and dissatisfied, 3% not answered, 2% not applicable
                row[i] = r < 3 ? SurveyAggregate.NOT_ANSWERED_CODE : r < 5 ? SurveyAggregate.NOT_APPLICABLE_CODE
                        : r < 8 ? 1 : r < 13 ? 2 : r < 25 ? 3 : r < 60 ? 4 : 5;
            }
        }
    }

    /**
     * Runs the benchmark's work a few times and prints wall-clock and CPU time of each run.
     *
     * @param args optional: the number of runs (default 5)
     */
    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        for (boolean groups : new boolean[] {false, true}) {
            SurveyBenchmark b = new SurveyBenchmark();
            b.responses = 10_000_000;
            b.breakdown = groups;
            b.setUp();
            for (int r = 0; r < runs; r++) {
                long wall = System.nanoTime();
                long cpu = mx.getCurrentThreadCpuTime();
                SurveyReport report = b.aggregate();
                long cpuMs = (mx.getCurrentThreadCpuTime() - cpu) / 1_000_000;
                long wallMs = (System.nanoTime() - wall) / 1_000_000;
                System.out.printf("breakdown=%s run %d: %d responses, wall %d ms, cpu %d ms, overall satisfaction %.4f%n",
                        groups, r + 1, report.responses(), wallMs, cpuMs, report.overall().orElseThrow().rate());
            }
        }
    }

    /**
     * Aggregates the responses and builds the report.
     *
     * @return the report
     */
    @Benchmark
    public SurveyReport aggregate() {
        SurveyAggregate agg = SurveyAggregate.create(config, breakdown ? List.of("building") : List.of(),
                Optional.empty());
        SurveyAggregate.Row row = agg.newRow();
        String[] buildings = {"1", "2", "3", "4", "5", "6", "7", "8"};
        for (int r = 0; r < responses; r++) {
            row.codes(pool[r & (POOL - 1)]);
            if (breakdown) {
                row.group(0, buildings[r & 7]);
            }
            agg.add(row);
        }
        return SurveyAnalysis.report(agg, Optional.empty(), 0.95, IntervalMethod.WILSON);
    }
}
