package io.propcare.examples.bench;

import io.propcare.roster.CurtoisFormat;
import io.propcare.roster.RosterProblem;
import io.propcare.roster.RosterSolver;
import io.propcare.roster.SolveResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reproduces the table of {@code docs/roster-benchmark.md}: solves Curtois &amp; Qu instances
 * one after the other for each seed and prints, per instance, a table row: the objective of
 * every seed, the median (an infeasible run counts as +infinity), its gap to the best known
 * value, the hard violations summed over the seeds (by rule) and the search steps of each run.
 *
 * <pre>
 * java -cp examples/target/propcare.jar io.propcare.examples.bench.RosterBenchmarkRunner \
 *     ../shared/benchmarks/shift-scheduling/instances PT60S 2 1,2,3 1-24
 * </pre>
 * Arguments: the instances directory, the time limit, the threads, the seeds, the instances
 * (a range {@code a-b} or a list).
 */
public final class RosterBenchmarkRunner {
    /** Best known objective per instance 1-24 (BEST_KNOWN.md; confirmed S2 values where S3 is unconfirmed). */
    static final long[] BEST_KNOWN = {607, 828, 1001, 1716, 1143, 1950, 1056, 1300, 439, 4631, 3443, 4040, 1348, 1278,
        3829, 3225, 5746, 4459, 3149, 4769, 21133, 30241, 17428, 42463};

    private RosterBenchmarkRunner() {
    }

    /**
     * The best known objective of an instance, as used for the gap in this table.
     *
     * @param instance the instance number, 1 to 24
     * @return the best known objective (BEST_KNOWN.md; the confirmed S2 value where S3 is unconfirmed)
     * @throws IllegalArgumentException if the number is outside 1-24
     */
    public static long bestKnown(int instance) {
        if (instance < 1 || instance > BEST_KNOWN.length) {
            throw new IllegalArgumentException("instance must be 1 to " + BEST_KNOWN.length + ", got " + instance);
        }
        return BEST_KNOWN[instance - 1];
    }

    /**
     * The instance numbers of a list such as {@code "1-12"} or {@code "1,5,8-10"}.
     *
     * @param spec comma-separated numbers and ranges {@code a-b}
     * @return the numbers in the order given
     * @throws NumberFormatException if a part is not a number or a range
     */
    public static List<Integer> instances(String spec) {
        List<Integer> instances = new ArrayList<>();
        for (String part : spec.split(",")) {
            String[] ab = part.split("-");
            int a = Integer.parseInt(ab[0].strip());
            int b = ab.length > 1 ? Integer.parseInt(ab[1].strip()) : a;
            for (int i = a; i <= b; i++) {
                instances.add(i);
            }
        }
        return instances;
    }

    /**
     * Runs the benchmark.
     *
     * @param args directory, time limit, threads, seeds, instances
     */
    public static void main(String[] args) {
        if (args.length != 5) {
            System.err.println("usage: RosterBenchmarkRunner INSTANCES_DIR PT60S THREADS SEEDS(1,2,3) INSTANCES(1-24)");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        Duration limit = Duration.parse(args[1]);
        int threads = Integer.parseInt(args[2]);
        long[] seeds = Arrays.stream(args[3].split(",")).mapToLong(Long::parseLong).toArray();
        List<Integer> instances = instances(args[4]);
        System.out.println("| Instance | Best known | Objective per seed | Median | Gap (median) | Hard violations | Steps per run |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (int n : instances) {
            RosterProblem p = CurtoisFormat.read(dir.resolve("Instance" + n + ".txt"));
            long[] obj = new long[seeds.length];
            long hard = 0;
            Map<String, Long> hardByRule = new TreeMap<>();
            StringBuilder each = new StringBuilder();
            StringBuilder steps = new StringBuilder();
            for (int i = 0; i < seeds.length; i++) {
                SolveResult r = RosterSolver.builder().timeLimit(limit).threads(threads).seed(seeds[i]).build().solve(p);
                obj[i] = r.isFeasible() ? r.evaluation().objective() : Long.MAX_VALUE;
                hard += r.evaluation().hardViolations();
                r.evaluation().hardViolationsByRule().forEach((rule, count) -> hardByRule.merge(rule, count, Long::sum));
                each.append(i == 0 ? "" : " / ").append(r.evaluation().objective()).append(r.isFeasible() ? "" : " (infeasible)");
                steps.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.0fM", r.steps() / 1e6));
            }
            long[] sorted = obj.clone();
            Arrays.sort(sorted);
            long median = sorted[sorted.length / 2];
            long best = bestKnown(n);
            String gap = median == Long.MAX_VALUE ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * (median - best) / best);
            String hardText = hard == 0 ? "0" : hard + " " + hardByRule;
            System.out.println("| " + n + " | " + best + " | " + each + " | " + (median == Long.MAX_VALUE ? "infeasible" : median)
                    + " | " + gap + " | " + hardText + " | " + steps + " |");
        }
    }
}
