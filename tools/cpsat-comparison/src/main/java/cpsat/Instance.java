package cpsat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;

/** Parser for the Curtois & Qu .txt format (FORMAT.md). */
public final class Instance {
    public int H;
    public final List<String> shiftIds = new ArrayList<>();
    public final Map<String, Integer> shiftIndex = new HashMap<>();
    public int[] shiftLen;
    public boolean[][] forbiddenNext; // [s][t]: t may not follow s
    public final List<String> empIds = new ArrayList<>();
    public final Map<String, Integer> empIndex = new HashMap<>();
    public int[][] maxShifts; // [e][s]
    public int[] maxMin, minMin, maxCons, minCons, minOff, maxWe;
    public boolean[][] dayOff; // [e][d]
    public final List<int[]> onReq = new ArrayList<>();  // e,d,s,w
    public final List<int[]> offReq = new ArrayList<>(); // e,d,s,w
    public final List<int[]> cover = new ArrayList<>();  // d,s,R,U,O

    public int E() { return empIds.size(); }
    public int S() { return shiftIds.size(); }

    private static int num(String t) { return Integer.parseInt(t.trim()); } // "-0" -> 0

    public static Instance parse(Path p) throws IOException {
        Instance in = new Instance();
        Map<String, List<String>> sec = new LinkedHashMap<>();
        String cur = null;
        for (String raw : Files.readAllLines(p)) {
            String l = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
            if (l.startsWith("#")) continue;
            if (l.startsWith("SECTION_")) { cur = l.trim(); sec.put(cur, new ArrayList<>()); continue; }
            if (l.trim().isEmpty()) { cur = null; continue; }
            if (cur != null) sec.get(cur).add(l.trim());
        }
        in.H = num(sec.get("SECTION_HORIZON").get(0));
        List<String[]> sh = new ArrayList<>();
        for (String l : sec.get("SECTION_SHIFTS")) {
            String[] f = l.split(",", -1);
            in.shiftIndex.put(f[0], in.shiftIds.size());
            in.shiftIds.add(f[0]);
            sh.add(f);
        }
        int S = in.S();
        in.shiftLen = new int[S];
        in.forbiddenNext = new boolean[S][S];
        for (int s = 0; s < S; s++) {
            String[] f = sh.get(s);
            in.shiftLen[s] = num(f[1]);
            if (f.length > 2 && !f[2].isEmpty())
                for (String t : f[2].split("\\|")) if (!t.isEmpty()) in.forbiddenNext[s][in.shiftIndex.get(t)] = true;
        }
        List<String> st = sec.get("SECTION_STAFF");
        int E = st.size();
        in.maxShifts = new int[E][S];
        in.maxMin = new int[E]; in.minMin = new int[E]; in.maxCons = new int[E]; in.minCons = new int[E];
        in.minOff = new int[E]; in.maxWe = new int[E];
        for (int e = 0; e < E; e++) {
            String[] f = st.get(e).split(",", -1);
            in.empIndex.put(f[0], e);
            in.empIds.add(f[0]);
            for (String kv : f[1].split("\\|")) {
                String[] a = kv.split("=");
                in.maxShifts[e][in.shiftIndex.get(a[0])] = num(a[1]);
            }
            in.maxMin[e] = num(f[2]); in.minMin[e] = num(f[3]); in.maxCons[e] = num(f[4]);
            in.minCons[e] = num(f[5]); in.minOff[e] = num(f[6]); in.maxWe[e] = num(f[7]);
        }
        in.dayOff = new boolean[E][in.H];
        for (String l : sec.getOrDefault("SECTION_DAYS_OFF", List.of())) {
            String[] f = l.split(",");
            int e = in.empIndex.get(f[0]);
            for (int i = 1; i < f.length; i++) in.dayOff[e][num(f[i])] = true;
        }
        for (String l : sec.getOrDefault("SECTION_SHIFT_ON_REQUESTS", List.of())) {
            String[] f = l.split(",");
            in.onReq.add(new int[]{in.empIndex.get(f[0]), num(f[1]), in.shiftIndex.get(f[2]), num(f[3])});
        }
        for (String l : sec.getOrDefault("SECTION_SHIFT_OFF_REQUESTS", List.of())) {
            String[] f = l.split(",");
            in.offReq.add(new int[]{in.empIndex.get(f[0]), num(f[1]), in.shiftIndex.get(f[2]), num(f[3])});
        }
        for (String l : sec.get("SECTION_COVER")) {
            String[] f = l.split(",");
            in.cover.add(new int[]{num(f[0]), in.shiftIndex.get(f[1]), num(f[2]), num(f[3]), num(f[4])});
        }
        return in;
    }
}
