package io.propcare.complaint;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The learned part of the combination policy: a weight for the model's log-probability, a bias
 * per category, and for each rule a weight per category. Fitted by gradient descent on
 * out-of-fold model predictions of the training data, with an L2 penalty that pulls every rule
 * weight towards the weight written in the rules file (the prior), so rules that the training
 * data never exercises keep their configured effect. A softmax temperature, fitted on
 * out-of-fold combined scores, calibrates the final confidence.
 *
 * <p>Implementation requirements: immutable and thread-safe once built.
 */
final class RuleCombiner {
    final List<String> categories;
    final double modelWeight;
    final double[] bias;
    /** rule id to weights per category (in {@link #categories} order). */
    final Map<String, double[]> weights;
    /** Divides the combined scores before the softmax; fitted on out-of-fold scores (1 = none). */
    final double temperature;

    RuleCombiner(List<String> categories, double modelWeight, double[] bias, Map<String, double[]> weights) {
        this(categories, modelWeight, bias, weights, 1.0);
    }

    RuleCombiner(List<String> categories, double modelWeight, double[] bias, Map<String, double[]> weights,
                 double temperature) {
        if (!(temperature > 0)) {
            throw new IllegalArgumentException("temperature must be positive, got " + temperature);
        }
        this.temperature = round(temperature);
        this.categories = List.copyOf(categories);
        this.modelWeight = round(modelWeight);
        this.bias = new double[bias.length];
        for (int i = 0; i < bias.length; i++) {
            this.bias[i] = round(bias[i]);
        }
        Map<String, double[]> w = new HashMap<>();
        for (Map.Entry<String, double[]> e : weights.entrySet()) {
            double[] v = new double[e.getValue().length];
            for (int i = 0; i < v.length; i++) {
                v[i] = round(e.getValue()[i]);
            }
            w.put(e.getKey(), v);
        }
        this.weights = Map.copyOf(w);
    }

    /**
     * The same combiner with another softmax temperature.
     *
     * @param t the temperature, positive
     * @return a copy
     */
    RuleCombiner withTemperature(double t) {
        return new RuleCombiner(categories, modelWeight, bias, weights, t);
    }

    /**
     * The combined scores of one example, before the temperature and the softmax.
     *
     * @param logP the model's log-probabilities per category, in {@link #categories} order
     * @param firedIds the ids of the rules that fired
     * @return the scores per category
     */
    double[] scores(double[] logP, List<String> firedIds) {
        double[] s = new double[categories.size()];
        for (int c = 0; c < s.length; c++) {
            s[c] = modelWeight * logP[c] + bias[c];
        }
        return RowSums.add(s, weights, firedIds);
    }

    /**
     * The combined scores of one example whose firing features are given as indices into {@code ids}.
     *
     * @param logP the model's log-probabilities per class
     * @param ids the feature ids the indices refer to
     * @param fired indices into {@code ids}
     * @return the scores per class, before the temperature
     */
    double[] scores(double[] logP, List<String> ids, int[] fired) {
        List<String> names = new java.util.ArrayList<>(fired.length);
        for (int f : fired) {
            names.add(ids.get(f));
        }
        return scores(logP, names);
    }

    /** Rounds to six decimals, so a saved and reloaded combiner is identical. */
    static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }

    /**
     * Fits the combiner.
     *
     * @param categories the categories, in score order
     * @param logP out-of-fold model log-probabilities per example and category
     * @param fired indices into {@code rules} of the rules that fired, per example
     * @param labels the true category index per example
     * @param rules the rules (for ids and prior weights)
     * @param lambda the L2 penalty towards the prior
     * @return the combiner
     */
    static RuleCombiner fit(List<String> categories, double[][] logP, int[][] fired, int[] labels,
                            List<CompiledRule> rules, double lambda) {
        return fit(categories, logP, fired, labels, null, rules, lambda);
    }

    /**
     * As {@link #fit(List, double[][], int[][], int[], List, double)}, with a weight per example: the
     * loss is the weighted mean.
     *
     * @param categories the categories, in score order
     * @param logP out-of-fold model log-probabilities per example and category
     * @param fired indices into {@code rules} of the rules that fired, per example
     * @param labels the true category index per example
     * @param weights the weight per example, each greater than 0, or null for all 1
     * @param rules the rules
     * @param lambda the L2 penalty towards the rules' written weights
     * @return the combiner
     */
    static RuleCombiner fit(List<String> categories, double[][] logP, int[][] fired, int[] labels, double[] weights,
                            List<CompiledRule> rules, double lambda) {
        int k = categories.size();
        int r = rules.size();
        double[][] prior = new double[r][k];
        List<String> ids = new java.util.ArrayList<>(r);
        for (int i = 0; i < r; i++) {
            CompiledRule rule = rules.get(i);
            ids.add(rule.id());
            if (rule.category().isPresent() && !rule.force()) {
                int c = categories.indexOf(rule.category().get().id());
                if (c >= 0) {
                    prior[i][c] = rule.weight();
                }
            }
        }
        return fit(categories, logP, fired, labels, weights, ids, prior, lambda);
    }

    /**
     * Fits a combiner over arbitrary binary features.
     *
     * @param classes the classes, in score order
     * @param logP out-of-fold model log-probabilities per example and class
     * @param fired indices into {@code ids} of the features present, per example
     * @param labels the true class index per example
     * @param ids the feature ids (rule ids, or other named cues)
     * @param prior the prior weight per feature and class, towards which the L2 penalty pulls
     * @param lambda the L2 penalty towards the prior
     * @return the combiner
     */
    static RuleCombiner fit(List<String> classes, double[][] logP, int[][] fired, int[] labels, List<String> ids,
                            double[][] prior, double lambda) {
        return fit(classes, logP, fired, labels, null, ids, prior, lambda);
    }

    /**
     * Fits a combiner over arbitrary binary features, with a weight per example: the loss is the
     * weighted mean (weights all equal give the same combiner as without weights).
     *
     * @param classes the classes, in score order
     * @param logP out-of-fold model log-probabilities per example and class
     * @param fired indices into {@code ids} of the features present, per example
     * @param labels the true class index per example
     * @param weights the weight per example, each greater than 0, or null for all 1
     * @param ids the feature ids (rule ids, or other named cues)
     * @param prior the prior weight per feature and class, towards which the L2 penalty pulls
     * @param lambda the L2 penalty towards the prior
     * @return the combiner
     */
    static RuleCombiner fit(List<String> classes, double[][] logP, int[][] fired, int[] labels, double[] weights,
                            List<String> ids, double[][] prior, double lambda) {
        List<String> categories = classes;
        int n = labels.length;
        double[] rel = LogisticHead.relativeWeights(weights, null, n);
        int k = categories.size();
        int r = ids.size();
        double[][] w = new double[r][];
        for (int i = 0; i < r; i++) {
            w[i] = prior[i].clone();
        }
        double a = 0.3;
        double[] b = new double[k];
        double lr = 0.5;
        double[][] gw = new double[r][k];
        double[] gb = new double[k];
        double[] s = new double[k];
        for (int iter = 0; iter < 400; iter++) {
            for (double[] row : gw) {
                java.util.Arrays.fill(row, 0);
            }
            java.util.Arrays.fill(gb, 0);
            double ga = 0;
            // feature-major loops: each cell receives the same additions in the same order as a
            // class-by-class loop would make, so the result is bit-identical, with rows read in memory order
            for (int x = 0; x < n; x++) {
                double[] lp = logP[x];
                int[] fx = fired[x];
                for (int c = 0; c < k; c++) {
                    s[c] = a * lp[c] + b[c];
                }
                for (int f : fx) {
                    double[] row = w[f];
                    for (int c = 0; c < k; c++) {
                        s[c] += row[c];
                    }
                }
                double max = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < k; c++) {
                    max = Math.max(max, s[c]);
                }
                double sum = 0;
                for (int c = 0; c < k; c++) {
                    s[c] = Math.exp(s[c] - max);
                    sum += s[c];
                }
                int y = labels[x];
                double wx = rel == null ? 1.0 : rel[x];
                for (int c = 0; c < k; c++) {
                    double g = (s[c] / sum - (c == y ? 1 : 0)) * wx;
                    s[c] = g;
                    ga += g * lp[c];
                    gb[c] += g;
                }
                for (int f : fx) {
                    double[] row = gw[f];
                    for (int c = 0; c < k; c++) {
                        row[c] += s[c];
                    }
                }
            }
            a -= lr * (ga / n);
            a = Math.max(0.0, a);
            for (int c = 0; c < k; c++) {
                b[c] -= lr * (gb[c] / n + 2 * lambda * b[c]);
            }
            for (int i = 0; i < r; i++) {
                for (int c = 0; c < k; c++) {
                    w[i][c] -= lr * (gw[i][c] / n + 2 * lambda * (w[i][c] - prior[i][c]));
                }
            }
        }
        Map<String, double[]> out = new HashMap<>();
        for (int i = 0; i < r; i++) {
            out.put(ids.get(i), w[i]);
        }
        return new RuleCombiner(categories, a, b, out);
    }
}
