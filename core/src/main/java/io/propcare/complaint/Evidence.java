package io.propcare.complaint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Picks the features that weigh most for one class, shared by the model heads. */
final class Evidence {
    private Evidence() {
    }

    /**
     * The features of a document that weigh most for class {@code j}: their weight for it minus
     * the mean over the other classes, largest first, only those above {@code threshold}, no
     * feature inside another. Internal features (starting with {@code §}) are skipped.
     */
    static List<String> top(Map<String, double[]> table, Set<String> features, int j, int limit, double threshold) {
        List<Map.Entry<String, Double>> ws = new ArrayList<>();
        for (String f : features) {
            double[] l = table.get(f);
            if (l == null || f.startsWith("\u00a7")) {
                continue;
            }
            double others = 0;
            for (int i = 0; i < l.length; i++) {
                if (i != j) {
                    others += l[i];
                }
            }
            double w = l[j] - others / Math.max(1, l.length - 1);
            if (w > threshold) {
                ws.add(Map.entry(f, w));
            }
        }
        ws.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Double> e : ws) {
            if (out.size() >= limit) {
                break;
            }
            boolean covered = false;
            for (String o : out) {
                if (o.contains(e.getKey()) || e.getKey().contains(o)) {
                    covered = true;
                    break;
                }
            }
            if (!covered) {
                out.add(e.getKey());
            }
        }
        return out;
    }
}
