package io.propcare.examples.compare;

import com.google.ortools.Loader;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverSolutionCallback;
import com.google.ortools.sat.CpSolverStatus;
import com.google.protobuf.TextFormat;
import io.propcare.examples.bench.RosterBenchmarkRunner;
import io.propcare.roster.CurtoisFormat;
import io.propcare.roster.Evaluation;
import io.propcare.roster.RosterEvaluator;
import io.propcare.roster.RosterProblem;
import io.propcare.roster.Schedule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Solves Curtois &amp; Qu instances with Google OR-Tools CP-SAT and scores each returned roster
 * with Propcare's own {@link RosterEvaluator}, for the "OR-Tools as a dependency?" question of
 * issue 5 ({@code docs/roster-ortools.md}). Built only with the Maven profile
 * {@code compare-ortools}.
 *
 * <p>Each instance is read with {@link CurtoisFormat}, modelled by {@link RosterCpModel}, solved
 * with a time limit and a number of CP-SAT workers, converted back into a solution grid, read
 * with {@link CurtoisFormat#readSolution} and evaluated. One Markdown table row per instance:
 * CP-SAT's status, its objective and proven bound, our evaluator's objective and hard
 * violations of the same roster, the gap to the best known value, when the first and the best
 * solution were found, the CPU time the process used while solving, and the 1-minute load
 * average before and after the run. The system property {@code cpsat.params} adds CP-SAT
 * parameters in protobuf text format (e.g. {@code -Dcpsat.params=linearization_level:2}). A run whose two
 * objectives differ, or whose roster breaks a hard rule, is flagged and makes the exit code 1.
 *
 * <pre>
 * java -cp examples/target/propcare.jar io.propcare.examples.compare.CpSatRosterComparison \
 *     ../shared/benchmarks/shift-scheduling/instances PT60S 2 1-12 [SOLUTIONS_DIR]
 * </pre>
 */
public final class CpSatRosterComparison {
    private CpSatRosterComparison() {
    }

    /** Times and objective of the solutions CP-SAT reports while it searches. */
    private static final class Progress extends CpSolverSolutionCallback {
        private int solutions;
        private double first = Double.NaN;
        private double best = Double.NaN;

        @Override
        public void onSolutionCallback() {
            solutions++;
            if (solutions == 1) {
                first = wallTime();
            }
            best = wallTime();
        }
    }

    /**
     * Runs the comparison.
     *
     * @param args instances directory, time limit (ISO-8601), workers, instances ({@code 1-12}),
     *     and optionally a directory for the solution grids
     * @throws IOException if a solution cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 4 && args.length != 5) {
            System.err.println("usage: CpSatRosterComparison INSTANCES_DIR PT60S WORKERS INSTANCES(1-12) [SOLUTIONS_DIR]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        Duration limit = Duration.parse(args[1]);
        int workers = Integer.parseInt(args[2]);
        List<Integer> instances = RosterBenchmarkRunner.instances(args[3]);
        Path out = args.length == 5 ? Files.createDirectories(Path.of(args[4])) : null;
        Loader.loadNativeLibraries();
        System.out.println("| Instance | Best known | CP-SAT status | CP-SAT objective (reported) | Its roster: model / our evaluator"
                + " | Hard violations | CP-SAT bound | Gap to best known | First / best solution at | CPU used | Model build"
                + " | Load before / after |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
        boolean allAgree = true;
        for (int n : instances) {
            allAgree &= run(dir, n, limit, workers, out);
        }
        System.exit(allAgree ? 0 : 1);
    }

    /** Solves one instance, prints its row and tells whether CP-SAT and our evaluator agree. */
    private static boolean run(Path dir, int n, Duration limit, int workers, Path out) {
        double loadBefore = load();
        long t0 = System.nanoTime();
        RosterProblem problem = CurtoisFormat.read(dir.resolve("Instance" + n + ".txt"));
        RosterCpModel cp = RosterCpModel.of(problem);
        double buildSeconds = (System.nanoTime() - t0) / 1e9;
        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(limit.toMillis() / 1000.0).setNumWorkers(workers);
        String extra = System.getProperty("cpsat.params", "");
        if (!extra.isBlank()) {
            try {
                TextFormat.merge(extra, solver.getParameters());
            } catch (TextFormat.ParseException e) {
                throw new IllegalArgumentException("cpsat.params: got '" + extra + "'; expected SatParameters in text format"
                        + " such as 'linearization_level:2' (" + e.getMessage() + ")", e);
            }
        }
        Progress progress = new Progress();
        long cpu0 = cpuNanos();
        CpSolverStatus status = solver.solve(cp.model(), progress);
        String cpu = String.format(Locale.ROOT, "%.0f s", (cpuNanos() - cpu0) / 1e9);
        double loadAfter = load();
        long best = RosterBenchmarkRunner.bestKnown(n);
        String bound = String.format(Locale.ROOT, "%.0f", solver.bestObjectiveBound());
        String loads = String.format(Locale.ROOT, "%.1f / %.1f", loadBefore, loadAfter);
        String build = String.format(Locale.ROOT, "%.1f s", buildSeconds);
        if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
            System.out.println("| " + n + " | " + best + " | " + status + " (no roster in " + limit + ") | - | - | - | "
                    + bound + " | - | - | " + cpu + " | " + build + " | " + loads + " |");
            return true;
        }
        Schedule roster = cp.roster(problem, solver);
        Evaluation ours = RosterEvaluator.evaluate(roster);
        long reported = Math.round(solver.objectiveValue());
        long ofRoster = cp.objectiveOfRoster(solver::value);
        long ofAssignment = cp.objectiveOfAssignment(solver::value);
        boolean agree = ofRoster == ours.objective() && ours.isFeasible();
        if (reported != ofRoster || ofAssignment != ofRoster) {
            System.err.println("Instance" + n + ": CP-SAT reported " + reported + ", its assignment's objective is " + ofAssignment
                    + ", its roster's " + ofRoster + ": the reported value is not that of the returned solution");
        }
        if (out != null) {
            write(out.resolve("cpsat-Instance" + n + ".txt"), roster.toString());
        }
        String gap = String.format(Locale.ROOT, "%.1f%%", 100.0 * (ours.objective() - best) / best);
        String times = String.format(Locale.ROOT, "%.1f s / %.1f s (%d solutions)", progress.first, progress.best,
                progress.solutions);
        System.out.println("| " + n + " | " + best + " | " + status + " | " + reported + " | " + ofRoster + " / "
                + ours.objective() + (agree ? "" : " **MISMATCH**") + " | " + ours.hardViolations() + " | " + bound + " | " + gap + " | "
                + times + " | " + cpu + " | " + build + " | " + loads + " |");
        if (!ours.isFeasible()) {
            ours.violations().stream().filter(v -> v.hard()).limit(20).forEach(v -> System.err.println("  " + v.describe()));
        }
        return agree;
    }

    /** CPU time used by this process so far (all threads: CP-SAT's workers, the JVM's own). */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
