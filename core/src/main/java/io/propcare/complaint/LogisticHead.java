package io.propcare.complaint;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One multinomial logistic-regression head with an L2 penalty, over one of two feature weightings
 * ({@link TextModel.Weighting}): <em>binary</em> (a feature present counts 1; the score is
 * {@code bias + the sum of the weights of the features present}), or <em>TF-IDF</em> (a feature present
 * counts its inverse document frequency {@code idf = ln((1 + N) / (1 + df)) + 1} over the N training
 * documents, df of which contain it, and the document's vector is scaled to unit Euclidean length).
 * Trained by stochastic gradient descent in a fixed order (no randomness, so the same data gives the
 * same weights) with a step that decays linearly from {@code eta0} to zero over the run.
 * Probabilities are a softmax of the scores divided by a temperature fitted on held-out predictions.
 *
 * <p>With TF-IDF a feature's stored weight is its weight per class times its idf, so a document's
 * score is {@code bias + (sum of the stored weights of its features) / sqrt(sum of their idf squared)},
 * over the features the head knows ({@link #idf}); a feature of the training data whose weights all
 * round to zero still counts in that length.
 *
 * <p>Implementation requirements: immutable and thread-safe once built; weights are rounded to
 * {@link #PRECISION} and idf values to six decimals when the head is built, so a saved and reloaded
 * head answers identically.
 */
final class LogisticHead {
    /** Weights are kept to this many decimals (and smaller ones dropped) when the head is built. */
    static final double PRECISION = 1e-3;
    /** The least score advantage of a feature for a class (its contribution to the score) that makes it evidence. */
    static final double EVIDENCE_THRESHOLD = 0.2;

    /**
     * How a head is trained.
     *
     * @param lambda the L2 penalty per example (the objective is the mean log-loss plus
     *               {@code lambda / 2} times the squared weights)
     * @param epochs passes over the training lines
     * @param eta0 the first step size
     * @param maxSteps at most this many gradient steps (but at least one pass), however large the training set
     * @param weighting the feature weighting
     */
    record Settings(double lambda, int epochs, double eta0, long maxSteps, TextModel.Weighting weighting) {
        /** Binary features; the default, chosen by five-fold cross-validation on the train split (docs/classification.md). */
        static final Settings BINARY = new Settings(1e-2, 25, 0.5, 50_000, TextModel.Weighting.BINARY);
        /**
         * TF-IDF features. Session 20 lowered the penalty from 1e-4 to 3e-6 and raised the step budget from
         * 50,000 to 200,000: with the 19,000 training lines of the built-in model the old budget was
         * under three passes and the penalty held the weights back. Five-fold cross-validation of the
         * engine on the train split went from 0.864 to 0.898, the dev split from 0.845 to 0.876 and
         * batches written afterwards and never trained on from 0.891 to 0.913 (docs/classification.md);
         * a penalty of 1e-5 or 1e-6, or 400,000 steps, gave the same within a line or three.
         */
        static final Settings TFIDF = new Settings(3e-6, 30, 1.0, 200_000, TextModel.Weighting.TFIDF);

        static Settings of(TextModel.Weighting weighting) {
            return weighting == TextModel.Weighting.TFIDF ? TFIDF : BINARY;
        }
    }

    final String[] classes;
    final double[] bias;
    /** Whether the head weighs features by TF-IDF (else binary). */
    final boolean tfidf;
    /** feature -> weight per class (with TF-IDF, times the feature's idf). */
    final Map<String, double[]> weights;
    /** With TF-IDF, feature -> inverse document frequency for every feature of the training lines; else empty. */
    final Map<String, Double> idf;
    final double temperature;

    LogisticHead(String[] classes, double[] bias, Map<String, double[]> weights, boolean tfidf,
                 Map<String, Double> idf, double temperature) {
        this.tfidf = tfidf;
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
        Map<String, Double> d = new HashMap<>(idf.size() * 2);
        idf.forEach((f, v) -> d.put(f, roundIdf(v)));
        this.idf = d;
        this.temperature = roundIdf(temperature); // six decimals, as the file keeps it
    }

    /**
     * Rounds a weight to {@link #PRECISION}. Divides by the scale rather than multiplying by the
     * precision, so the result is the double nearest the decimal and prints as that decimal
     * ({@code -0.344}, not {@code -0.34400000000000003}).
     */
    static double round(double v) {
        return Math.round(v / PRECISION) / SCALE;
    }

    private static final double SCALE = Math.rint(1 / PRECISION);

    /** Rounds an idf to six decimals. */
    static double roundIdf(double v) {
        return Math.round(v * 1e6) / 1e6;
    }

    LogisticHead withTemperature(double t) {
        return new LogisticHead(classes, bias, weights, tfidf, idf, t);
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
     * @param settings how to train
     * @return the head, with temperature 1
     */
    static LogisticHead fit(String[] classes, List<? extends Collection<String>> features, int[] labels,
                            Settings settings) {
        return fit(classes, Encoded.of(features), labels, settings);
    }

    /**
     * The inverse document frequency of every feature over the documents whose label is not -1
     * ({@code ln((1 + N) / (1 + df)) + 1}, rounded as a head keeps it; 1 for binary features); NaN for a
     * feature none of them has.
     *
     * @param data the documents
     * @param labels the class index per document, -1 to leave it out
     * @param weighting the feature weighting
     * @return the idf per feature number
     */
    static double[] idf(Encoded data, int[] labels, TextModel.Weighting weighting) {
        int[] df = new int[data.names().size()];
        int n = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] >= 0) {
                n++;
                for (int f : data.docs()[i]) {
                    df[f]++;
                }
            }
        }
        double[] idf = new double[df.length];
        for (int f = 0; f < df.length; f++) {
            idf[f] = df[f] == 0 ? Double.NaN : weighting != TextModel.Weighting.TFIDF ? 1.0
                    : roundIdf(Math.log((1.0 + n) / (1.0 + df[f])) + 1);
        }
        return idf;
    }

    /**
     * Fits a head on encoded documents; {@code labels[i]} is the class index of document i, or -1 to skip it.
     *
     * @param classes the class names
     * @param data the documents
     * @param labels the class index per document
     * @param settings how to train
     * @return the head, with temperature 1
     */
    static LogisticHead fit(String[] classes, Encoded data, int[] labels, Settings settings) {
        return fit(classes, data, labels, null, settings);
    }

    /**
     * Fits a head on encoded documents of unequal weight: the objective is the weighted mean log-loss
     * (each document's loss times its weight, over the sum of the weights) plus the penalty, so only the
     * ratios between weights matter, and weights all equal give the same head as {@link #fit(String[],
     * Encoded, int[], Settings)}.
     *
     * @param classes the class names
     * @param data the documents
     * @param labels the class index per document, or -1 to skip it
     * @param weights the weight per document, each greater than 0, or null for all 1
     * @param settings how to train
     * @return the head, with temperature 1
     */
    static LogisticHead fit(String[] classes, Encoded data, int[] labels, double[] weights, Settings settings) {
        int k = classes.length;
        int all = labels.length;
        double lambda = settings.lambda();
        boolean tf = settings.weighting() == TextModel.Weighting.TFIDF;
        double[] idf = idf(data, labels, settings.weighting());
        int[] rows = new int[all];
        int n = 0;
        for (int i = 0; i < all; i++) {
            if (labels[i] >= 0) {
                rows[n++] = i;
            }
        }
        // each labelled document's weight over the mean weight (the gradient step's scale); null if all equal
        double[] rel = relativeWeights(weights, rows, n);
        // each document's tf-idf values scaled to unit length (binary values are all 1 and not stored)
        double[][] x = new double[n][];
        for (int r = 0; tf && r < n; r++) {
            int[] d = data.docs()[rows[r]];
            double[] v = new double[d.length];
            double norm = 0;
            for (int m = 0; m < d.length; m++) {
                v[m] = idf[d[m]];
                norm += v[m] * v[m];
            }
            norm = Math.sqrt(norm);
            for (int m = 0; m < d.length; m++) {
                v[m] /= norm;
            }
            x[r] = v;
        }
        double[][] w = new double[data.names().size()][k];
        double[] b = new double[k];
        double scale = 1.0;
        double[] s = new double[k];
        double[] u = new double[k];
        long steps = n == 0 ? 0 : Math.min((long) settings.epochs() * n, Math.max(settings.maxSteps(), n));
        // a fixed permutation (multiplicative stride coprime to n) instead of a random shuffle
        int stride = coprimeStride(n);
        int pos = 0;
        for (long step = 0; step < steps; step++) {
            pos = (int) ((pos + (long) stride) % n);
            int[] d = data.docs()[rows[pos]];
            double[] xv = x[pos];
            int y = labels[rows[pos]];
            double eta = settings.eta0() * (1 - step / (double) steps);
            // feature-major loops (each row read once, in memory order)
            java.util.Arrays.fill(s, 0);
            if (tf) {
                for (int m = 0; m < d.length; m++) {
                    double[] row = w[d[m]];
                    double xm = xv[m];
                    for (int c = 0; c < k; c++) {
                        s[c] += row[c] * xm;
                    }
                }
            } else {
                // binary values are 1: the same sums without the multiplications
                for (int f : d) {
                    double[] row = w[f];
                    for (int c = 0; c < k; c++) {
                        s[c] += row[c];
                    }
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
            double wy = rel == null ? 1.0 : rel[pos];
            for (int c = 0; c < k; c++) {
                double g = (s[c] / sum - (c == y ? 1 : 0)) * wy;
                b[c] -= eta * g * 0.1;
                u[c] = eta * g / scale;
            }
            if (tf) {
                for (int m = 0; m < d.length; m++) {
                    double[] row = w[d[m]];
                    double xm = xv[m];
                    for (int c = 0; c < k; c++) {
                        row[c] -= u[c] * xm;
                    }
                }
            } else {
                for (int f : d) {
                    double[] row = w[f];
                    for (int c = 0; c < k; c++) {
                        row[c] -= u[c];
                    }
                }
            }
        }
        Map<String, double[]> out = new HashMap<>();
        Map<String, Double> known = new HashMap<>();
        for (int f = 0; f < w.length; f++) {
            if (Double.isNaN(idf[f])) {
                continue;
            }
            double[] row = w[f];
            for (int c = 0; c < k; c++) {
                row[c] *= scale * idf[f];
            }
            out.put(data.names().get(f), row);
            if (tf) {
                known.put(data.names().get(f), idf[f]);
            }
        }
        return new LogisticHead(classes, b, out, tf, known, 1.0);
    }

    /**
     * The weights of the first {@code n} rows divided by their mean, or null when no weights are given or all
     * are equal.
     *
     * @param weights the weight per document
     * @param rows the documents of the rows, or null when row r is document r
     * @param n how many rows
     * @return the relative weight per row, or null
     */
    static double[] relativeWeights(double[] weights, int[] rows, int n) {
        if (weights == null || n == 0) {
            return null;
        }
        double[] rel = new double[n];
        double sum = 0;
        boolean equal = true;
        for (int r = 0; r < n; r++) {
            rel[r] = weights[rows == null ? r : rows[r]];
            sum += rel[r];
            equal &= rel[r] == rel[0];
        }
        if (equal) {
            return null;
        }
        double mean = sum / n;
        for (int r = 0; r < n; r++) {
            rel[r] /= mean;
        }
        return rel;
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
        if (!tfidf) {
            return RowSums.add(bias.clone(), weights, features);
        }
        double[] sums = RowSums.add(new double[bias.length], weights, features);
        double norm = 0;
        for (String f : features) {
            Double v = idf.get(f);
            if (v != null) {
                norm += v * v;
            }
        }
        return scores(sums, norm);
    }

    /**
     * The raw scores of a TF-IDF head from the sums of a document's stored weights and of its idf values squared.
     *
     * @param sums the sum of the stored weights per class, replaced by the scores
     * @param idfSquares the sum of the squared idf values of the document's known features
     * @return {@code sums}, now {@code bias + sums / sqrt(idfSquares)} (just the bias for a document without known features)
     */
    double[] scores(double[] sums, double idfSquares) {
        double norm = idfSquares > 0 ? Math.sqrt(idfSquares) : 1;
        for (int j = 0; j < sums.length; j++) {
            sums[j] = bias[j] + sums[j] / norm;
        }
        return sums;
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
     * mean over the other classes, largest first, only those adding more than {@link #EVIDENCE_THRESHOLD} to
     * its score, no feature inside another.
     */
    List<String> evidence(Set<String> features, int j, int limit) {
        double norm = 0;
        for (String f : features) {
            Double v = idf.get(f);
            norm += v == null ? 0 : v * v;
        }
        return Evidence.top(weights, features, j, limit, EVIDENCE_THRESHOLD * (norm > 0 ? Math.sqrt(norm) : 1));
    }
}
