package io.propcare.examples.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.ortools.Loader;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import io.propcare.roster.CurtoisFormat;
import io.propcare.roster.Evaluation;
import io.propcare.roster.RosterEvaluator;
import io.propcare.roster.RosterProblem;
import io.propcare.roster.Rule;
import io.propcare.roster.StaffLimits;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The CP-SAT model against our evaluator: on tiny random problems CP-SAT's optimum is the
 * lowest objective our evaluator gives any feasible roster (found by trying every roster), and
 * CP-SAT says infeasible exactly when no roster is feasible; on Instance1 it proves the known
 * optimum 607.
 */
class RosterCpModelProperties {
    static {
        Loader.loadNativeLibraries();
    }

    private static final int DAYS = 7;
    private static final String[] SHIFTS = {"A", "B", "C"};

    @Property(tries = 30)
    void optimumEqualsBruteForceOverOurEvaluator(@ForAll long seed) {
        RosterProblem p = randomProblem(new Random(seed));
        long best = bruteForceOptimum(p);
        RosterCpModel cp = RosterCpModel.of(p);
        CpSolver solver = solver();
        CpSolverStatus status = solver.solve(cp.model());
        if (best < 0) {
            assertThat(status).as("no roster of %s is feasible", p).isEqualTo(CpSolverStatus.INFEASIBLE);
            return;
        }
        assertThat(status).as("%s has a feasible roster of objective %d", p, best).isEqualTo(CpSolverStatus.OPTIMAL);
        assertThat(Math.round(solver.objectiveValue())).isEqualTo(best);
        Evaluation ours = RosterEvaluator.evaluate(cp.roster(p, solver));
        assertThat(ours.violations().stream().filter(v -> v.hard())).isEmpty();
        assertThat(ours.objective()).isEqualTo(best);
    }

    @Example
    void instance1IsSolvedToItsKnownOptimum() {
        RosterProblem p = CurtoisFormat.read(instance(1));
        RosterCpModel cp = RosterCpModel.of(p);
        CpSolver solver = solver();
        assertThat(solver.solve(cp.model())).isEqualTo(CpSolverStatus.OPTIMAL);
        assertThat(Math.round(solver.objectiveValue())).isEqualTo(607);
        Evaluation ours = RosterEvaluator.evaluate(cp.roster(p, solver));
        assertThat(ours.isFeasible()).isTrue();
        assertThat(ours.objective()).isEqualTo(607);
    }

    /** One worker and a deterministic-time limit, so a run does not depend on the machine's load. */
    private static CpSolver solver() {
        CpSolver solver = new CpSolver();
        solver.getParameters().setNumWorkers(1).setRandomSeed(1).setMaxDeterministicTime(60);
        return solver;
    }

    /** One or two people, one to three shift types, a week: at most 16,384 rosters. */
    private static RosterProblem randomProblem(Random r) {
        int staff = 1 + r.nextInt(2);
        int shifts = staff == 2 ? 1 : 2 + r.nextInt(2);
        RosterProblem.Builder b = RosterProblem.builder("random", CurtoisFormat.FIRST_DAY, DAYS);
        int[] lengths = {480, 600, 720};
        for (int s = 0; s < shifts; s++) {
            b.shift(SHIFTS[s], lengths[r.nextInt(3)], false);
        }
        for (int s = 0; s < shifts; s++) {
            for (int t = 0; t < shifts; t++) {
                if (r.nextInt(10) < 3) {
                    b.forbidSuccession(SHIFTS[s], SHIFTS[t]);
                }
            }
        }
        for (int e = 0; e < staff; e++) {
            String id = "E" + e;
            int max = 480 * r.nextInt(DAYS + 1);
            int min = r.nextBoolean() ? 0 : r.nextInt(max / 2 + 1);
            b.staff(id, new StaffLimits(max, min, 1 + r.nextInt(DAYS + 1), 1 + r.nextInt(4), 1 + r.nextInt(4), r.nextInt(2)));
            for (int s = 0; s < shifts; s++) {
                if (r.nextBoolean()) {
                    b.maxShifts(id, SHIFTS[s], r.nextInt(DAYS + 1));
                }
            }
            for (int d = 0; d < DAYS; d++) {
                if (r.nextInt(10) == 0) {
                    b.leave(id, d);
                }
                if (r.nextInt(10) < 3) {
                    b.request(id, d, SHIFTS[r.nextInt(shifts)], 1 + r.nextInt(3), true);
                }
                if (r.nextInt(10) < 2) {
                    b.request(id, d, r.nextInt(4) == 0 ? null : SHIFTS[r.nextInt(shifts)], 1 + r.nextInt(3), false);
                }
            }
        }
        for (int d = 0; d < DAYS; d++) {
            for (int s = 0; s < shifts; s++) {
                b.cover(d, SHIFTS[s], r.nextInt(3), r.nextInt(101), r.nextInt(3));
            }
        }
        for (Rule rule : CurtoisFormat.benchmarkRules()) {
            b.rule(rule);
        }
        return b.build();
    }

    /** The lowest objective of a feasible roster by our evaluator, or -1 if none is feasible. */
    private static long bruteForceOptimum(RosterProblem p) {
        List<String> staff = p.staffIds();
        List<String> shifts = p.shiftIds();
        int cells = staff.size() * DAYS;
        int values = shifts.size() + 1;
        long best = -1;
        int[] digits = new int[cells];
        for (long code = 0, all = (long) Math.pow(values, cells); code < all; code++) {
            long c = code;
            for (int i = 0; i < cells; i++) {
                digits[i] = (int) (c % values);
                c /= values;
            }
            StringBuilder grid = new StringBuilder();
            for (int e = 0; e < staff.size(); e++) {
                grid.append(staff.get(e));
                for (int d = 0; d < DAYS; d++) {
                    int v = digits[e * DAYS + d];
                    grid.append('\t').append(v == 0 ? "" : shifts.get(v - 1));
                }
                grid.append('\n');
            }
            Evaluation ev = RosterEvaluator.evaluate(CurtoisFormat.readSolution(new StringReader(grid.toString()), p));
            if (ev.isFeasible() && (best < 0 || ev.objective() < best)) {
                best = ev.objective();
            }
        }
        return best;
    }

    private static Path instance(int n) {
        for (Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath(); p != null; p = p.getParent()) {
            Path c = p.resolveSibling("shared/benchmarks/shift-scheduling/instances/Instance" + n + ".txt");
            if (Files.isRegularFile(c)) {
                return c;
            }
        }
        throw new IllegalStateException("shared/benchmarks/shift-scheduling not found above " + System.getProperty("user.dir"));
    }
}
