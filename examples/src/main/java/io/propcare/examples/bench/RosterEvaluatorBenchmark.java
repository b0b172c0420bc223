package io.propcare.examples.bench;

import io.propcare.roster.CurtoisFormat;
import io.propcare.roster.Evaluation;
import io.propcare.roster.RosterEvaluator;
import io.propcare.roster.RosterProblem;
import io.propcare.roster.RosterSolver;
import io.propcare.roster.Schedule;
import io.propcare.roster.SolveResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Speed of the roster engine on Curtois &amp; Qu instances: a full evaluation of a roster, and
 * a fixed number of search steps (so steps per second = 200,000 / score).
 *
 * <pre>
 * java -cp examples/target/propcare.jar org.openjdk.jmh.Main RosterEvaluatorBenchmark -f 1 -wi 2 -i 3 -w 2s -r 2s
 * </pre>
 * Set {@code -Dpropcare.shiftScheduling=DIR} when the instances are not at {@code ../shared/benchmarks/shift-scheduling/instances}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RosterEvaluatorBenchmark {
    /** The instance number. */
    @Param({"8", "24"})
    public int instance;

    private RosterProblem problem;
    private Schedule roster;

    /** Reads the instance and builds a roster to evaluate. */
    @Setup
    public void setUp() {
        Path dir = Path.of(System.getProperty("propcare.shiftScheduling", "../shared/benchmarks/shift-scheduling/instances"));
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("instances not found at " + dir.toAbsolutePath()
                    + "; set -Dpropcare.shiftScheduling=DIR");
        }
        problem = CurtoisFormat.read(dir.resolve("Instance" + instance + ".txt"));
        SolveResult r = RosterSolver.builder().threads(1).seed(1).maxSteps(200_000).timeLimit(Duration.ofMinutes(5))
                .build().solve(problem);
        roster = r.bestAttempt();
    }

    /**
     * A full evaluation with every violation listed.
     *
     * @return the evaluation
     */
    @Benchmark
    public Evaluation evaluate() {
        return RosterEvaluator.evaluate(roster);
    }

    /**
     * 200,000 search steps on one thread from the empty roster.
     *
     * @return the result
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public SolveResult search200kSteps() {
        return RosterSolver.builder().threads(1).seed(2).maxSteps(200_000).timeLimit(Duration.ofMinutes(5)).build()
                .solve(problem);
    }
}
