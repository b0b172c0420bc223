package io.propcare.roster;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds rosters: from nothing (or from a given start) within a time limit, keeping pinned
 * days, and repairs a roster after a change with as few changed days as possible.
 *
 * <p>The search runs one trajectory per thread (row-by-row construction, simulated annealing
 * with row re-optimisation and ruin and recreate, a final row repair), each seeded from the seed
 * and its thread number; odd-numbered threads spend a larger share of their work re-optimising
 * rows (a portfolio of two settings). When the clock drives a multi-threaded run (no step
 * limit), the trajectories meet once, two thirds into the run: each leaves its best roster, and
 * those behind carry on from the best of them. With a step limit ({@link Builder#maxSteps}) they
 * share nothing and each depends only on its seed and its step count, so such a run with no time
 * pressure gives the same roster every time. The best roster over all threads wins (ties: the
 * lowest thread number). A time-limited solve first builds a roster by column generation with
 * diving ({@link Builder#columnDive}), and every trajectory starts from it, cooler. The search
 * stops at the time limit, the step limit, or as soon as the objective reaches a proven lower
 * bound (the solver's own, or a higher one given with {@link Builder#lowerBound}).
 *
 * <pre>{@code
 * SolveResult r = RosterSolver.builder().timeLimit(Duration.ofSeconds(60)).seed(1).threads(2).build()
 *         .solve(CurtoisFormat.read(Path.of("Instance1.txt")));
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe; each call uses its own threads.
 *
 * @since 0.1
 */
public final class RosterSolver {
    private static final Logger log = LoggerFactory.getLogger(RosterSolver.class);
    /** Weight of the change rule a repair adds when the problem has none. */
    static final int DEFAULT_CHANGE_WEIGHT = 10;
    /** Share of a time limit the column-generation dive may take at most. */
    static final double DIVE_SHARE = 0.25;
    /** Share of a time limit by which the dive's first programme must have converged, or the dive gives up. */
    static final double DIVE_ROOT_SHARE = 0.1;
    /** Starting temperature of the annealing that follows the dive, in objective units. */
    static final double DIVE_TEMPERATURE = 6;

    private final Duration timeLimit;
    private final long seed;
    private final int threads;
    private final long maxSteps;
    private final long lowerBound;
    private final LongSupplier ticker;
    private final boolean columnDive;

    private RosterSolver(Builder b) {
        columnDive = b.columnDive;
        timeLimit = b.timeLimit;
        seed = b.seed;
        threads = b.threads;
        maxSteps = b.maxSteps;
        lowerBound = b.lowerBound;
        ticker = b.ticker;
    }

    /**
     * Starts a solver configuration: 10 seconds, seed 0, one thread per available processor,
     * no step limit.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Solves a problem from scratch (pinned days kept).
     *
     * @param problem the problem
     * @return the result
     */
    public SolveResult solve(RosterProblem problem) {
        Objects.requireNonNull(problem, "problem must not be null");
        Schedule start = problem.reference().orElse(Schedule.empty(problem));
        return solve(problem, start);
    }

    /**
     * Improves a given roster (pinned days are set to their pins first).
     *
     * @param problem the problem
     * @param start the roster to start from, of this problem
     * @return the result
     * @throws IllegalArgumentException if {@code start} belongs to another problem
     */
    public SolveResult solve(RosterProblem problem, Schedule start) {
        Objects.requireNonNull(problem, "problem must not be null");
        Objects.requireNonNull(start, "start must not be null");
        if (start.problem() != problem) {
            throw new IllegalArgumentException("start must be a roster of problem " + problem.name()
                    + "; use start.on(problem) to carry it over");
        }
        long t0 = ticker.getAsLong();
        int[][] grid = searchStart(start);
        List<Conflict> proven = Diagnosis.conflicts(problem);
        long bound = Math.max(lowerBound, LowerBound.of(problem));
        long deadline = t0 + timeLimit.toNanos();
        AtomicBoolean stop = new AtomicBoolean(false);
        List<Annealer> runs = new ArrayList<>();
        // trajectories share their best only when the clock drives them: a step-limited solve stays reproducible
        BestExchange exchange = threads > 1 && maxSteps == Long.MAX_VALUE ? new BestExchange() : null;
        for (int i = 0; i < threads; i++) {
            double rowShare = i % 2 == 0 ? Annealer.ROW_SHARE : Annealer.ROW_SHARE_ALT;
            runs.add(new Annealer(problem, grid, mix(seed, i), maxSteps, deadline, ticker, t0, stop, bound, rowShare, exchange));
        }
        if (columnDive && maxSteps == Long.MAX_VALUE && problem.reference().isEmpty() && ColumnDive.suits(problem)) {
            ColumnDive dive = new ColumnDive(problem, grid, ticker, t0 + (long) (timeLimit.toNanos() * DIVE_ROOT_SHARE),
                    t0 + (long) (timeLimit.toNanos() * DIVE_SHARE), stop);
            int[][] dived = dive.run();
            log.debug("roster {}: column dive {} after {} ms ({} rounds, {} rows, {} steps)", problem.name(),
                    dived != null ? "done" : "given up: " + dive.failure, (ticker.getAsLong() - t0) / 1_000_000, dive.rounds,
                    dive.columns, dive.steps);
            for (Annealer a : runs) {
                a.restart(dived != null ? dived : grid, dived != null ? DIVE_TEMPERATURE : Annealer.T_START);
            }
        }
        if (threads == 1) {
            runs.get(0).run();
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "propcare-roster-solver");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (Annealer a : runs) {
                    futures.add(pool.submit(a::run));
                }
                for (Future<?> f : futures) {
                    f.get();
                }
            } catch (InterruptedException e) {
                stop.set(true);
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                throw new IllegalStateException("roster search failed: " + e.getCause(), e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        Annealer win = runs.get(0);
        long steps = 0;
        for (Annealer a : runs) {
            steps += a.steps;
            if (a.bestHard < win.bestHard || (a.bestHard == win.bestHard && a.bestSoft < win.bestSoft)) {
                win = a;
            }
        }
        Schedule best = new Schedule(problem, win.best);
        Evaluation ev = RosterEvaluator.evaluate(best);
        List<Conflict> conflicts = new ArrayList<>();
        if (!ev.isFeasible()) {
            conflicts.addAll(proven);
            for (Map.Entry<String, Long> h : ev.hardViolationsByRule().entrySet()) {
                List<String> who = new ArrayList<>();
                for (RuleViolation v : ev.violations()) {
                    if (v.hard() && v.ruleId().equals(h.getKey()) && who.size() < 10) {
                        who.add(v.describe());
                    }
                }
                conflicts.add(new Conflict(List.of(h.getKey()), h.getValue() + " violation(s) left after the search",
                        String.join("; ", who)));
            }
        }
        Duration elapsed = Duration.ofNanos(ticker.getAsLong() - t0);
        log.debug("roster {}: objective {}, hard {}, bound {}, steps {}, {}", problem.name(), ev.objective(),
                ev.hardViolations(), bound, steps, elapsed);
        return new SolveResult(best, ev, seed, Duration.ofNanos(win.bestAt), elapsed, steps, bound, conflicts);
    }

    /**
     * Repairs a roster after its problem changed (someone falls ill, a shift is added): the
     * result keeps every hard rule if possible and differs from {@code previous} in as few days
     * as it can, weighed against the other soft rules by the {@link RuleKind#CHANGE} rule
     * (soft, weight {@value #DEFAULT_CHANGE_WEIGHT}, when the problem has none).
     * {@link SolveResult#changes()} lists what changed.
     *
     * @param changed the changed problem
     * @param previous the roster to keep as far as possible (of the old or the new problem)
     * @return the result
     */
    public SolveResult repair(RosterProblem changed, Schedule previous) {
        Objects.requireNonNull(changed, "changed must not be null");
        Objects.requireNonNull(previous, "previous must not be null");
        RosterProblem.Builder b = changed.toBuilder().reference(previous);
        if (changed.rule(RuleKind.CHANGE).isEmpty()) {
            b.rule(Rule.soft(RuleKind.CHANGE, DEFAULT_CHANGE_WEIGHT));
        }
        RosterProblem withReference = b.build();
        return solve(withReference, previous.on(withReference));
    }

    /** A roster's cells as the search starts from them: pinned days set to their pins, days of hard leave off. */
    static int[][] searchStart(Schedule start) {
        RosterProblem problem = start.problem();
        int[][] grid = start.cells();
        for (int e = 0; e < problem.staffCount(); e++) {
            for (int d = 0; d < problem.days; d++) {
                if (problem.pins[e][d] != RosterProblem.UNPINNED) {
                    grid[e][d] = problem.pins[e][d];
                } else if (Annealer.offOnly(problem, e, d)) {
                    grid[e][d] = RosterProblem.OFF;
                }
            }
        }
        return grid;
    }

    private static long mix(long seed, int thread) {
        long z = seed + 0x9E3779B97F4A7C15L * (thread + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * Collects solver settings.
     *
     * <p>Implementation requirements: not thread-safe.
     */
    public static final class Builder {
        private Duration timeLimit = Duration.ofSeconds(10);
        private long seed;
        private int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        private long maxSteps = Long.MAX_VALUE;
        private long lowerBound;
        private LongSupplier ticker = System::nanoTime;
        private boolean columnDive = true;

        private Builder() {
        }

        /**
         * Sets the time limit.
         *
         * @param limit more than zero
         * @return this builder
         */
        public Builder timeLimit(Duration limit) {
            Objects.requireNonNull(limit, "limit must not be null");
            if (limit.isNegative() || limit.isZero()) {
                throw new IllegalArgumentException("timeLimit must be more than zero, got " + limit);
            }
            this.timeLimit = limit;
            return this;
        }

        /**
         * Sets the seed.
         *
         * @param value any number
         * @return this builder
         */
        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        /**
         * Sets the number of search threads.
         *
         * @param value 1 to 64
         * @return this builder
         */
        public Builder threads(int value) {
            if (value < 1 || value > 64) {
                throw new IllegalArgumentException("threads must be 1 to 64, got " + value);
            }
            this.threads = value;
            return this;
        }

        /**
         * Limits the moves each thread tries; with it a run is reproducible.
         *
         * @param value at least 1
         * @return this builder
         */
        public Builder maxSteps(long value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxSteps must be at least 1, got " + value);
            }
            this.maxSteps = value;
            return this;
        }

        /**
         * Gives a proven lower bound on the objective (e.g. a published one); the search stops
         * when it reaches it.
         *
         * @param value 0 or more
         * @return this builder
         */
        public Builder lowerBound(long value) {
            if (value < 0) {
                throw new IllegalArgumentException("lowerBound must be 0 or more, got " + value);
            }
            this.lowerBound = value;
            return this;
        }

        /**
         * Sets the nanosecond ticker that measures elapsed time (default {@link System#nanoTime()}).
         *
         * @param value the ticker
         * @return this builder
         */
        public Builder ticker(LongSupplier value) {
            this.ticker = Objects.requireNonNull(value, "ticker must not be null");
            return this;
        }

        /**
         * Whether a time-limited solve starts from a roster built by column generation with
         * diving (default true): a linear programme chooses among whole rows of each person,
         * priced by the person's shortest path against its dual values, and its fractional choice
         * is fixed a person at a time ({@code ColumnDive}). It takes at most a quarter of the
         * time limit (a tenth to price its first programme) and is tried only for problems of at most 700 cover cells and people, and
         * not when repairing or under a step limit (so step-limited solves stay reproducible). The
         * annealing then starts cooler, from its roster. It finds rosters whose rows fit together
         * as a whole, which small moves reach only slowly (on the benchmark's Instance 8 it takes
         * the median of three 60-second runs from 3.3% above the best known value to under 2%).
         *
         * @param value whether to dive
         * @return this builder
         */
        public Builder columnDive(boolean value) {
            this.columnDive = value;
            return this;
        }

        /**
         * Builds the solver.
         *
         * @return the solver
         */
        public RosterSolver build() {
            return new RosterSolver(this);
        }
    }
}
