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
        List<String> names = new ArrayList<>(features);
        double[][] rows = new double[names.size()][];
        int[] order = new int[names.size()];
        for (int f = 0; f < order.length; f++) {
            rows[f] = table.get(names.get(f));
            order[f] = f;
        }
        return top(names::get, rows, order, j, limit, threshold);
    }

    /** Feature names by number. */
    @FunctionalInterface
    interface Names {
        String name(int f);
    }

    /**
     * As {@link #top(Map, Set, int, int, double)}, for features given by number.
     *
     * @param names the name of each feature number
     * @param rows the weights per class of each feature number, null for none
     * @param features the document's feature numbers, in order
     */
    static List<String> top(Names names, double[][] rows, int[] features, int j, int limit, double threshold) {
        int[] picked = new int[features.length];
        double[] weight = new double[features.length];
        int n = 0;
        for (int f : features) {
            double[] l = rows[f];
            if (l == null || names.name(f).startsWith("\u00a7")) {
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
                // insertion keeps equal weights in document order, as a stable sort does
                int at = n;
                while (at > 0 && Double.compare(weight[at - 1], w) < 0) {
                    picked[at] = picked[at - 1];
                    weight[at] = weight[at - 1];
                    at--;
                }
                picked[at] = f;
                weight[at] = w;
                n++;
            }
        }
        List<String> out = new ArrayList<>(Math.min(limit, n));
        for (int x = 0; x < n && out.size() < limit; x++) {
            String name = names.name(picked[x]);
            boolean covered = false;
            for (String o : out) {
                if (o.contains(name) || name.contains(o)) {
                    covered = true;
                    break;
                }
            }
            if (!covered) {
                out.add(name);
            }
        }
        return out;
    }
}
