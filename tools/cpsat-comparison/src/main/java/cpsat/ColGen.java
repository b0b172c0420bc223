package cpsat;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.*;
import com.google.ortools.sat.*;

import java.nio.file.*;
import java.util.*;
import java.util.concurrent.*;

/**
 * Price-and-branch for the Curtois & Qu instances: set-partitioning master over whole rows (GLOP),
 * exact per-person pricing with CP-SAT, integer restricted master with CP-SAT, optional LP diving.
 *
 * Usage: ColGen <instanceFile> <startRoster> [extraRoster ...]
 *   roster files: tab format (ID\tcell...) or .sol (comment line, ID,cell,...)
 * System properties: cg.ipTime (60), cg.dive (true), cg.diveIp (true), cg.maxIter (100000),
 *   cg.perPerson (5 columns max per pricing), cg.threads (2), cg.diveTime (1800 s)
 */
public final class ColGen {
    static Instance in;
    static int E, H, S;
    static int[][] covIdx;          // [d][s] -> index in in.cover, -1 if none
    static long[] onTotal;          // per person sum of on-request weights
    static long[][][] onW, offW;    // [e][d][s]
    static final double SCALE = 1e6;
    static long T0;

    static final class Col {
        final int e; final int[] row; final long cost; MPVariable v; final int id;
        Col(int id, int e, int[] row, long cost) { this.id = id; this.e = e; this.row = row; this.cost = cost; }
    }

    static final List<Col> cols = new ArrayList<>();
    static List<Map<String, Col>> seen;
    static MPSolver lp;
    static MPConstraint[] conv;
    static MPConstraint[] covC;  // per cover line
    static MPObjective lpObj;

    static double t() { return (System.nanoTime() - T0) / 1e9; }

    static long rowCost(int e, int[] row) {
        long c = onTotal[e];
        for (int d = 0; d < H; d++) if (row[d] >= 0) c += offW[e][d][row[d]] - onW[e][d][row[d]];
        return c;
    }

    /** adds column if new; returns it (or existing). */
    static Col addCol(int e, int[] row) {
        String key = Arrays.toString(row);
        Col c = seen.get(e).get(key);
        if (c != null) return c;
        c = new Col(cols.size(), e, row.clone(), rowCost(e, row));
        cols.add(c);
        seen.get(e).put(key, c);
        c.v = lp.makeNumVar(0, Double.POSITIVE_INFINITY, "c" + c.id);
        lpObj.setCoefficient(c.v, c.cost);
        conv[e].setCoefficient(c.v, 1);
        for (int d = 0; d < H; d++) if (row[d] >= 0 && covIdx[d][row[d]] >= 0) covC[covIdx[d][row[d]]].setCoefficient(c.v, 1);
        return c;
    }

    // ---------------- pricing models ----------------
    static final class Pricer {
        final int e; final CpModel m; final BoolVar[][] x; BoolVar[] w;
        Pricer(int e) { this(e, new CpModel()); }
        Pricer(int e, CpModel mm) {
            this.e = e;
            m = mm;
            x = new BoolVar[H][S];
            w = new BoolVar[H];
            for (int d = 0; d < H; d++) {
                List<BoolVar> ds = new ArrayList<>();
                if (!in.dayOff[e][d])
                    for (int s = 0; s < S; s++)
                        if (in.maxShifts[e][s] > 0) { x[d][s] = m.newBoolVar("x"); ds.add(x[d][s]); }
                w[d] = m.newBoolVar("w");
                m.addEquality(LinearExpr.sum(ds.toArray(new BoolVar[0])), w[d]);
            }
            for (int d = 0; d + 1 < H; d++)
                for (int s = 0; s < S; s++) if (x[d][s] != null)
                    for (int t = 0; t < S; t++) if (in.forbiddenNext[s][t] && x[d + 1][t] != null)
                        m.addBoolOr(new Literal[]{x[d][s].not(), x[d + 1][t].not()});
            for (int s = 0; s < S; s++) {
                List<BoolVar> l = new ArrayList<>();
                for (int d = 0; d < H; d++) if (x[d][s] != null) l.add(x[d][s]);
                if (l.size() > in.maxShifts[e][s]) m.addLessOrEqual(LinearExpr.sum(l.toArray(new BoolVar[0])), in.maxShifts[e][s]);
            }
            LinearExprBuilder mins = LinearExpr.newBuilder();
            for (int d = 0; d < H; d++) for (int s = 0; s < S; s++) if (x[d][s] != null) mins.addTerm(x[d][s], in.shiftLen[s]);
            m.addLinearConstraint(mins, in.minMin[e], in.maxMin[e]);
            int mc = in.maxCons[e];
            for (int i = 0; i + mc < H; i++) {
                LinearExprBuilder b = LinearExpr.newBuilder();
                for (int j = i; j <= i + mc; j++) b.add(w[j]);
                m.addLessOrEqual(b, mc);
            }
            for (int k = 1; k < in.minCons[e]; k++)
                for (int i = 1; i + k <= H - 1; i++) {
                    List<Literal> c = new ArrayList<>();
                    c.add(w[i - 1]);
                    for (int j = i; j < i + k; j++) c.add(w[j].not());
                    c.add(w[i + k]);
                    m.addBoolOr(c.toArray(new Literal[0]));
                }
            for (int k = 1; k < in.minOff[e]; k++)
                for (int i = 1; i + k <= H - 1; i++) {
                    List<Literal> c = new ArrayList<>();
                    c.add(w[i - 1].not());
                    for (int j = i; j < i + k; j++) c.add(w[j]);
                    c.add(w[i + k].not());
                    m.addBoolOr(c.toArray(new Literal[0]));
                }
            int W = H / 7;
            BoolVar[] wk = new BoolVar[W];
            for (int k = 0; k < W; k++) {
                wk[k] = m.newBoolVar("wk");
                m.addImplication(w[7 * k + 5], wk[k]);
                m.addImplication(w[7 * k + 6], wk[k]);
                m.addBoolOr(new Literal[]{wk[k].not(), w[7 * k + 5], w[7 * k + 6]});
            }
            m.addLessOrEqual(LinearExpr.sum(wk), in.maxWe[e]);
        }

        /** force cell (d) to shift s (or off if s<0); returns false if impossible (shift not allowed). */
        void forbidCell(int d, int s) {
            if (s < 0) m.addEquality(w[d], 1); else if (x[d][s] != null) m.addEquality(x[d][s], 0);
        }

        boolean fixCell(int d, int s) {
            if (s < 0) { m.addEquality(w[d], 0); return true; }
            if (x[d][s] == null) return false;
            m.addEquality(x[d][s], 1); return true;
        }

        /** exact pricing; returns list of rows (best first) and sets minRc[0] to the proven minimum reduced cost. */
        List<int[]> price(double[] y, double mu, int maxCols, double[] minRc) { return price(y, mu, maxCols, minRc, -1e-6); }
        List<int[]> price(double[] y, double mu, int maxCols, double[] minRc, double thr) {
            m.clearObjective();
            m.clearHints();
            LinearExprBuilder ob = LinearExpr.newBuilder();
            for (int d = 0; d < H; d++) for (int s = 0; s < S; s++) if (x[d][s] != null) {
                double yy = covIdx[d][s] >= 0 ? y[covIdx[d][s]] : 0;
                double coef = offW[e][d][s] - onW[e][d][s] - yy;
                long c = Math.round(coef * SCALE);
                if (c != 0) ob.addTerm(x[d][s], c);
            }
            m.minimize(ob);
            CpSolver solver = new CpSolver();
            solver.getParameters().setNumWorkers(1);
            solver.getParameters().setMaxTimeInSeconds(60);
            final List<int[]> sols = new ArrayList<>();
            CpSolverSolutionCallback cb = new CpSolverSolutionCallback() {
                @Override public void onSolutionCallback() {
                    int[] r = new int[H];
                    for (int d = 0; d < H; d++) { r[d] = -1; for (int s = 0; s < S; s++) if (x[d][s] != null && booleanValue(x[d][s])) r[d] = s; }
                    sols.add(r);
                }
            };
            CpSolverStatus st = solver.solve(m, cb);
            if (st != CpSolverStatus.OPTIMAL) throw new IllegalStateException("pricing not optimal for e=" + e + ": " + st);
            Collections.reverse(sols);
            List<int[]> out = new ArrayList<>();
            double best = Double.POSITIVE_INFINITY;
            for (int[] r : sols) {
                double rc = rc(e, r, y, mu);
                best = Math.min(best, rc);
                if (rc < thr && out.size() < maxCols) out.add(r);
            }
            // rounding error bound of the scaled objective: H * 0.5/SCALE
            minRc[0] = best - H * 0.5 / SCALE;
            return out;
        }
    }

    static double rc(int e, int[] r, double[] y, double mu) {
        double v = rowCost(e, r) - mu;
        for (int d = 0; d < H; d++) if (r[d] >= 0 && covIdx[d][r[d]] >= 0) v -= y[covIdx[d][r[d]]];
        return v;
    }

    static int[][] readRoster(Path p) throws Exception {
        int[][] g = new int[E][H];
        boolean[] got = new boolean[E];
        for (String line : Files.readAllLines(p)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.contains("\t") ? line.split("\t", -1) : line.split(",", -1);
            int e = in.empIds.indexOf(f[0]);
            got[e] = true;
            for (int d = 0; d < H; d++) { String c = d + 1 < f.length ? f[d + 1].trim() : ""; g[e][d] = c.isEmpty() ? -1 : in.shiftIndex.get(c); }
        }
        for (int e = 0; e < E; e++) if (!got[e]) throw new IllegalStateException("missing row " + in.empIds.get(e) + " in " + p);
        return g;
    }

    // ---------------- LP ----------------
    static double[] y; static double[] mu; static double lpVal;

    static void solveLp() {
        MPSolver.ResultStatus st = lp.solve();
        if (st != MPSolver.ResultStatus.OPTIMAL) throw new IllegalStateException("LP " + st);
        lpVal = lpObj.value();
        y = new double[covC.length];
        mu = new double[E];
        for (int i = 0; i < covC.length; i++) y[i] = covC[i].dualValue();
        for (int e = 0; e < E; e++) mu[e] = conv[e].dualValue();
    }

    static int lpIters = 0;
    static final boolean[] DUMMY = new boolean[0];

    /** column generation until no column prices out for the non-fixed persons. Returns Lagrangian LB (valid only if fixed all false). */
    static double cg(boolean[] fixed, ExecutorService pool, Pricer[] pr, int perPerson, String tag, double timeLimit) throws Exception {
        double bestLb = Double.NEGATIVE_INFINITY;
        double start = t();
        int it = 0;
        while (true) {
            it++; lpIters++;
            solveLp();
            if (lpIters <= 3) { // check dual sign convention against GLOP reduced costs
                double maxDiff = 0;
                for (Col c : cols) maxDiff = Math.max(maxDiff, Math.abs(c.v.reducedCost() - rc(c.e, c.row, y, mu[c.e])));
                System.out.printf(Locale.ROOT, "  [check] max |GLOP reducedCost - own rc| over %d columns = %.2e%n", cols.size(), maxDiff);
            }
            final double[] yy = y.clone(); final double[] mm = mu.clone();
            List<Future<Object[]>> fs = new ArrayList<>();
            for (int e = 0; e < E; e++) {
                if (fixed[e]) continue;
                final int ee = e;
                fs.add(pool.submit(() -> { double[] mr = new double[1]; List<int[]> r = pr[ee].price(yy, mm[ee], perPerson, mr); return new Object[]{ee, r, mr[0]}; }));
            }
            int added = 0; double sumNeg = 0, minRc = 0;
            for (Future<Object[]> f : fs) {
                Object[] o = f.get();
                int e = (Integer) o[0];
                @SuppressWarnings("unchecked") List<int[]> rows = (List<int[]>) o[1];
                double mr = (Double) o[2];
                sumNeg += Math.min(0, mr); minRc = Math.min(minRc, mr);
                for (int[] r : rows) { int before = cols.size(); addCol(e, r); if (cols.size() > before) added++; }
            }
            double lb = lpVal + sumNeg;
            bestLb = Math.max(bestLb, lb);
            if (it <= 5 || it % 10 == 0 || added == 0)
                System.out.printf(Locale.ROOT, "%s it=%d t=%.1fs LP=%.4f lagrLB=%.3f bestLB=%.3f minRc=%.4f added=%d cols=%d%n",
                        tag, it, t(), lpVal, lb, bestLb, minRc, added, cols.size());
            if (added == 0) break;
            if (t() - start > timeLimit) { System.out.println(tag + " CG time limit hit"); solveLp(); break; }
        }
        return bestLb;
    }

    // ---------------- integer restricted master ----------------
    static long[] solveIp(double tl, int[][] hint, String tag) {
        double t1 = t();
        CpModel m = new CpModel();
        BoolVar[] z = new BoolVar[cols.size()];
        List<List<BoolVar>> per = new ArrayList<>();
        for (int e = 0; e < E; e++) per.add(new ArrayList<>());
        List<List<BoolVar>> covL = new ArrayList<>();
        for (int i = 0; i < in.cover.size(); i++) covL.add(new ArrayList<>());
        LinearExprBuilder obj = LinearExpr.newBuilder();
        for (Col c : cols) {
            z[c.id] = m.newBoolVar("z" + c.id);
            per.get(c.e).add(z[c.id]);
            if (c.cost != 0) obj.addTerm(z[c.id], c.cost);
            for (int d = 0; d < H; d++) if (c.row[d] >= 0 && covIdx[d][c.row[d]] >= 0) covL.get(covIdx[d][c.row[d]]).add(z[c.id]);
        }
        for (int e = 0; e < E; e++) m.addExactlyOne(per.get(e).toArray(new Literal[0]));
        for (int i = 0; i < in.cover.size(); i++) {
            int[] cv = in.cover.get(i);
            int R = cv[2];
            List<BoolVar> l = covL.get(i);
            IntVar under = m.newIntVar(0, R, "u");
            IntVar over = m.newIntVar(0, Math.max(0, E - R), "o");
            LinearExprBuilder b = LinearExpr.newBuilder();
            for (BoolVar v : l) b.add(v);
            b.add(under); b.addTerm(over, -1);
            m.addEquality(b, R);
            obj.addTerm(under, cv[3]); obj.addTerm(over, cv[4]);
        }
        m.minimize(obj);
        if (hint != null) {
            for (int e = 0; e < E; e++) {
                Col h = seen.get(e).get(Arrays.toString(hint[e]));
                for (Col c : cols) if (c.e == e) m.addHint(z[c.id], c == h);
            }
        }
        CpSolver solver = new CpSolver();
        solver.getParameters().setNumWorkers(2);
        solver.getParameters().setMaxTimeInSeconds(tl);
        final double[] lastImp = {0};
        final long[] lastObj = {Long.MAX_VALUE};
        CpSolverSolutionCallback cb = new CpSolverSolutionCallback() {
            @Override public void onSolutionCallback() {
                long o = Math.round(objectiveValue());
                if (o < lastObj[0]) { lastObj[0] = o; lastImp[0] = t() - t1; }
            }
        };
        CpSolverStatus st = solver.solve(m, cb);
        if (st != CpSolverStatus.OPTIMAL && st != CpSolverStatus.FEASIBLE) { System.out.println(tag + " IP status " + st); return null; }
        int[][] g = new int[E][];
        for (Col c : cols) if (solver.booleanValue(z[c.id])) g[c.e] = c.row;
        long o = Math.round(solver.objectiveValue());
        Evaluator.Result r = Evaluator.evaluate(in, g);
        System.out.printf(Locale.ROOT, "%s IP: cols=%d status=%s obj=%d bound=%.1f lastImprove=%.1fs ipTime=%.1fs eval=%d feasible=%s match=%s viol=%s t=%.1fs%n",
                tag, cols.size(), st, o, solver.bestObjectiveBound(), lastImp[0], t() - t1, r.total(), r.feasible(), r.total() == o,
                r.violations().isEmpty() ? "-" : r.violations().subList(0, Math.min(5, r.violations().size())), t());
        lastGrid = g;
        return new long[]{o, r.total()};
    }
    static int[][] lastGrid;

    static long[] solveMip(double tl, int[][] hint, String tag) {
        double t1 = t();
        MPSolver mip = MPSolver.createSolver("SCIP");
        if (mip == null) { System.out.println("no SCIP"); return null; }
        MPObjective ob = mip.objective(); ob.setMinimization();
        MPVariable[] z = new MPVariable[cols.size()];
        MPConstraint[] cv = new MPConstraint[E];
        for (int e = 0; e < E; e++) cv[e] = mip.makeConstraint(1, 1);
        MPConstraint[] cc = new MPConstraint[in.cover.size()];
        for (int i = 0; i < cc.length; i++) {
            int[] c = in.cover.get(i);
            cc[i] = mip.makeConstraint(c[2], c[2]);
            MPVariable u = mip.makeNumVar(0, Double.POSITIVE_INFINITY, "u" + i), o = mip.makeNumVar(0, Double.POSITIVE_INFINITY, "o" + i);
            cc[i].setCoefficient(u, 1); cc[i].setCoefficient(o, -1); ob.setCoefficient(u, c[3]); ob.setCoefficient(o, c[4]);
        }
        List<MPVariable> hv = new ArrayList<>(); List<Double> hval = new ArrayList<>();
        for (Col c : cols) {
            z[c.id] = mip.makeBoolVar("z" + c.id);
            ob.setCoefficient(z[c.id], c.cost);
            cv[c.e].setCoefficient(z[c.id], 1);
            for (int d = 0; d < H; d++) if (c.row[d] >= 0 && covIdx[d][c.row[d]] >= 0) cc[covIdx[d][c.row[d]]].setCoefficient(z[c.id], 1);
            if (hint != null) { hv.add(z[c.id]); hval.add(Arrays.equals(hint[c.e], c.row) ? 1.0 : 0.0); }
        }
        if (hint != null) mip.setHint(hv.toArray(new MPVariable[0]), hval.stream().mapToDouble(Double::doubleValue).toArray());
        mip.setTimeLimit((long) (tl * 1000));
        MPSolver.ResultStatus st = mip.solve();
        if (st != MPSolver.ResultStatus.OPTIMAL && st != MPSolver.ResultStatus.FEASIBLE) { System.out.println(tag + " MIP status " + st); return null; }
        int[][] g = new int[E][];
        for (Col c : cols) if (z[c.id].solutionValue() > 0.5) g[c.e] = c.row;
        long o = Math.round(ob.value());
        Evaluator.Result r = Evaluator.evaluate(in, g);
        System.out.printf(Locale.ROOT, "%s SCIP: cols=%d status=%s obj=%d bound=%.2f mipTime=%.1fs eval=%d feasible=%s match=%s t=%.1fs%n",
                tag, cols.size(), st, o, ob.bestBound(), t() - t1, r.total(), r.feasible(), r.total() == o, t());
        lastGrid = g;
        return new long[]{o, r.total()};
    }

    static void writeGrid(Path p, int[][] g, long obj) throws Exception {
        StringBuilder sb = new StringBuilder("# claimed_objective=" + obj + "\n");
        for (int e = 0; e < E; e++) {
            sb.append(in.empIds.get(e));
            for (int d = 0; d < H; d++) sb.append(',').append(g[e][d] < 0 ? "" : in.shiftIds.get(g[e][d]));
            sb.append('\n');
        }
        Files.writeString(p, sb.toString());
    }

    public static void main(String[] args) throws Exception {
        T0 = System.nanoTime();
        Loader.loadNativeLibraries();
        dualSignTest();
        in = Instance.parse(Path.of(args[0]));
        String name = Path.of(args[0]).getFileName().toString().replace(".txt", "");
        E = in.E(); H = in.H; S = in.S();
        double ipTime = Double.parseDouble(System.getProperty("cg.ipTime", "60"));
        int perPerson = Integer.getInteger("cg.perPerson", 5);
        int threads = Integer.getInteger("cg.threads", 2);
        boolean dive = Boolean.parseBoolean(System.getProperty("cg.dive", "true"));
        double diveTime = Double.parseDouble(System.getProperty("cg.diveTime", "1800"));
        covIdx = new int[H][S];
        for (int[] r : covIdx) Arrays.fill(r, -1);
        for (int i = 0; i < in.cover.size(); i++) covIdx[in.cover.get(i)[0]][in.cover.get(i)[1]] = i;
        onTotal = new long[E]; onW = new long[E][H][S]; offW = new long[E][H][S];
        for (int[] r : in.onReq) { onTotal[r[0]] += r[3]; onW[r[0]][r[1]][r[2]] += r[3]; }
        for (int[] r : in.offReq) offW[r[0]][r[1]][r[2]] += r[3];
        seen = new ArrayList<>();
        for (int e = 0; e < E; e++) seen.add(new HashMap<>());

        lp = MPSolver.createSolver("GLOP");
        lpObj = lp.objective();
        lpObj.setMinimization();
        conv = new MPConstraint[E];
        for (int e = 0; e < E; e++) conv[e] = lp.makeConstraint(1, 1, "conv" + e);
        covC = new MPConstraint[in.cover.size()];
        for (int i = 0; i < in.cover.size(); i++) {
            int[] cv = in.cover.get(i);
            covC[i] = lp.makeConstraint(cv[2], cv[2], "cov" + i);
            MPVariable u = lp.makeNumVar(0, Double.POSITIVE_INFINITY, "u" + i);
            MPVariable o = lp.makeNumVar(0, Double.POSITIVE_INFINITY, "o" + i);
            covC[i].setCoefficient(u, 1); covC[i].setCoefficient(o, -1);
            lpObj.setCoefficient(u, cv[3]); lpObj.setCoefficient(o, cv[4]);
        }
        int[][] start = readRoster(Path.of(args[1]));
        Evaluator.Result r0 = Evaluator.evaluate(in, start);
        System.out.printf("instance %s E=%d H=%d S=%d; start roster %s: obj=%d feasible=%s%n", name, E, H, S, args[1], r0.total(), r0.feasible());
        if (!r0.feasible()) throw new IllegalStateException("start infeasible " + r0.violations());
        for (int e = 0; e < E; e++) addCol(e, start[e]);
        for (int i = 2; i < args.length; i++) {
            int[][] g = readRoster(Path.of(args[i]));
            Evaluator.Result rr = Evaluator.evaluate(in, g);
            if (!rr.feasible()) { System.out.println("skip infeasible " + args[i]); continue; }
            for (int e = 0; e < E; e++) addCol(e, g[e]);
        }
        System.out.printf("initial columns: %d%n", cols.size());

        Pricer[] pr = new Pricer[E];
        for (int e = 0; e < E; e++) pr[e] = new Pricer(e);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        boolean[] fixed = new boolean[E];
        double tcg = t();
        double lb = cg(fixed, pool, pr, perPerson, "CG", 1e9);
        System.out.printf(Locale.ROOT, "CG CONVERGED: LP=%.4f (valid LB, ceil=%d) lagrangianBest=%.3f cols=%d time=%.1fs (t=%.1fs) lpIters=%d%n",
                lpVal, (long) Math.ceil(lpVal - 1e-6), lb, cols.size(), t() - tcg, t(), lpIters);
        // LP solution stats
        int frac = 0; for (int e = 0; e < E; e++) { double mx = 0; for (Col c : cols) if (c.e == e) mx = Math.max(mx, c.v.solutionValue()); if (mx < 1 - 1e-6) frac++; }
        System.out.println("persons with fractional LP row: " + frac);
        int prounds = Integer.getInteger("cg.perturbRounds", 0);
        if (prounds > 0) {
            double sigma = Double.parseDouble(System.getProperty("cg.sigma", "3"));
            Random rnd = new Random(1);
            double tp = t();
            for (int r = 0; r < prounds; r++) {
                double[] yp = new double[y.length];
                for (int i = 0; i < y.length; i++) yp[i] = y[i] + sigma * rnd.nextGaussian();
                int before = cols.size();
                for (int e = 0; e < E; e++) for (int[] row : pr[e].price(yp, mu[e], perPerson, new double[1], Double.POSITIVE_INFINITY)) addCol(e, row);
                int addedP = cols.size() - before;
                cg(fixed, pool, pr, perPerson, "  pert" + r, 1e9);
                System.out.printf(Locale.ROOT, "PERTURB round %d: perturbed columns added %d, LP=%.4f cols=%d t=%.1fs%n", r, addedP, lpVal, cols.size(), t());
            }
            System.out.printf(Locale.ROOT, "PERTURB done in %.1fs, cols=%d%n", t() - tp, cols.size());
        }
        boolean useCp = Boolean.parseBoolean(System.getProperty("cg.cpsatIp", "true"));
        long[] ip = useCp ? solveIp(ipTime, start, "ROOT") : null;
        if (ip != null && lastGrid != null) writeGrid(Path.of("cg_" + name + "_root.sol"), lastGrid, ip[1]);
        int[][] bestG = ip != null ? lastGrid : start; long bestObj = ip != null ? ip[1] : r0.total();
        long[] mp = solveMip(ipTime, bestG, "ROOT");
        if (mp != null && mp[1] < bestObj) { bestObj = mp[1]; bestG = lastGrid; writeGrid(Path.of("cg_" + name + "_rootscip.sol"), bestG, bestObj); }

        if (Boolean.getBoolean("cg.rins")) {
            double[][][] v = new double[E][H][S + 1];
            for (Col c : cols) { double val = c.v.solutionValue(); if (val > 1e-9) for (int d = 0; d < H; d++) v[c.e][d][c.row[d] + 1] += val; }
            double rinsTime = Double.parseDouble(System.getProperty("cg.rinsTime", "120"));
            for (String ts : System.getProperty("cg.rinsThr", "0.999,0.99,0.95").split(",")) {
                double thr = Double.parseDouble(ts);
                long[] res = rins(v, thr, bestG, rinsTime);
                if (res != null && res[1] < bestObj) { bestObj = res[1]; bestG = lastGrid; writeGrid(Path.of("cg_" + name + "_rins.sol"), bestG, bestObj); }
            }
        }
        if (dive) {
            double td = t();
            int nfix = 0, nflip = 0;
            double jumpTol = Double.parseDouble(System.getProperty("cg.jumpTol", "1.0"));
            List<List<int[]>> fixL = new ArrayList<>(), forbL = new ArrayList<>();
            for (int e = 0; e < E; e++) { fixL.add(new ArrayList<>()); forbL.add(new ArrayList<>()); }
            while (true) {
                double[][][] v = new double[E][H][S + 1];
                for (Col c : cols) { double val = c.v.solutionValue(); if (val > 1e-9) for (int d = 0; d < H; d++) v[c.e][d][c.row[d] + 1] += val; }
                int be = -1, bd = -1, bs = -2; double bv = -1;
                for (int e = 0; e < E; e++) for (int d = 0; d < H; d++) for (int k = 0; k <= S; k++)
                    if (v[e][d][k] < 1 - 1e-6 && v[e][d][k] > bv) { bv = v[e][d][k]; be = e; bd = d; bs = k - 1; }
                if (bv < 1e-6) break; // LP integral
                final int fe = be, fd = bd, fs = bs;
                double prev = lpVal;
                nfix++;
                fixL.get(fe).add(new int[]{fd, fs});
                rebuild(fe, pr, fixL, forbL);
                cg(fixed, pool, pr, perPerson, "  dive", 1e9);
                double up = lpVal;
                String choice = "fix";
                if (up - prev > jumpTol) {
                    fixL.get(fe).remove(fixL.get(fe).size() - 1);
                    forbL.get(fe).add(new int[]{fd, fs});
                    rebuild(fe, pr, fixL, forbL);
                    cg(fixed, pool, pr, perPerson, "  dive", 1e9);
                    double down = lpVal;
                    if (down <= up) { choice = "forbid"; nflip++; }
                    else { // back to fix
                        forbL.get(fe).remove(forbL.get(fe).size() - 1);
                        fixL.get(fe).add(new int[]{fd, fs});
                        rebuild(fe, pr, fixL, forbL);
                        cg(fixed, pool, pr, perPerson, "  dive", 1e9);
                    }
                    choice += String.format(Locale.ROOT, " (fix->%.3f forbid->%.3f)", up, down);
                }
                System.out.printf(Locale.ROOT, "CELLDIVE #%d e=%s d=%d s=%s value=%.3f LP %.3f -> %.3f %s cols=%d t=%.1fs%n", nfix, in.empIds.get(fe), fd, fs < 0 ? "off" : in.shiftIds.get(fs), bv, prev, lpVal, choice, cols.size(), t());
                if (t() - td > diveTime) { System.out.println("dive time limit"); break; }
            }
            System.out.printf(Locale.ROOT, "DIVE END: LP=%.4f fixes=%d cols=%d diveTime=%.1fs t=%.1fs%n", lpVal, nfix, cols.size(), t() - td, t());
            int[][] g = new int[E][];
            for (Col c : cols) if (c.v.solutionValue() > 0.999) g[c.e] = c.row;
            boolean complete = true; for (int e = 0; e < E; e++) if (g[e] == null) complete = false;
            if (complete) {
                Evaluator.Result rr = Evaluator.evaluate(in, g);
                System.out.printf(Locale.ROOT, "DIVE roster: eval=%d feasible=%s (LP %.3f)%n", rr.total(), rr.feasible(), lpVal);
                writeGrid(Path.of("cg_" + name + "_dive.sol"), g, rr.total());
                if (rr.feasible() && rr.total() < bestObj) { bestObj = rr.total(); bestG = g; }
            }
            for (Col c : cols) c.v.setUb(Double.POSITIVE_INFINITY);
            long[] m2 = solveMip(ipTime, bestG, "ALLCOLS");
            if (m2 != null && m2[1] < bestObj) { bestObj = m2[1]; bestG = lastGrid; }
            writeGrid(Path.of("cg_" + name + "_best.sol"), bestG, bestObj);
        }
        System.out.println("BEST integer objective " + bestObj);
        pool.shutdown();
        System.out.printf(Locale.ROOT, "TOTAL wall %.1fs%n", t());
    }

    /** compact CP-SAT model with cells whose root-LP value >= thr fixed; hint = incumbent. */
    static long[] rins(double[][][] v, double thr, int[][] hint, double tl) {
        double t1 = t();
        CpModel m = new CpModel();
        Pricer[] p = new Pricer[E];
        for (int e = 0; e < E; e++) p[e] = new Pricer(e, m);
        int nf = 0, agree = 0;
        for (int e = 0; e < E; e++) for (int d = 0; d < H; d++) for (int k = 0; k <= S; k++)
            if (v[e][d][k] >= thr) { p[e].fixCell(d, k - 1); nf++; if (hint[e][d] == k - 1) agree++; }
        LinearExprBuilder obj = LinearExpr.newBuilder();
        for (int e = 0; e < E; e++) for (int d = 0; d < H; d++) for (int s = 0; s < S; s++) if (p[e].x[d][s] != null) {
            long c = offW[e][d][s] - onW[e][d][s];
            if (c != 0) obj.addTerm(p[e].x[d][s], c);
        }
        long cst = 0; for (int e = 0; e < E; e++) cst += onTotal[e];
        for (int i = 0; i < in.cover.size(); i++) {
            int[] cv = in.cover.get(i);
            LinearExprBuilder b = LinearExpr.newBuilder();
            for (int e = 0; e < E; e++) if (p[e].x[cv[0]][cv[1]] != null) b.add(p[e].x[cv[0]][cv[1]]);
            IntVar under = m.newIntVar(0, cv[2], "u"), over = m.newIntVar(0, E, "o");
            b.add(under); b.addTerm(over, -1);
            m.addEquality(b, cv[2]);
            obj.addTerm(under, cv[3]); obj.addTerm(over, cv[4]);
        }
        obj.add(cst);
        m.minimize(obj);
        for (int e = 0; e < E; e++) for (int d = 0; d < H; d++) for (int s = 0; s < S; s++) if (p[e].x[d][s] != null) m.addHint(p[e].x[d][s], hint[e][d] == s);
        CpSolver solver = new CpSolver();
        solver.getParameters().setNumWorkers(2);
        solver.getParameters().setMaxTimeInSeconds(tl);
        solver.getParameters().setRepairHint(true);
        final double[] lastImp = {0}; final long[] lo = {Long.MAX_VALUE};
        CpSolverSolutionCallback cb = new CpSolverSolutionCallback() {
            @Override public void onSolutionCallback() { long o = Math.round(objectiveValue()); if (o < lo[0]) { lo[0] = o; lastImp[0] = t() - t1; } }
        };
        CpSolverStatus st = solver.solve(m, cb);
        System.out.printf(Locale.ROOT, "RINS thr=%.3f fixedCells=%d (agree with incumbent %d) of %d: status=%s ", thr, nf, agree, E * H, st);
        if (st != CpSolverStatus.OPTIMAL && st != CpSolverStatus.FEASIBLE) { System.out.println(); return null; }
        int[][] g = new int[E][H];
        for (int e = 0; e < E; e++) for (int d = 0; d < H; d++) { g[e][d] = -1; for (int s = 0; s < S; s++) if (p[e].x[d][s] != null && solver.booleanValue(p[e].x[d][s])) g[e][d] = s; }
        long o = Math.round(solver.objectiveValue());
        Evaluator.Result r = Evaluator.evaluate(in, g);
        System.out.printf(Locale.ROOT, "obj=%d bound=%.1f lastImprove=%.1fs time=%.1fs eval=%d feasible=%s match=%s t=%.1fs%n", o, solver.bestObjectiveBound(), lastImp[0], t() - t1, r.total(), r.feasible(), r.total() == o, t());
        lastGrid = g;
        return new long[]{o, r.total()};
    }

    static void rebuild(int e, Pricer[] pr, List<List<int[]>> fixL, List<List<int[]>> forbL) {
        pr[e] = new Pricer(e);
        for (int[] f : fixL.get(e)) pr[e].fixCell(f[0], f[1]);
        for (int[] f : forbL.get(e)) pr[e].forbidCell(f[0], f[1]);
        for (Col c : cols) if (c.e == e) {
            boolean ok = true;
            for (int[] f : fixL.get(e)) if (c.row[f[0]] != f[1]) ok = false;
            for (int[] f : forbL.get(e)) if (c.row[f[0]] == f[1]) ok = false;
            c.v.setUb(ok ? Double.POSITIVE_INFINITY : 0);
        }
    }

    static void dualSignTest() {
        // min 2a + 3b s.t. a + b = 1 (c1), a - b >= -5 -> dual(c1) should be 2, reduced cost b = 1
        MPSolver s = MPSolver.createSolver("GLOP");
        MPVariable a = s.makeNumVar(0, 10, "a"), b = s.makeNumVar(0, 10, "b");
        MPConstraint c1 = s.makeConstraint(1, 1, "c1");
        c1.setCoefficient(a, 1); c1.setCoefficient(b, 1);
        s.objective().setCoefficient(a, 2); s.objective().setCoefficient(b, 3); s.objective().setMinimization();
        s.solve();
        System.out.printf(Locale.ROOT, "dual sign test: dual(c1)=%.3f (expect +2), rc(b)=%.3f (expect 1 = 3 - dual)%n", c1.dualValue(), b.reducedCost());
        if (Math.abs(c1.dualValue() - 2) > 1e-9) throw new IllegalStateException("unexpected dual sign convention");
    }
}
