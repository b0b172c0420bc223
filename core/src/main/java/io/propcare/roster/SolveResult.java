package io.propcare.roster;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the solver found: the roster when it keeps every hard rule, otherwise the conflicting
 * rules; the evaluation, the seed, when the best roster was found, and whether the search
 * stopped because it reached a proven lower bound.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1
 */
public final class SolveResult {
    private final Schedule best;
    private final Evaluation evaluation;
    private final long seed;
    private final Duration timeToBest;
    private final Duration elapsed;
    private final long steps;
    private final long lowerBound;
    private final List<Conflict> conflicts;

    SolveResult(Schedule best, Evaluation evaluation, long seed, Duration timeToBest, Duration elapsed, long steps,
            long lowerBound, List<Conflict> conflicts) {
        this.best = best;
        this.evaluation = evaluation;
        this.seed = seed;
        this.timeToBest = timeToBest;
        this.elapsed = elapsed;
        this.steps = steps;
        this.lowerBound = lowerBound;
        this.conflicts = List.copyOf(conflicts);
    }

    /**
     * The roster, when it breaks no hard rule.
     *
     * @return the roster, or empty when none keeping every hard rule was found
     */
    public Optional<Schedule> roster() {
        return evaluation.isFeasible() ? Optional.of(best) : Optional.empty();
    }

    /**
     * The best roster found, feasible or not; for diagnosis only.
     *
     * @return the best attempt
     */
    public Schedule bestAttempt() {
        return best;
    }

    /**
     * The evaluation of the best roster found.
     *
     * @return the evaluation
     */
    public Evaluation evaluation() {
        return evaluation;
    }

    /**
     * Whether the roster keeps every hard rule.
     *
     * @return true when {@link #roster()} is present
     */
    public boolean isFeasible() {
        return evaluation.isFeasible();
    }

    /**
     * The conflicting hard rules when no feasible roster was found: those proven before the
     * search, then the hard rules the best attempt still breaks.
     *
     * @return the conflicts; empty for a feasible result
     */
    public List<Conflict> conflicts() {
        return conflicts;
    }

    /**
     * The seed used.
     *
     * @return the seed
     */
    public long seed() {
        return seed;
    }

    /**
     * How long after the start the best roster was found.
     *
     * @return the time
     */
    public Duration timeToBest() {
        return timeToBest;
    }

    /**
     * How long the search ran.
     *
     * @return the time
     */
    public Duration elapsed() {
        return elapsed;
    }

    /**
     * The moves tried, summed over all threads.
     *
     * @return the steps
     */
    public long steps() {
        return steps;
    }

    /**
     * The proven lower bound the search could stop at.
     *
     * @return the bound
     */
    public long lowerBound() {
        return lowerBound;
    }

    /**
     * Whether the objective equals the proven lower bound (the roster is optimal).
     *
     * @return true when feasible and at the bound
     */
    public boolean isOptimal() {
        return isFeasible() && evaluation.objective() <= lowerBound;
    }

    /**
     * The days changed from the problem's reference roster (see {@link RosterSolver#repair}).
     *
     * @return the changes in staff then day order; empty without a reference
     */
    public List<Change> changes() {
        RosterProblem p = best.problem();
        List<Change> out = new ArrayList<>();
        if (p.reference == null) {
            return out;
        }
        for (int e = 0; e < p.staffCount(); e++) {
            for (int d = 0; d < p.days; d++) {
                int was = p.reference[e][d];
                int now = best.cell(e, d);
                if (was != now) {
                    out.add(new Change(p.staffIds[e], d, p.date(d), name(p, was), name(p, now)));
                }
            }
        }
        return List.copyOf(out);
    }

    private static Optional<String> name(RosterProblem p, int v) {
        return v == RosterProblem.OFF ? Optional.empty() : Optional.of(p.shiftIds[v]);
    }

    @Override
    public String toString() {
        return "SolveResult[" + Objects.toString(evaluation) + ", seed=" + seed + ", timeToBest=" + timeToBest + "]";
    }
}
