package io.propcare.complaint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One multinomial naive Bayes head over binary features (a feature counts once per document),
 * with Laplace/Lidstone smoothing {@code alpha} and a softmax temperature that calibrates its
 * probabilities. The counts are the whole state, so a head saved and loaded answers identically.
 *
 * <p>Implementation requirements: immutable and thread-safe once built.
 */
final class NaiveBayesHead {
    /** The least log-likelihood advantage of a feature for a class that makes it evidence. */
    static final double EVIDENCE_THRESHOLD = 0.5;

    final String[] classes;
    /** The classes as categories (for the category head; null entries for other heads' labels). */
    final io.propcare.model.complaint.Category[] categories;
    final int[] docs;
    /** feature -> counts per class. */
    final Map<String, int[]> counts;
    final double alpha;
    final double temperature;
    private final double[] logPrior;
    private final double[] logUnseen;
    private final Map<String, double[]> logLik;

    NaiveBayesHead(String[] classes, int[] docs, Map<String, int[]> counts, double alpha, double temperature) {
        this.classes = classes.clone();
        this.categories = new io.propcare.model.complaint.Category[classes.length];
        for (int j = 0; j < classes.length; j++) {
            categories[j] = classes[j].matches("[a-z][a-z0-9_]{0,63}") ? io.propcare.model.complaint.Category.of(classes[j])
                    : null;
        }
        this.docs = docs.clone();
        this.counts = counts;
        this.alpha = alpha;
        this.temperature = Math.round(temperature * 1e6) / 1e6; // six decimals, as the file keeps it
        int k = classes.length;
        long[] totals = new long[k];
        for (int[] c : counts.values()) {
            for (int j = 0; j < k; j++) {
                totals[j] += c[j];
            }
        }
        int vocabulary = Math.max(1, counts.size());
        long allDocs = Arrays.stream(docs).asLongStream().sum();
        logPrior = new double[k];
        logUnseen = new double[k];
        double[] logDenominator = new double[k];
        for (int j = 0; j < k; j++) {
            logPrior[j] = Math.log((docs[j] + 1.0) / (allDocs + k));
            logDenominator[j] = Math.log(totals[j] + alpha * vocabulary);
            logUnseen[j] = Math.log(alpha) - logDenominator[j];
        }
        logLik = new HashMap<>(counts.size() * 2);
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            double[] l = new double[k];
            int[] c = e.getValue();
            for (int j = 0; j < k; j++) {
                l[j] = Math.log(c[j] + alpha) - logDenominator[j];
            }
            logLik.put(e.getKey(), l);
        }
    }

    /** Counts the examples; {@code labels[i]} is the class index of document i, or -1 to skip it. */
    static NaiveBayesHead count(String[] classes, LogisticHead.Encoded data, int[] labels, double alpha,
                                double temperature) {
        int k = classes.length;
        int[] docs = new int[k];
        int[][] byFeature = new int[data.names().size()][];
        for (int i = 0; i < labels.length; i++) {
            int y = labels[i];
            if (y < 0) {
                continue;
            }
            docs[y]++;
            for (int f : data.docs()[i]) {
                if (byFeature[f] == null) {
                    byFeature[f] = new int[k];
                }
                byFeature[f][y]++;
            }
        }
        Map<String, int[]> counts = new HashMap<>();
        for (int f = 0; f < byFeature.length; f++) {
            if (byFeature[f] != null) {
                counts.put(data.names().get(f), byFeature[f]);
            }
        }
        return new NaiveBayesHead(classes, docs, counts, alpha, temperature);
    }

    NaiveBayesHead withTemperature(double t) {
        return new NaiveBayesHead(classes, docs, counts, alpha, t);
    }

    /** The log likelihoods of a feature per class, or null when the feature was never seen. */
    double[] likelihoods(String feature) {
        return logLik.get(feature);
    }

    /** A copy of the log priors, the start of every score. */
    double[] priors() {
        return logPrior.clone();
    }

    /** Calibrated probabilities from raw scores. */
    double[] calibrated(double[] raw) {
        return softmax(raw, temperature);
    }

    /** Raw log scores (log prior plus log likelihoods) per class. */
    double[] rawScores(Collection<String> features) {
        return RowSums.add(logPrior.clone(), logLik, features);
    }

    /** Calibrated probabilities per class. */
    double[] probabilities(Collection<String> features) {
        return softmax(rawScores(features), temperature);
    }

    static double[] softmax(double[] raw, double t) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : raw) {
            max = Math.max(max, v);
        }
        double[] p = new double[raw.length];
        double sum = 0;
        for (int j = 0; j < raw.length; j++) {
            p[j] = Math.exp((raw[j] - max) / t);
            sum += p[j];
        }
        for (int j = 0; j < raw.length; j++) {
            p[j] /= sum;
        }
        return p;
    }

    /**
     * The features of a document that weigh most for class {@code j}: their log likelihood for it
     * minus the mean over the other classes, largest first, only those that favour it.
     */
    List<String> evidence(Set<String> features, int j, int limit) {
        return Evidence.top(logLik, features, j, limit, EVIDENCE_THRESHOLD);
    }

    int index(String label) {
        for (int j = 0; j < classes.length; j++) {
            if (classes[j].equals(label)) {
                return j;
            }
        }
        return -1;
    }

    /** Log of a feature's smoothed likelihood when it was never seen with class j (for tests). */
    double logUnseen(int j) {
        return logUnseen[j];
    }
}
