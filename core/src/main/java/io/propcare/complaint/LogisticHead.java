package io.propcare.complaint;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One multinomial logistic-regression head over binary features (present or not) with an L2
 * penalty; trained by plain stochastic gradient descent in a fixed
 * order (no randomness, so the same data gives the same weights) with the decaying step
 * {@code eta0 / (1 + eta0 * lambda * t)}. Probabilities are a softmax of the scores divided by a
 * temperature fitted on held-out predictions.
 *
 * <p>Implementation requirements: immutable and thread-safe once built; weights are rounded to
 * {@link #PRECISION} when fitted, so a saved and reloaded head answers identically.
 */
final class LogisticHead {
    /** Weights are kept to this many decimals (and smaller ones dropped) when the head is built. */
    static final double PRECISION = 1e-3;
    /** The least weight advantage of a feature for a class that makes it evidence. */
    static final double EVIDENCE_THRESHOLD = 0.2;
    /** The default L2 penalty per example. */
    static final double DEFAULT_LAMBDA = 1e-2;
    private static final double ETA0 = 0.5;
    private static final int EPOCHS = 25;
    /** At most this many gradient steps, however large the training set. */
    private static final long MAX_STEPS = 50_000;

    final String[] classes;
    final double[] bias;
    /** feature -> weight per class. */
    final Map<String, double[]> weights;
    final double temperature;

    LogisticHead(String[] classes, double[] bias, Map<String, double[]> weights, double temperature) {
        this.classes = classes.clone();
        this.bias = new double[bias.length];
        for (int j = 0; j < bias.length; j++) {
            this.bias[j] = round(bias[j]);
        }
        Map<String, double[]> w = new HashMap<>(weights.size() * 2);
        for (Map.Entry<String, double[]> e : weights.entrySet()) {
            double[] v = new double[e.getValue().length];
            boolean any = false;
            for (int j = 0; j < v.length; j++) {
                v[j] = round(e.getValue()[j]);
                any |= v[j] != 0;
            }
            if (any) {
                w.put(e.getKey(), v);
            }
        }
        this.weights = w;
        this.temperature = temperature;
    }

    static double round(double v) {
        return Math.round(v / PRECISION) * PRECISION;
    }

    LogisticHead withTemperature(double t) {
        return new LogisticHead(classes, bias, weights, t);
    }

    /** Documents as feature numbers, encoded once and shared by every fit on the same lines. */
    record Encoded(List<String> names, int[][] docs) {
        static Encoded of(List<? extends Collection<String>> features) {
            Map<String, Integer> index = new HashMap<>();
            List<String> names = new ArrayList<>();
            int[][] docs = new int[features.size()][];
            for (int i = 0; i < docs.length; i++) {
                Collection<String> f = features.get(i);
                int[] d = new int[f.size()];
                int m = 0;
                for (String x : f) {
                    Integer id = index.get(x);
                    if (id == null) {
                        id = names.size();
                        index.put(x, id);
                        names.add(x);
                    }
                    d[m++] = id;
                }
                docs[i] = d;
            }
            return new Encoded(List.copyOf(names), docs);
        }
    }

    /**
     * Fits a head; {@code labels[i]} is the class index of {@code features.get(i)}, or -1 to skip it.
     *
     * @param classes the class names
     * @param features the features per document
     * @param labels the class index per document
     * @param lambda the L2 penalty per example
     * @return the head, with temperature 1
     */
    static LogisticHead fit(String[] classes, List<? extends Collection<String>> features, int[] labels,
                            double lambda) {
        return fit(classes, Encoded.of(features), labels, lambda);
    }

    /**
     * Fits a head on encoded documents; {@code labels[i]} is the class index of document i, or -1 to skip it.
     *
     * @param classes the class names
     * @param data the documents
     * @param labels the class index per document
     * @param lambda the L2 penalty per example
     * @return the head, with temperature 1
     */
    static LogisticHead fit(String[] classes, Encoded data, int[] labels, double lambda) {
        int k = classes.length;
        int all = labels.length;
        int[] rows = new int[all];
        int n = 0;
        for (int i = 0; i < all; i++) {
            if (labels[i] >= 0) {
                rows[n++] = i;
            }
        }
        double[][] w = new double[data.names().size()][k];
        boolean[] seen = new boolean[w.length];
        double[] b = new double[k];
        double scale = 1.0;
        double[] s = new double[k];
        double[] u = new double[k];
        long steps = n == 0 ? 0 : Math.min((long) EPOCHS * n, Math.max(MAX_STEPS, n));
        // a fixed permutation (multiplicative stride coprime to n) instead of a random shuffle
        int stride = coprimeStride(n);
        long t = 0;
        int pos = 0;
        for (long step = 0; step < steps; step++) {
            pos = (int) ((pos + (long) stride) % n);
            int[] d = data.docs()[rows[pos]];
            int y = labels[rows[pos]];
            double eta = ETA0 / (1 + ETA0 * lambda * t);
            t++;
            // feature-major loops (each row read once, in memory order); every per-class sum and
            // update is the same sequence of operations as class by class
            java.util.Arrays.fill(s, 0);
            for (int f : d) {
                double[] row = w[f];
                for (int c = 0; c < k; c++) {
                    s[c] += row[c];
                }
            }
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                s[c] = b[c] + s[c] * scale;
                max = Math.max(max, s[c]);
            }
            double sum = 0;
            for (int c = 0; c < k; c++) {
                s[c] = Math.exp(s[c] - max);
                sum += s[c];
            }
            scale *= 1 - eta * lambda;
            if (scale < 1e-6) {
                for (double[] row : w) {
                    for (int c = 0; c < k; c++) {
                        row[c] *= scale;
                    }
                }
                scale = 1.0;
            }
            for (int c = 0; c < k; c++) {
                double g = s[c] / sum - (c == y ? 1 : 0);
                b[c] -= eta * g * 0.1;
                u[c] = eta * g / scale;
            }
            for (int f : d) {
                double[] row = w[f];
                for (int c = 0; c < k; c++) {
                    row[c] -= u[c];
                }
                seen[f] = true;
            }
        }
        Map<String, double[]> out = new HashMap<>();
        for (int f = 0; f < w.length; f++) {
            if (!seen[f]) {
                continue;
            }
            double[] row = w[f];
            for (int c = 0; c < k; c++) {
                row[c] *= scale;
            }
            out.put(data.names().get(f), row);
        }
        return new LogisticHead(classes, b, out, 1.0);
    }

    private static int coprimeStride(int n) {
        if (n <= 2) {
            return 1;
        }
        int s = (int) (n * 0.618);
        while (gcd(s, n) != 1) {
            s++;
        }
        return s;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    /** The weights of a feature per class, or null when it has none. */
    double[] weights(String feature) {
        return weights.get(feature);
    }

    /** Raw scores per class (before the temperature). */
    double[] rawScores(Collection<String> features) {
        return RowSums.add(bias.clone(), weights, features);
    }

    /** Calibrated probabilities from raw scores. */
    double[] calibrated(double[] raw) {
        return NaiveBayesHead.softmax(raw, temperature);
    }

    /** Calibrated probabilities per class. */
    double[] probabilities(Collection<String> features) {
        return calibrated(rawScores(features));
    }

    /**
     * The features of a document that weigh most for class {@code j}: their weight for it minus the
     * mean over the other classes, largest first, only clearly positive ones, no feature inside another.
     */
    List<String> evidence(Set<String> features, int j, int limit) {
        return Evidence.top(weights, features, j, limit, EVIDENCE_THRESHOLD);
    }
}
