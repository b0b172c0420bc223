package cpsat;

import com.google.ortools.Loader;
import com.google.ortools.sat.*;

import java.io.PrintWriter;
import java.nio.file.*;
import java.util.*;

/**
 * CP-SAT model of the Curtois & Qu shift-scheduling instances.
 * Usage: Main <instanceFile> <timeLimitSec> <seed> <workers> [solDir]
 */
public final class Main {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        double tl = Double.parseDouble(args[1]);
        int seed = Integer.parseInt(args[2]);
        int workers = Integer.parseInt(args[3]);
        Path solDir = args.length > 4 ? Path.of(args[4]) : null;
        String name = file.getFileName().toString().replace(".txt", "");

        long t0 = System.nanoTime();
        Loader.loadNativeLibraries();
        System.out.printf("native loaded in %.2fs; OR-Tools %s%n", (System.nanoTime() - t0) / 1e9,
                com.google.ortools.init.OrToolsVersion.getVersionString());

        Instance in = Instance.parse(file);
        int E = in.E(), H = in.H, S = in.S();
        CpModel m = new CpModel();
        BoolVar[][][] x = new BoolVar[E][H][S]; // null = fixed 0
        BoolVar[][] w = new BoolVar[E][H];
        Literal FALSE = m.falseLiteral();

        for (int e = 0; e < E; e++) {
            for (int d = 0; d < H; d++) {
                List<BoolVar> ds = new ArrayList<>();
                if (!in.dayOff[e][d])
                    for (int s = 0; s < S; s++)
                        if (in.maxShifts[e][s] > 0) { x[e][d][s] = m.newBoolVar("x"); ds.add(x[e][d][s]); }
                w[e][d] = m.newBoolVar("w");
                // (1) at most one shift; w = sum x  (days off: w = 0)
                m.addEquality(LinearExpr.sum(ds.toArray(new BoolVar[0])), w[e][d]);
            }
            // (2) forbidden successions
            for (int d = 0; d + 1 < H; d++)
                for (int s = 0; s < S; s++) if (x[e][d][s] != null)
                    for (int t = 0; t < S; t++) if (in.forbiddenNext[s][t] && x[e][d + 1][t] != null)
                        m.addBoolOr(new Literal[]{x[e][d][s].not(), x[e][d + 1][t].not()});
            // (3) max shifts per type
            for (int s = 0; s < S; s++) {
                List<BoolVar> l = new ArrayList<>();
                for (int d = 0; d < H; d++) if (x[e][d][s] != null) l.add(x[e][d][s]);
                if (l.size() > in.maxShifts[e][s]) m.addLessOrEqual(LinearExpr.sum(l.toArray(new BoolVar[0])), in.maxShifts[e][s]);
            }
            // (4,5) total minutes
            LinearExprBuilder mins = LinearExpr.newBuilder();
            for (int d = 0; d < H; d++) for (int s = 0; s < S; s++) if (x[e][d][s] != null) mins.addTerm(x[e][d][s], in.shiftLen[s]);
            m.addLinearConstraint(mins, in.minMin[e], in.maxMin[e]);
            // (6) max consecutive: every window of maxCons+1 days has a day off
            int mc = in.maxCons[e];
            for (int i = 0; i + mc < H; i++) {
                LinearExprBuilder b = LinearExpr.newBuilder();
                for (int j = i; j <= i + mc; j++) b.add(w[e][j]);
                m.addLessOrEqual(b, mc);
            }
            // (7) min consecutive shifts: forbid off, work^k, off for k < minCons, fully inside horizon
            for (int k = 1; k < in.minCons[e]; k++)
                for (int i = 1; i + k <= H - 1; i++) {
                    List<Literal> c = new ArrayList<>();
                    c.add(w[e][i - 1]);
                    for (int j = i; j < i + k; j++) c.add(w[e][j].not());
                    c.add(w[e][i + k]);
                    m.addBoolOr(c.toArray(new Literal[0]));
                }
            // (8) min consecutive days off: forbid work, off^k, work for k < minOff, fully inside horizon
            for (int k = 1; k < in.minOff[e]; k++)
                for (int i = 1; i + k <= H - 1; i++) {
                    List<Literal> c = new ArrayList<>();
                    c.add(w[e][i - 1].not());
                    for (int j = i; j < i + k; j++) c.add(w[e][j]);
                    c.add(w[e][i + k].not());
                    m.addBoolOr(c.toArray(new Literal[0]));
                }
            // (9) max weekends
            int W = H / 7;
            BoolVar[] wk = new BoolVar[W];
            for (int k = 0; k < W; k++) {
                wk[k] = m.newBoolVar("wk");
                m.addImplication(w[e][7 * k + 5], wk[k]);
                m.addImplication(w[e][7 * k + 6], wk[k]);
                m.addBoolOr(new Literal[]{wk[k].not(), w[e][7 * k + 5], w[e][7 * k + 6]}); // exact definition
            }
            m.addLessOrEqual(LinearExpr.sum(wk), in.maxWe[e]);
        }
        // Objective
        LinearExprBuilder obj = LinearExpr.newBuilder();
        long constant = 0;
        for (int[] r : in.onReq) { // W*(1-x)
            constant += r[3];
            BoolVar v = x[r[0]][r[1]][r[2]];
            if (v != null) obj.addTerm(v, -r[3]);
        }
        for (int[] r : in.offReq) {
            BoolVar v = x[r[0]][r[1]][r[2]];
            if (v != null) obj.addTerm(v, r[3]);
        }
        for (int[] c : in.cover) {
            int d = c[0], s = c[1], R = c[2];
            List<BoolVar> l = new ArrayList<>();
            for (int e = 0; e < E; e++) if (x[e][d][s] != null) l.add(x[e][d][s]);
            IntVar under = m.newIntVar(0, R, "u");
            IntVar over = m.newIntVar(0, Math.max(0, l.size() - R), "o");
            // n + under - over = R
            LinearExprBuilder b = LinearExpr.newBuilder();
            for (BoolVar v : l) b.add(v);
            b.add(under); b.addTerm(over, -1);
            m.addEquality(b, R);
            // make under/over exact (never both positive) so every reported solution's objective equals the roster penalty
            if (R > 0 && l.size() > R) {
                BoolVar short_ = m.newBoolVar("short");
                m.addEquality(over, 0).onlyEnforceIf(short_);
                m.addEquality(under, 0).onlyEnforceIf(short_.not());
            }
            obj.addTerm(under, c[3]);
            obj.addTerm(over, c[4]);
        }
        obj.add(constant);
        m.minimize(obj);
        double buildT = (System.nanoTime() - t0) / 1e9;

        if (Boolean.getBoolean("cpsat.lns")) { lns(in, m, x, Path.of(System.getProperty("cpsat.start")), tl, seed, workers); return; }
        String hintFile = System.getProperty("cpsat.hint");
        if (hintFile != null) {
            for (String line : Files.readAllLines(Path.of(hintFile))) {
                if (line.isBlank()) continue;
                String[] f = line.split("\t", -1);
                int e = in.empIds.indexOf(f[0]);
                for (int d = 0; d < H; d++) {
                    String c = d + 1 < f.length ? f[d + 1] : "";
                    for (int s = 0; s < S; s++) if (x[e][d][s] != null) m.addHint(x[e][d][s], c.equals(in.shiftIds.get(s)) ? 1 : 0);
                }
            }
            System.out.println("hint loaded from " + hintFile);
        }
        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(tl);
        solver.getParameters().setNumWorkers(workers);
        if (hintFile != null) { if (Boolean.getBoolean("cpsat.fix")) solver.getParameters().setFixVariablesToTheirHintedValue(true); else { solver.getParameters().setRepairHint(true); solver.getParameters().setHintConflictLimit(100000);} }
        solver.getParameters().setRandomSeed(seed);
        solver.getParameters().setLogSearchProgress(Boolean.getBoolean("cpsat.log"));

        final long solveStart = System.nanoTime();
        final List<String> trace = new ArrayList<>();
        final int[][][] best = new int[1][][];
        final long[] bestObj = {Long.MAX_VALUE};
        final double[] lastT = {-1};
        final int[] mismatches = {0};
        final int[] nsol = {0};
        final Instance fin = in;
        CpSolverSolutionCallback cb = new CpSolverSolutionCallback() {
            @Override public void onSolutionCallback() {
                double t = (System.nanoTime() - solveStart) / 1e9;
                long o = Math.round(objectiveValue());
                int[][] g = new int[E][H];
                for (int e = 0; e < E; e++) for (int d = 0; d < H; d++) {
                    g[e][d] = -1;
                    for (int s = 0; s < S; s++) if (x[e][d][s] != null && booleanValue(x[e][d][s])) g[e][d] = s;
                }
                Evaluator.Result r = Evaluator.evaluate(fin, g);
                boolean ok = r.feasible() && r.total() == o;
                if (!ok) mismatches[0]++;
                nsol[0]++;
                String line = String.format(Locale.ROOT, "  sol t=%.2fs (solver wall %.2fs) obj=%d bound=%.0f eval=%d [on=%d off=%d cover=%d] feasible=%s%s",
                        t, wallTime(), o, bestObjectiveBound(), r.total(), r.on(), r.off(), r.cover(), r.feasible(),
                        ok ? "" : " MISMATCH " + r.violations());
                System.out.println(line);
                trace.add(line);
                if (o < bestObj[0]) { bestObj[0] = o; best[0] = g; lastT[0] = t; }
                if (solDir != null) writeGrid(solDir.resolve(String.format("%s_s%d_%03d.sol", name, seed, nsol[0])), fin, g, o);
            }
        };
        CpSolverStatus st = solver.solve(m, cb);
        double solveT = (System.nanoTime() - solveStart) / 1e9;
        long objV = (st == CpSolverStatus.OPTIMAL || st == CpSolverStatus.FEASIBLE) ? Math.round(solver.objectiveValue()) : -1;
        System.out.printf(Locale.ROOT, "RESULT %s seed=%d workers=%d tl=%.0f status=%s obj=%d bound=%.0f lastImprove=%.2fs solveTime=%.2fs build=%.2fs nsol=%d evalMismatches=%d vars=%d cons=%d%n",
                name, seed, workers, tl, st, objV, solver.bestObjectiveBound(), lastT[0], solveT, buildT, nsol[0], mismatches[0],
                m.model().getVariablesCount(), m.model().getConstraintsCount());
    }

    static void lns(Instance in, CpModel m, BoolVar[][][] x, Path start, double tl, int seed, int workers) throws Exception {
        int E = in.E(), H = in.H, S = in.S();
        int[][] g = new int[E][H];
        for (String line : Files.readAllLines(start)) {
            if (line.isBlank()) continue;
            String[] f = line.split("\t", -1);
            int e = in.empIds.indexOf(f[0]);
            for (int d = 0; d < H; d++) { String c = d + 1 < f.length ? f[d + 1] : ""; g[e][d] = c.isEmpty() ? -1 : in.shiftIds.indexOf(c); }
        }
        long inc = Evaluator.evaluate(in, g).total();
        System.out.println("start " + inc);
        Random rnd = new Random(seed);
        long t0 = System.nanoTime();
        double sub = Double.parseDouble(System.getProperty("cpsat.sub", "2"));
        int it = 0;
        while ((System.nanoTime() - t0) / 1e9 < tl) {
            it++;
            boolean[][] free = new boolean[E][H];
            int kind = Integer.getInteger("cpsat.kind", -1) >= 0 ? Integer.getInteger("cpsat.kind") : rnd.nextInt(3);
            if (kind == 0) { // people
                int k = Integer.getInteger("cpsat.k", 6) + rnd.nextInt(5);
                for (int i = 0; i < k; i++) { int e = rnd.nextInt(E); Arrays.fill(free[e], true); }
            } else if (kind == 1) { // window of days, everyone
                int w = 4 + rnd.nextInt(4); int d0 = rnd.nextInt(H - w + 1);
                for (int e = 0; e < E; e++) for (int d = d0; d < d0 + w; d++) free[e][d] = true;
            } else { // half the people over two weeks
                int d0 = rnd.nextInt(H - 13);
                for (int e = 0; e < E; e++) if (rnd.nextBoolean()) for (int d = d0; d < d0 + 14; d++) free[e][d] = true;
            }
            CpModel m2 = m.getClone();
            for (int e = 0; e < E; e++) for (int d = 0; d < H; d++) for (int s = 0; s < S; s++) {
                if (x[e][d][s] == null) continue;
                if (free[e][d]) m2.addHint(x[e][d][s], g[e][d] == s ? 1 : 0);
                else m2.addEquality(x[e][d][s], g[e][d] == s ? 1 : 0);
            }
            CpSolver solver = new CpSolver();
            solver.getParameters().setMaxTimeInSeconds(Math.min(sub, tl - (System.nanoTime() - t0) / 1e9));
            solver.getParameters().setNumWorkers(workers);
            solver.getParameters().setRandomSeed(seed + it);
            CpSolverStatus st = solver.solve(m2);
            if (st == CpSolverStatus.OPTIMAL || st == CpSolverStatus.FEASIBLE) {
                long o = Math.round(solver.objectiveValue());
                if (o < inc) {
                    for (int e = 0; e < E; e++) for (int d = 0; d < H; d++) {
                        g[e][d] = -1;
                        for (int s = 0; s < S; s++) if (x[e][d][s] != null && solver.booleanValue(x[e][d][s])) g[e][d] = s;
                    }
                    long chk = Evaluator.evaluate(in, g).total();
                    inc = o;
                    System.out.printf(Locale.ROOT, "t=%.1f it=%d kind=%d %s obj=%d eval=%d%n", (System.nanoTime() - t0) / 1e9, it, kind, st, o, chk);
                }
            }
        }
        System.out.printf(Locale.ROOT, "LNS RESULT %s start=%s final=%d iterations=%d%n", "I", start, inc, it);
    }

    static void writeGrid(Path p, Instance in, int[][] g, long claimed) {
        try {
            Files.createDirectories(p.getParent());
            try (PrintWriter pw = new PrintWriter(Files.newBufferedWriter(p))) {
                pw.println("# claimed_objective=" + claimed);
                for (int e = 0; e < in.E(); e++) {
                    StringBuilder sb = new StringBuilder(in.empIds.get(e));
                    for (int d = 0; d < in.H; d++) sb.append(',').append(g[e][d] < 0 ? "" : in.shiftIds.get(g[e][d]));
                    pw.println(sb);
                }
            }
        } catch (Exception ex) { throw new RuntimeException(ex); }
    }
}
