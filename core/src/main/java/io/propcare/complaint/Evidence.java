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
        int k = table.values().stream().findFirst().map(r -> r.length).orElse(0);
        if (k == 0) {
            return List.of();
        }
        double[] rows = new double[names.size() * k];
        int[] order = new int[names.size()];
        for (int f = 0; f < order.length; f++) {
            double[] row = table.get(names.get(f));
            // a feature without weights gets NaN weights, which are never above the threshold
            java.util.Arrays.fill(rows, f * k, f * k + k, Double.NaN);
            if (row != null) {
                System.arraycopy(row, 0, rows, f * k, k);
            }
            order[f] = f;
        }
        return top(names::get, rows, k, 0, k, order, j, limit, threshold);
    }

    /** Feature names by number. */
    @FunctionalInterface
    interface Names {
        String name(int f);
    }

    /**
     * As {@link #top(Map, Set, int, int, double)}, for features given by number whose weights
     * per class are {@code width} values at {@code rows[f * stride + offset]}; {@code threshold}
     * is positive, so a feature whose weights are all zero is never evidence.
     *
     * @param names the name of each feature number
     * @param rows the weights of all feature numbers
     * @param features the document's feature numbers, in order
     */
    static List<String> top(Names names, double[] rows, int stride, int offset, int width, int[] features, int j,
                            int limit, double threshold) {
        int[] picked = new int[features.length];
        double[] weight = new double[features.length];
        int n = 0;
        for (int f : features) {
            int base = f * stride + offset;
            double others = 0;
            for (int i = 0; i < width; i++) {
                if (i != j) {
                    others += rows[base + i];
                }
            }
            double w = rows[base + j] - others / Math.max(1, width - 1);
            if (w > threshold && !names.name(f).startsWith("\u00a7")) {
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
