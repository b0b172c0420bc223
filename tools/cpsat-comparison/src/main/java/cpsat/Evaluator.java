package cpsat;

import java.nio.file.*;
import java.util.*;

/** Evaluates a roster grid g[e][d] (shift index or -1) directly from FORMAT.md, without the CP model. */
public final class Evaluator {
    public record Result(long on, long off, long cover, List<String> violations) {
        public long total() { return on + off + cover; }
        public boolean feasible() { return violations.isEmpty(); }
    }

    public static Result evaluate(Instance in, int[][] g) {
        int E = in.E(), H = in.H, S = in.S();
        List<String> v = new ArrayList<>();
        for (int e = 0; e < E; e++) {
            String id = in.empIds.get(e);
            int[] cnt = new int[S];
            long minutes = 0;
            for (int d = 0; d < H; d++) if (g[e][d] >= 0) { cnt[g[e][d]]++; minutes += in.shiftLen[g[e][d]]; }
            for (int d = 0; d + 1 < H; d++)
                if (g[e][d] >= 0 && g[e][d + 1] >= 0 && in.forbiddenNext[g[e][d]][g[e][d + 1]])
                    v.add("succession " + id + " d" + d);
            for (int s = 0; s < S; s++) if (cnt[s] > in.maxShifts[e][s]) v.add("maxShifts " + id + " " + in.shiftIds.get(s) + " " + cnt[s] + ">" + in.maxShifts[e][s]);
            if (minutes > in.maxMin[e]) v.add("maxMinutes " + id + " " + minutes);
            if (minutes < in.minMin[e]) v.add("minMinutes " + id + " " + minutes + "<" + in.minMin[e]);
            // runs
            int d = 0;
            while (d < H) {
                boolean work = g[e][d] >= 0;
                int st = d;
                while (d < H && (g[e][d] >= 0) == work) d++;
                int len = d - st;
                boolean interior = st > 0 && d < H; // preceded and followed by the other kind inside horizon
                if (work) {
                    if (len > in.maxCons[e]) v.add("maxCons " + id + " d" + st + " len" + len);
                    if (interior && len < in.minCons[e]) v.add("minCons " + id + " d" + st + " len" + len);
                } else {
                    if (interior && len < in.minOff[e]) v.add("minOff " + id + " d" + st + " len" + len);
                }
            }
            int we = 0;
            for (int k = 0; k < H / 7; k++) if (g[e][7 * k + 5] >= 0 || g[e][7 * k + 6] >= 0) we++;
            if (we > in.maxWe[e]) v.add("maxWeekends " + id + " " + we);
            for (int dd = 0; dd < H; dd++) if (in.dayOff[e][dd] && g[e][dd] >= 0) v.add("dayOff " + id + " d" + dd);
        }
        long on = 0, off = 0, cov = 0;
        for (int[] r : in.onReq) if (g[r[0]][r[1]] != r[2]) on += r[3];
        for (int[] r : in.offReq) if (g[r[0]][r[1]] == r[2]) off += r[3];
        for (int[] c : in.cover) {
            int n = 0;
            for (int e = 0; e < E; e++) if (g[e][c[0]] == c[1]) n++;
            if (n < c[2]) cov += (long) (c[2] - n) * c[3];
            else cov += (long) (n - c[2]) * c[4];
        }
        return new Result(on, off, cov, v);
    }

    /** Sanity: all-off roster soft penalty for each instance file given. */
    public static void main(String[] args) throws Exception {
        for (String a : args) {
            Instance in = Instance.parse(Path.of(a));
            int[][] g = new int[in.E()][in.H];
            for (int[] r : g) Arrays.fill(r, -1);
            Result r = evaluate(in, g);
            System.out.println(Path.of(a).getFileName() + " allOffSoft=" + r.total() + " on=" + r.on() + " off=" + r.off() + " cover=" + r.cover());
        }
    }
}
