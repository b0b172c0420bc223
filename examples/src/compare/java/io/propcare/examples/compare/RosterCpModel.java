package io.propcare.examples.compare;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearArgument;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import io.propcare.roster.CurtoisFormat;
import io.propcare.roster.RosterProblem;
import io.propcare.roster.Rule;
import io.propcare.roster.RuleKind;
import io.propcare.roster.Schedule;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * The CP-SAT model of one benchmark problem: the exact objective and hard constraints of
 * {@code shared/benchmarks/shift-scheduling/FORMAT.md}, written constraint by constraint.
 *
 * <p>Variables: {@code x[e][d][s]} (person {@code e} works shift {@code s} on day {@code d}),
 * created only where the person may work that shift (limit above 0, no fixed day off), and
 * {@code work[e][d]}, their sum. Hard rules (FORMAT.md §4): at most one shift a day; forbidden
 * successions as binary clauses; per-type limits and total minutes as linear constraints; at
 * most {@code maxCons} working days in every window of {@code maxCons+1} days; too-short runs
 * of work or rest that start and end inside the horizon forbidden as clauses (one per start and
 * length); a literal per worked weekend, implied by each of its days, with their count limited.
 * The objective (FORMAT.md §5): on-requests as weight minus weight times {@code x}, off-requests
 * as weight times {@code x}, and for each cover line {@code under = max(R - n, 0)} and
 * {@code over = max(n - R, 0)} exactly, so the objective of any solution CP-SAT returns equals
 * the benchmark's objective of that roster.
 *
 * <p>Not thread-safe; build, solve and read one instance from one thread.
 */
final class RosterCpModel {
    private final BenchmarkData data;
    private final CpModel model = new CpModel();
    private final BoolVar[][][] x;
    private final Literal[][] work;
    private final List<CoverLine> coverLines = new ArrayList<>();
    private LinearExpr requestCost;
    private LinearExpr objective;

    /** One cover line: the people on it, the requirement and the price per missing and extra person. */
    private record CoverLine(LinearExpr n, int req, long under, long over) {
    }

    private RosterCpModel(BenchmarkData data) {
        this.data = data;
        this.x = new BoolVar[data.staffCount()][data.days()][];
        this.work = new Literal[data.staffCount()][data.days()];
    }

    /**
     * Builds the model of a problem.
     *
     * @param p the problem, read by {@code CurtoisFormat}
     * @return the model
     * @throws IllegalArgumentException if the problem uses a feature that is not encoded
     */
    static RosterCpModel of(RosterProblem p) {
        BenchmarkData data = BenchmarkData.of(p);
        RosterCpModel m = new RosterCpModel(data);
        Predicate<RuleKind> hard = k -> p.rule(k).map(Rule::hard).orElse(false);
        m.assignments(hard.test(RuleKind.LEAVE), hard.test(RuleKind.MAX_SHIFTS_PER_TYPE));
        for (int e = 0; e < data.staffCount(); e++) {
            if (hard.test(RuleKind.FORBIDDEN_SUCCESSION)) {
                m.successions(e);
            }
            if (hard.test(RuleKind.MAX_SHIFTS_PER_TYPE)) {
                m.shiftsPerType(e);
            }
            m.minutes(e, hard.test(RuleKind.MIN_TOTAL_MINUTES), hard.test(RuleKind.MAX_TOTAL_MINUTES));
            if (hard.test(RuleKind.MAX_CONSECUTIVE_SHIFTS)) {
                m.maxConsecutive(e);
            }
            if (hard.test(RuleKind.MIN_CONSECUTIVE_SHIFTS)) {
                m.minRun(e, data.minCons()[e], true);
            }
            if (hard.test(RuleKind.MIN_CONSECUTIVE_DAYS_OFF)) {
                m.minRun(e, data.minConsOff()[e], false);
            }
            if (hard.test(RuleKind.MAX_WEEKENDS)) {
                m.weekends(e);
            }
        }
        m.objective = m.objective(weight(p, RuleKind.SHIFT_ON_REQUEST), weight(p, RuleKind.SHIFT_OFF_REQUEST),
                weight(p, RuleKind.COVER_UNDER), weight(p, RuleKind.COVER_OVER));
        m.model.minimize(m.objective);
        return m;
    }

    private static long weight(RosterProblem p, RuleKind k) {
        return p.rule(k).map(Rule::weight).orElse(0);
    }

    CpModel model() {
        return model;
    }

    /** One shift or nothing per person and day; no variable where the shift is never allowed. */
    private void assignments(boolean leaveHard, boolean limitsHard) {
        int shifts = data.shiftCount();
        for (int e = 0; e < data.staffCount(); e++) {
            for (int d = 0; d < data.days(); d++) {
                x[e][d] = new BoolVar[shifts];
                List<Literal> cell = new ArrayList<>();
                boolean dayOff = leaveHard && data.leave()[e][d];
                for (int s = 0; s < shifts; s++) {
                    if (!dayOff && !(limitsHard && data.maxShifts()[e][s] == 0)) {
                        x[e][d][s] = model.newBoolVar("x_" + e + "_" + d + "_" + s);
                        cell.add(x[e][d][s]);
                    }
                }
                if (cell.isEmpty()) {
                    work[e][d] = model.falseLiteral();
                } else {
                    BoolVar w = model.newBoolVar("work_" + e + "_" + d);
                    LinearExprBuilder sum = LinearExpr.newBuilder();
                    cell.forEach(sum::add);
                    model.addEquality(sum, w);
                    work[e][d] = w;
                }
            }
        }
    }

    private void successions(int e) {
        int shifts = data.shiftCount();
        for (int d = 0; d + 1 < data.days(); d++) {
            for (int s = 0; s < shifts; s++) {
                for (int t = 0; t < shifts; t++) {
                    if (data.forbidden()[s][t] && x[e][d][s] != null && x[e][d + 1][t] != null) {
                        model.addBoolOr(new Literal[] {x[e][d][s].not(), x[e][d + 1][t].not()});
                    }
                }
            }
        }
    }

    private void shiftsPerType(int e) {
        for (int s = 0; s < data.shiftCount(); s++) {
            int limit = data.maxShifts()[e][s];
            if (limit == Integer.MAX_VALUE || limit == 0) {
                continue;
            }
            LinearExprBuilder n = LinearExpr.newBuilder();
            for (int d = 0; d < data.days(); d++) {
                if (x[e][d][s] != null) {
                    n.add(x[e][d][s]);
                }
            }
            model.addLessOrEqual(n, limit);
        }
    }

    private void minutes(int e, boolean minHard, boolean maxHard) {
        LinearExprBuilder total = LinearExpr.newBuilder();
        for (int d = 0; d < data.days(); d++) {
            for (int s = 0; s < data.shiftCount(); s++) {
                if (x[e][d][s] != null) {
                    total.addTerm(x[e][d][s], data.shiftMinutes()[s]);
                }
            }
        }
        if (minHard || maxHard) {
            model.addLinearConstraint(total, minHard ? data.minMinutes()[e] : 0, maxHard ? data.maxMinutes()[e] : Integer.MAX_VALUE);
        }
    }

    private void maxConsecutive(int e) {
        int max = data.maxCons()[e];
        if (max >= data.days()) {
            return;
        }
        for (int d = 0; d + max < data.days(); d++) {
            LinearExprBuilder window = LinearExpr.newBuilder();
            for (int i = d; i <= d + max; i++) {
                window.add(work[e][i]);
            }
            model.addLessOrEqual(window, max);
        }
    }

    /**
     * Forbids every run of work ({@code working}) or of rest shorter than {@code min} that has a
     * day of the other kind inside the horizon on both sides: for each length {@code L < min}
     * and start {@code d}, the clause "not (other on d-1, same on d..d+L-1, other on d+L)".
     */
    private void minRun(int e, int min, boolean working) {
        for (int len = 1; len < min; len++) {
            for (int d = 1; d + len < data.days(); d++) {
                Literal[] clause = new Literal[len + 2];
                clause[0] = same(e, d - 1, working);
                for (int i = 0; i < len; i++) {
                    clause[i + 1] = same(e, d + i, working).not();
                }
                clause[len + 1] = same(e, d + len, working);
                model.addBoolOr(clause);
            }
        }
    }

    /** The literal "day d is of the run's kind" (working or off). */
    private Literal same(int e, int d, boolean working) {
        return working ? work[e][d] : work[e][d].not();
    }

    private void weekends(int e) {
        if (data.maxWeekends()[e] >= data.weekendCount()) {
            return;
        }
        Literal[] worked = new Literal[data.weekendCount()];
        for (int k = 0; k < worked.length; k++) {
            worked[k] = model.newBoolVar("weekend_" + e + "_" + k);
        }
        for (int d = 0; d < data.days(); d++) {
            if (data.weekendOf()[d] >= 0) {
                model.addImplication(work[e][d], worked[data.weekendOf()[d]]);
            }
        }
        LinearExprBuilder n = LinearExpr.newBuilder();
        for (Literal w : worked) {
            n.add(w);
        }
        model.addLessOrEqual(n, data.maxWeekends()[e]);
    }

    private LinearExpr objective(long onWeight, long offWeight, long underWeight, long overWeight) {
        LinearExprBuilder requests = LinearExpr.newBuilder();
        for (BenchmarkData.Request r : data.requests()) {
            if (r.on() && onWeight > 0) {
                long w = onWeight * r.weight();
                requests.add(w);
                if (x[r.staff()][r.day()][r.shift()] != null) {
                    requests.addTerm(x[r.staff()][r.day()][r.shift()], -w);
                }
            } else if (!r.on() && offWeight > 0) {
                long w = offWeight * r.weight();
                Literal worked = r.shift() < 0 ? work[r.staff()][r.day()] : x[r.staff()][r.day()][r.shift()];
                if (worked != null) {
                    requests.addTerm(worked, w);
                }
            }
        }
        requestCost = requests.build();
        LinearExprBuilder cost = LinearExpr.newBuilder().add(requestCost);
        for (int d = 0; d < data.days(); d++) {
            for (int s = 0; s < data.shiftCount(); s++) {
                LinearExprBuilder n = LinearExpr.newBuilder();
                int possible = 0;
                for (int e = 0; e < data.staffCount(); e++) {
                    if (x[e][d][s] != null) {
                        n.add(x[e][d][s]);
                        possible++;
                    }
                }
                int req = data.coverReq()[d][s];
                long under = underWeight * data.coverUnder()[d][s];
                long over = overWeight * data.coverOver()[d][s];
                coverLines.add(new CoverLine(n.build(), req, under, over));
                if (under > 0 && req > 0) {
                    IntVar missing = model.newIntVar(0, req, "under_" + d + "_" + s);
                    model.addMaxEquality(missing, new LinearExpr[] {minus(req, n.build()), LinearExpr.constant(0)});
                    cost.addTerm(missing, under);
                }
                if (over > 0 && possible > req) {
                    IntVar extra = model.newIntVar(0, possible - req, "over_" + d + "_" + s);
                    model.addMaxEquality(extra, new LinearExpr[] {LinearExpr.affine(n.build(), 1, -req), LinearExpr.constant(0)});
                    cost.addTerm(extra, over);
                }
            }
        }
        return cost.build();
    }

    /**
     * The objective as the model states it, for the values of a solution: requests plus the
     * cover slack variables as the solution sets them.
     *
     * @param value the value of an expression in the solution
     * @return the objective of the assignment
     */
    long objectiveOfAssignment(ToLongFunction<LinearArgument> value) {
        return value.applyAsLong(objective);
    }

    /**
     * The benchmark objective of the roster a solution holds, computed from the shift
     * variables alone (cover gaps from the head counts, not from the slack variables).
     *
     * @param value the value of an expression in the solution
     * @return the objective of the roster
     */
    long objectiveOfRoster(ToLongFunction<LinearArgument> value) {
        long total = value.applyAsLong(requestCost);
        for (CoverLine c : coverLines) {
            long n = value.applyAsLong(c.n());
            total += n < c.req() ? (c.req() - n) * c.under() : (n - c.req()) * c.over();
        }
        return total;
    }

    private static LinearExpr minus(long constant, LinearExpr expr) {
        return LinearExpr.newBuilder().add(constant).addTerm(expr, -1).build();
    }

    /**
     * The roster of the solver's last solution, read back with our own solution reader.
     *
     * @param p the problem this model was built from
     * @param solver a solver that has found a solution of this model
     * @return the roster
     */
    Schedule roster(RosterProblem p, CpSolver solver) {
        return CurtoisFormat.readSolution(new StringReader(grid(p, solver::booleanValue)), p);
    }

    /**
     * The roster of a solution as a Curtois solution grid: one line per person, the id, then a
     * tab and the shift id or nothing for each day.
     *
     * @param p the problem
     * @param isSet whether a variable is 1 in the solution
     * @return the grid text
     */
    String grid(RosterProblem p, Predicate<Literal> isSet) {
        List<String> staff = p.staffIds();
        List<String> shifts = p.shiftIds();
        StringBuilder sb = new StringBuilder();
        for (int e = 0; e < data.staffCount(); e++) {
            sb.append(staff.get(e));
            for (int d = 0; d < data.days(); d++) {
                sb.append('\t');
                for (int s = 0; s < data.shiftCount(); s++) {
                    if (x[e][d][s] != null && isSet.test(x[e][d][s])) {
                        sb.append(shifts.get(s));
                    }
                }
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
