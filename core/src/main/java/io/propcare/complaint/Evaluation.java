package io.propcare.complaint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Measures a classifier against labels: accuracy, macro-F1, per-class precision, recall and F1,
 * and the confusion matrix; expected calibration error of confidences; precision and recall of
 * the member links of collective cases.
 *
 * <p>Implementation requirements: stateless and thread-safe.
 *
 * @since 0.1
 */
public final class Evaluation {
    private Evaluation() {
    }

    /**
     * Figures for one class.
     *
     * @param label the class
     * @param support how many lines have it as truth
     * @param predicted how many lines were predicted as it
     * @param precision correct / predicted (0 when nothing was predicted)
     * @param recall correct / support (0 when the support is 0)
     * @param f1 the harmonic mean of precision and recall
     */
    public record ClassReport(String label, int support, int predicted, double precision, double recall, double f1) {
    }

    /**
     * Figures for one head (category, urgency or validity).
     *
     * @param n the number of lines
     * @param accuracy the share of lines predicted correctly
     * @param macroF1 the mean F1 over the classes that occur in truth or prediction
     * @param perClass figures per class, in {@code labels} order
     * @param labels the classes, the order of the confusion matrix
     * @param confusion rows are the truth, columns the prediction
     */
    public record HeadReport(int n, double accuracy, double macroF1, List<ClassReport> perClass, List<String> labels,
                             List<List<Integer>> confusion) {
        /** Copies the lists. */
        public HeadReport {
            perClass = List.copyOf(Objects.requireNonNull(perClass, "perClass must not be null"));
            labels = List.copyOf(Objects.requireNonNull(labels, "labels must not be null"));
            confusion = confusion.stream().map(List::copyOf).toList();
        }
    }

    /**
     * Evaluates predictions against truth.
     *
     * @param labels the known classes in report order (classes met only in the data are added, sorted)
     * @param truth the true class per line
     * @param predicted the predicted class per line
     * @return the report
     * @throws IllegalArgumentException if the lists differ in length
     */
    public static HeadReport of(List<String> labels, List<String> truth, List<String> predicted) {
        Objects.requireNonNull(labels, "labels must not be null");
        Objects.requireNonNull(truth, "truth must not be null");
        Objects.requireNonNull(predicted, "predicted must not be null");
        if (truth.size() != predicted.size()) {
            throw new IllegalArgumentException("truth has " + truth.size() + " lines but predicted has "
                    + predicted.size());
        }
        List<String> all = new ArrayList<>(labels);
        TreeSet<String> extra = new TreeSet<>(truth);
        extra.addAll(predicted);
        extra.removeAll(labels);
        all.addAll(extra);
        int k = all.size();
        int[][] m = new int[k][k];
        int correct = 0;
        for (int i = 0; i < truth.size(); i++) {
            int t = all.indexOf(truth.get(i));
            int p = all.indexOf(predicted.get(i));
            m[t][p]++;
            if (t == p) {
                correct++;
            }
        }
        List<ClassReport> per = new ArrayList<>();
        double f1sum = 0;
        int counted = 0;
        for (int j = 0; j < k; j++) {
            int support = 0;
            int pred = 0;
            for (int x = 0; x < k; x++) {
                support += m[j][x];
                pred += m[x][j];
            }
            double precision = pred == 0 ? 0 : m[j][j] / (double) pred;
            double recall = support == 0 ? 0 : m[j][j] / (double) support;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            per.add(new ClassReport(all.get(j), support, pred, round(precision), round(recall), round(f1)));
            if (support > 0 || pred > 0) {
                f1sum += f1;
                counted++;
            }
        }
        List<List<Integer>> conf = new ArrayList<>();
        for (int[] row : m) {
            List<Integer> r = new ArrayList<>();
            for (int v : row) {
                r.add(v);
            }
            conf.add(r);
        }
        return new HeadReport(truth.size(), round(truth.isEmpty() ? 0 : correct / (double) truth.size()),
                round(counted == 0 ? 0 : f1sum / counted), per, all, conf);
    }

    /**
     * The expected calibration error: the mean, weighted by bin size, of |accuracy - mean confidence|
     * over equal-width confidence bins.
     *
     * @param confidence the confidence per line, 0 to 1
     * @param correct whether each line was right
     * @param bins the number of bins, at least 1
     * @return the error, 0 (perfect) to 1
     */
    public static double expectedCalibrationError(double[] confidence, boolean[] correct, int bins) {
        Objects.requireNonNull(confidence, "confidence must not be null");
        Objects.requireNonNull(correct, "correct must not be null");
        if (confidence.length != correct.length || bins < 1) {
            throw new IllegalArgumentException("expected equal lengths and at least one bin");
        }
        double[] conf = new double[bins];
        double[] acc = new double[bins];
        int[] n = new int[bins];
        for (int i = 0; i < confidence.length; i++) {
            int b = Math.min(bins - 1, (int) (confidence[i] * bins));
            conf[b] += confidence[i];
            acc[b] += correct[i] ? 1 : 0;
            n[b]++;
        }
        double e = 0;
        for (int b = 0; b < bins; b++) {
            if (n[b] > 0) {
                e += n[b] * Math.abs(acc[b] / n[b] - conf[b] / n[b]);
            }
        }
        return confidence.length == 0 ? 0 : round(e / confidence.length);
    }

    /**
     * Precision and recall of member links: every pair of lines in the same gold cluster is a gold
     * link, every pair in the same predicted case a predicted link.
     *
     * @param gold line id to gold cluster id, for the lines that belong to a cluster
     * @param predicted line id to predicted case id, for the lines that joined a case
     * @return {@code [precision, recall, goldLinks, predictedLinks, correctLinks]}
     */
    public static double[] linkScores(Map<String, String> gold, Map<String, String> predicted) {
        Objects.requireNonNull(gold, "gold must not be null");
        Objects.requireNonNull(predicted, "predicted must not be null");
        long g = pairs(gold);
        long p = pairs(predicted);
        long both = 0;
        List<String> ids = new ArrayList<>(predicted.keySet());
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                String a = ids.get(i);
                String b = ids.get(j);
                if (predicted.get(a).equals(predicted.get(b)) && gold.containsKey(a) && gold.containsKey(b)
                        && gold.get(a).equals(gold.get(b))) {
                    both++;
                }
            }
        }
        double precision = p == 0 ? (g == 0 ? 1 : 0) : both / (double) p;
        double recall = g == 0 ? 1 : both / (double) g;
        return new double[] {round(precision), round(recall), g, p, both};
    }

    private static long pairs(Map<String, String> groups) {
        Map<String, Long> sizes = new java.util.HashMap<>();
        for (String v : groups.values()) {
            sizes.merge(v, 1L, Long::sum);
        }
        long n = 0;
        for (long s : sizes.values()) {
            n += s * (s - 1) / 2;
        }
        return n;
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
