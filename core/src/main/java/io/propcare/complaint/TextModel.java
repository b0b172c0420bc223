package io.propcare.complaint;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.propcare.config.ConfigErrorCode;
import io.propcare.config.ConfigReader;
import io.propcare.config.ConfigurationException;
import io.propcare.model.complaint.Category;
import io.propcare.model.complaint.ClassifierPrediction;
import io.propcare.model.complaint.ClassifierScore;
import io.propcare.model.complaint.ComplaintText;
import io.propcare.model.complaint.Urgency;
import io.propcare.model.complaint.Validity;
import io.propcare.spi.Beta;
import io.propcare.spi.ComplaintClassifier;
import io.propcare.spi.InvalidInputException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Propcare's trainable complaint model over character n-grams (Chinese) and words (English): when
 * trained with rules ({@link #train(List, ClassificationRules)}), multinomial logistic regression
 * answers category and urgency and multinomial naive Bayes answers validity; trained without rules,
 * naive Bayes answers all three. Probabilities are calibrated by a softmax temperature fitted on
 * five-fold held-out predictions of the training data.
 * It is saved to and loaded from a JSON file; the built-in model ({@link #builtIn()}) was trained
 * on the whole shipped corpus.
 *
 * <p>Implementation requirements: immutable and thread-safe; a saved and reloaded model answers
 * exactly as the original.
 *
 * @since 0.1
 */
@Beta
public final class TextModel implements ComplaintClassifier {
    /** The format id written into every model file. */
    static final String FORMAT = "propcare-complaint-nb";
    /**
     * The version written into every model file. Version 2 added TF-IDF logistic heads
     * ({@code "weighting": "tfidf"} and their {@code "idf"} table); a version-1 file (binary heads only)
     * reads as before, a later version is refused.
     */
    static final int VERSION = 2;

    /**
     * How the logistic heads weigh the features of a text.
     *
     * @since 0.1
     */
    public enum Weighting {
        /** A feature present counts 1 (the default until session 9; see docs/classification.md). */
        BINARY,
        /**
         * A feature present counts its inverse document frequency, and the text's vector is scaled to
         * unit length (the default since session 9, chosen by cross-validation and held-out written lines).
         */
        TFIDF
    }
    /** The default smoothing. */
    static final double DEFAULT_ALPHA = 0.1;
    private static final int FOLDS = 5;
    private static final double COMBINER_PENALTY = 0.001;
    /** Folds for the combiner's temperature: two halves cost one extra full-size combiner fit. */
    private static final int TEMPERATURE_FOLDS = 2;
    private static final int CALIBRATION_SAMPLE = 5000;
    /** The prefix of the urgency combiner's feature for the engine's chosen category. */
    static final String CATEGORY_CUE = "category:";
    private static final String BUILT_IN = "builtin-model.json.gz";
    private static volatile TextModel builtIn;

    private final NaiveBayesHead category;
    private final NaiveBayesHead urgency;
    private final NaiveBayesHead validity;
    private final RuleCombiner combiner;
    /** The learned urgency combination of the model's urgency, the rules and the chosen category; may be null. */
    private final RuleCombiner urgencyCombiner;
    /** The discriminative category head; when present it gives the category probabilities. */
    private final LogisticHead logistic;
    /** The discriminative urgency head; when present it gives the urgency probabilities. */
    private final LogisticHead urgencyLogistic;
    /** Every feature any head knows, numbered; predictions look features up here without making strings. */
    private final FeatureTable vocabulary;
    /**
     * Per feature number, the rows of the heads a prediction reads, side by side ({@link #stride}
     * values: naive Bayes category and urgency when no logistic head replaces them, validity,
     * logistic category, logistic urgency; zeros where a head lacks the feature, which adds
     * exactly nothing), so a prediction reads one contiguous block per feature.
     */
    private final double[] packed;
    private final int stride;
    /** Where each head's classes start in a block, in the order above; -1 for a head not read. */
    private final int[] offsets;
    /** What {@link #sum} starts from: the priors (or biases) of the heads read, in their places. */
    private final double[] start;

    private TextModel(NaiveBayesHead category, NaiveBayesHead urgency, NaiveBayesHead validity,
                      RuleCombiner combiner, LogisticHead logistic, LogisticHead urgencyLogistic) {
        this(category, urgency, validity, combiner, logistic, urgencyLogistic, null);
    }

    private TextModel(NaiveBayesHead category, NaiveBayesHead urgency, NaiveBayesHead validity,
                      RuleCombiner combiner, LogisticHead logistic, LogisticHead urgencyLogistic,
                      RuleCombiner urgencyCombiner) {
        this.urgencyCombiner = urgencyCombiner;
        this.logistic = logistic;
        this.urgencyLogistic = urgencyLogistic;
        this.category = category;
        this.urgency = urgency;
        this.validity = validity;
        this.combiner = combiner;
        NaiveBayesHead categoryNb = logistic == null ? category : null;
        NaiveBayesHead urgencyNb = urgencyLogistic == null ? urgency : null;
        List<Map<String, ?>> tables = java.util.Arrays.asList(categoryNb == null ? null : categoryNb.counts,
                urgencyNb == null ? null : urgencyNb.counts, validity == null ? null : validity.counts,
                logistic == null ? null : logistic.weights, urgencyLogistic == null ? null : urgencyLogistic.weights);
        List<Function<String, double[]>> rowOf = java.util.Arrays.asList(
                categoryNb == null ? null : categoryNb::likelihoods, urgencyNb == null ? null : urgencyNb::likelihoods,
                validity == null ? null : validity::likelihoods, logistic == null ? null : f -> logisticRow(logistic, f),
                urgencyLogistic == null ? null : f -> logisticRow(urgencyLogistic, f));
        // a TF-IDF logistic head's block is its weights and then the feature's idf squared (for the length)
        int[] widths = {category.classes.length, urgency == null ? 0 : urgency.classes.length,
                validity == null ? 0 : validity.classes.length, logisticWidth(logistic), logisticWidth(urgencyLogistic)};
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
        this.offsets = new int[widths.length];
        int width = 0;
        for (int h = 0; h < widths.length; h++) {
            offsets[h] = tables.get(h) == null ? -1 : width;
            if (tables.get(h) != null) {
                names.addAll(tables.get(h).keySet());
                width += widths[h];
            }
        }
        for (LogisticHead l : java.util.Arrays.asList(logistic, urgencyLogistic)) {
            if (l != null && l.tfidf) {
                names.addAll(new TreeSet<>(l.idf.keySet()));
            }
        }
        List<String> numbered = List.copyOf(names);
        this.vocabulary = FeatureTable.of(numbered);
        this.stride = width;
        this.packed = new double[numbered.size() * width];
        for (int h = 0; h < widths.length; h++) {
            for (int f = 0; offsets[h] >= 0 && f < numbered.size(); f++) {
                double[] row = rowOf.get(h).apply(numbered.get(f));
                if (row != null) {
                    System.arraycopy(row, 0, packed, f * width + offsets[h], widths[h]);
                }
            }
        }
        this.start = start();
    }

    /** The width of a logistic head's part of a block: its classes, and for TF-IDF the idf squared. */
    private static int logisticWidth(LogisticHead h) {
        return h == null ? 0 : h.classes.length + (h.tfidf ? 1 : 0);
    }

    /**
     * A logistic head's part of a feature's block: its stored weights (zeros if none) and, for TF-IDF,
     * its idf squared (0 if unknown); null for a binary head's feature without weights.
     */
    private static double[] logisticRow(LogisticHead h, String feature) {
        double[] w = h.weights(feature);
        if (!h.tfidf) {
            return w;
        }
        double[] row = new double[h.classes.length + 1];
        if (w != null) {
            System.arraycopy(w, 0, row, 0, w.length);
        }
        Double idf = h.idf.get(feature);
        row[h.classes.length] = idf == null ? 0 : idf * idf;
        return row;
    }

    /**
     * Trains a model (logistic-regression heads for category and urgency, naive Bayes for validity)
     * and fits how it combines with the given rules (see {@link ComplaintEngine}): the weight of the
     * model, a bias per category and each rule's weight per category, learned from out-of-fold
     * predictions of the logistic category head and pulled towards the weights written in the rules;
     * a softmax temperature for the combined scores, fitted on held-out halves so the engine's
     * confidence is calibrated; and, when urgency labels are present, the urgency combination of the
     * model's out-of-fold urgency, the rules that fired and the combined category. The logistic heads
     * weigh features by {@link Weighting#TFIDF} (the default since session 9: with the written lines
     * added to the corpus it is ahead of {@link Weighting#BINARY} in cross-validation and on held-out
     * written batches, docs/classification.md).
     *
     * @param examples the labelled complaints, at least two categories
     * @param rules the rules the engine will use with this model
     * @return the model
     * @throws InvalidInputException if fewer than two categories are present
     */
    public static TextModel train(List<TrainingExample> examples, ClassificationRules rules) {
        return train(examples, rules, Weighting.TFIDF);
    }

    /**
     * As {@link #train(List, ClassificationRules)}, with the given feature weighting for the logistic heads.
     *
     * @param examples the labelled complaints, at least two categories
     * @param rules the rules the engine will use with this model
     * @param weighting how the logistic heads weigh features
     * @return the model
     * @throws InvalidInputException if fewer than two categories are present
     */
    public static TextModel train(List<TrainingExample> examples, ClassificationRules rules, Weighting weighting) {
        Objects.requireNonNull(rules, "rules must not be null");
        Objects.requireNonNull(weighting, "weighting must not be null");
        LogisticHead.Settings settings = LogisticHead.Settings.of(weighting);
        Objects.requireNonNull(examples, "examples must not be null");
        List<Set<String>> features = new ArrayList<>(examples.size());
        for (TrainingExample e : examples) {
            features.add(FeatureExtractor.features(e.complaint()));
        }
        LogisticHead.Encoded encoded = LogisticHead.Encoded.of(features);
        TextModel base = train(examples, features, encoded, DEFAULT_ALPHA, false);
        NaiveBayesHead cat = base.category;
        int n = examples.size();
        int k = cat.classes.length;
        int[] labels = new int[n];
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            labels[i] = cat.index(examples.get(i).category().id());
            weights[i] = examples.get(i).weight();
        }
        double[][] raw = new double[n][];
        LogisticHead logistic = fitLogistic(cat.classes, features, encoded, labels, weights, raw, settings);
        double t = logistic.temperature;
        double[][] logP = new double[n][];
        for (int i = 0; i < n; i++) {
            if (raw[i] != null) {
                double[] p = NaiveBayesHead.softmax(raw[i], t);
                double[] lp = new double[k];
                for (int j = 0; j < k; j++) {
                    lp[j] = Math.log(Math.max(p[j], 1e-4));
                }
                logP[i] = lp;
            }
        }
        List<CompiledRule> rs = rules.rules();
        List<Integer> sample = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (logP[i] != null) {
                sample.add(i);
            }
        }
        int m = sample.size();
        double[][] sampleLogP = new double[m][];
        int[] sampleLabels = new int[m];
        double[] sampleWeights = new double[m];
        int[][] fired = new int[m][];
        for (int s = 0; s < m; s++) {
            int i = sample.get(s);
            sampleLogP[s] = logP[i];
            sampleLabels[s] = labels[i];
            sampleWeights[s] = weights[i];
            ComplaintText c = examples.get(i).complaint();
            RuleIndex.Hits found = rules.scan(TextNormalizer.normalize(c.text()));
            List<Integer> hits = new ArrayList<>();
            for (int r = 0; r < rs.size(); r++) {
                if (found.match(rs.get(r), c).isPresent()) {
                    hits.add(r);
                }
            }
            fired[s] = hits.stream().mapToInt(Integer::intValue).toArray();
        }
        RuleCombiner comb = RuleCombiner.fit(List.of(cat.classes), sampleLogP, fired, sampleLabels, sampleWeights,
                rs, COMBINER_PENALTY);
        comb = comb.withTemperature(combinerTemperature(cat.classes, sampleLogP, fired, sampleLabels, sampleWeights,
                rs));
        LogisticHead urgencyLogistic = null;
        RuleCombiner urgencyComb = null;
        if (base.urgency != null) {
            int[] u = new int[n];
            for (int i = 0; i < n; i++) {
                u[i] = examples.get(i).urgency().map(x -> base.urgency.index(x.id())).orElse(-1);
            }
            double[][] rawU = new double[n][];
            urgencyLogistic = fitLogistic(base.urgency.classes, features, encoded, u, weights, rawU, settings);
            List<String> ids = new ArrayList<>();
            rs.forEach(r -> ids.add(r.id()));
            for (String c : cat.classes) {
                ids.add(CATEGORY_CUE + c);
            }
            List<double[]> lp = new ArrayList<>();
            List<int[]> fi = new ArrayList<>();
            List<Integer> la = new ArrayList<>();
            double[] wa = new double[m];
            for (int s = 0; s < m; s++) {
                int i = sample.get(s);
                if (rawU[i] == null || u[i] < 0) {
                    continue;
                }
                double[] p = NaiveBayesHead.softmax(rawU[i], urgencyLogistic.temperature);
                int top = 0;
                for (int j = 1; j < p.length; j++) {
                    top = p[j] > p[top] ? j : top;
                }
                lp.add(urgencyLogP(p.length, top, p[top]));
                double[] cs = comb.scores(sampleLogP[s], ids.subList(0, rs.size()), fired[s]);
                int best = 0;
                for (int j = 1; j < cs.length; j++) {
                    best = cs[j] > cs[best] ? j : best;
                }
                int[] f = java.util.Arrays.copyOf(fired[s], fired[s].length + 1);
                f[f.length - 1] = rs.size() + best;
                fi.add(f);
                wa[la.size()] = weights[i];
                la.add(u[i]);
            }
            if (!la.isEmpty()) {
                urgencyComb = RuleCombiner.fit(List.of(base.urgency.classes), lp.toArray(double[][]::new),
                        fi.toArray(int[][]::new), la.stream().mapToInt(Integer::intValue).toArray(),
                        java.util.Arrays.copyOf(wa, la.size()), ids,
                        new double[ids.size()][base.urgency.classes.length], COMBINER_PENALTY);
            }
        }
        return new TextModel(base.category, base.urgency, base.validity, comb, logistic, urgencyLogistic,
                urgencyComb);
    }

    /**
     * The softmax temperature of the combined scores: the combiner is refitted on one half of the
     * (already out-of-fold) model probabilities and rule firings and scores the other, both ways; the
     * temperature minimising the held-out negative log-likelihood calibrates the engine's final
     * confidence. Two folds cost one extra combiner fit on the full sample.
     */
    private static double combinerTemperature(String[] classes, double[][] logP, int[][] fired, int[] labels,
                                              double[] weights, List<CompiledRule> rs) {
        int m = labels.length;
        if (m < 2 * TEMPERATURE_FOLDS) {
            return 1.0;
        }
        List<double[]> held = new ArrayList<>();
        List<Integer> truth = new ArrayList<>();
        List<Double> heldWeights = new ArrayList<>();
        for (int fold = 0; fold < TEMPERATURE_FOLDS; fold++) {
            List<Integer> in = new ArrayList<>();
            for (int s = 0; s < m; s++) {
                if (s % TEMPERATURE_FOLDS != fold) {
                    in.add(s);
                }
            }
            double[][] lp = new double[in.size()][];
            int[][] fi = new int[in.size()][];
            int[] la = new int[in.size()];
            double[] wa = new double[in.size()];
            for (int j = 0; j < in.size(); j++) {
                lp[j] = logP[in.get(j)];
                fi[j] = fired[in.get(j)];
                la[j] = labels[in.get(j)];
                wa[j] = weights[in.get(j)];
            }
            RuleCombiner c = RuleCombiner.fit(List.of(classes), lp, fi, la, wa, rs, COMBINER_PENALTY);
            for (int s = fold; s < m; s += TEMPERATURE_FOLDS) {
                List<String> ids = new ArrayList<>(fired[s].length);
                for (int r : fired[s]) {
                    ids.add(rs.get(r).id());
                }
                held.add(c.scores(logP[s], ids));
                truth.add(labels[s]);
                heldWeights.add(weights[s]);
            }
        }
        return bestTemperature(held, truth, heldWeights);
    }

    /**
     * Fits a logistic head on all examples and its temperature on five-fold held-out scores, which
     * are left in {@code raw} (at most about {@value #CALIBRATION_SAMPLE} rows, the others null).
     */
    private static LogisticHead fitLogistic(String[] classes, List<Set<String>> features,
                                            LogisticHead.Encoded encoded, int[] labels, double[] weights,
                                            double[][] raw, LogisticHead.Settings settings) {
        int n = labels.length;
        List<double[]> heldRaw = new ArrayList<>();
        List<Integer> heldTruth = new ArrayList<>();
        List<Double> heldWeights = new ArrayList<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            int[] trainLabels = labels.clone();
            for (int i = fold; i < n; i += FOLDS) {
                trainLabels[i] = -1;
            }
            LogisticHead h = LogisticHead.fit(classes, encoded, trainLabels, weights, settings);
            for (int i = fold; i < n; i += FOLDS * stride(n)) {
                if (labels[i] >= 0) {
                    raw[i] = h.rawScores(features.get(i));
                    heldRaw.add(raw[i]);
                    heldTruth.add(labels[i]);
                    heldWeights.add(weights[i]);
                }
            }
        }
        double t = bestTemperature(heldRaw, heldTruth, heldWeights);
        return LogisticHead.fit(classes, encoded, labels, weights, settings).withTemperature(t);
    }

    /**
     * The model's urgency as log-probabilities when only its best urgency and that one's probability
     * are known (as in a {@link io.propcare.model.complaint.ClassifierPrediction}): the rest of the
     * probability is shared equally by the other classes. Training and the engine use the same form.
     *
     * @param k the number of urgency classes
     * @param top the index of the best one
     * @param p its probability
     * @return log-probabilities per class, floored at 1e-4
     */
    static double[] urgencyLogP(int k, int top, double p) {
        double[] lp = new double[k];
        for (int j = 0; j < k; j++) {
            lp[j] = Math.log(Math.max(j == top ? p : (1 - p) / (k - 1), 1e-4));
        }
        return lp;
    }

    /**
     * The learned urgency combination (model urgency, rules that fired, chosen category), if trained.
     *
     * @return the urgency combiner, empty for a model trained without rules or urgency labels
     */
    Optional<RuleCombiner> urgencyCombiner() {
        return Optional.ofNullable(urgencyCombiner);
    }

    /**
     * The learned combination with the rules, if the model was trained with them.
     *
     * @return the combiner, empty for a model trained without rules
     */
    Optional<RuleCombiner> combiner() {
        return Optional.ofNullable(combiner);
    }

    /**
     * The categories in the order {@link #predict} gives their scores (null for a class that is no category id).
     *
     * @return a copy of the order
     */
    Category[] categoryOrder() {
        return category.categories.clone();
    }

    /**
     * Trains a model with the default smoothing.
     *
     * @param examples the labelled complaints, at least two categories
     * @return the model
     * @throws InvalidInputException if fewer than two categories are present
     */
    public static TextModel train(List<TrainingExample> examples) {
        return train(examples, DEFAULT_ALPHA);
    }

    /**
     * Trains a model.
     *
     * @param examples the labelled complaints, at least two categories
     * @param alpha the smoothing added to every count, greater than 0
     * @return the model
     * @throws InvalidInputException if fewer than two categories are present or alpha is not positive
     */
    public static TextModel train(List<TrainingExample> examples, double alpha) {
        Objects.requireNonNull(examples, "examples must not be null");
        if (!(alpha > 0)) {
            throw InvalidInputException.of("alpha", alpha, "expected a positive smoothing value such as 0.1");
        }
        List<Set<String>> features = new ArrayList<>(examples.size());
        for (TrainingExample e : examples) {
            features.add(FeatureExtractor.features(e.complaint()));
        }
        return train(examples, features, LogisticHead.Encoded.of(features), alpha, true);
    }

    /**
     * Trains the naive Bayes heads; when {@code calibrateAll} is false the category and urgency heads
     * (which logistic heads then replace) keep temperature 1 and only the validity head is calibrated.
     */
    private static TextModel train(List<TrainingExample> examples, List<Set<String>> features,
                                   LogisticHead.Encoded encoded, double alpha, boolean calibrateAll) {
        NaiveBayesHead cat = trainHead(examples, features, encoded, e -> e.category().id(), alpha, calibrateAll);
        if (cat == null || cat.classes.length < 2) {
            throw InvalidInputException.of("examples", examples.size() + " lines",
                    "expected labelled lines of at least two categories");
        }
        NaiveBayesHead urg = trainHead(examples, features, encoded, e -> e.urgency().map(Urgency::id).orElse(null),
                alpha, calibrateAll);
        NaiveBayesHead val = trainHead(examples, features, encoded, e -> e.validity().map(Validity::id).orElse(null),
                alpha, true);
        return new TextModel(cat, urg, val, null, null, null);
    }

    private static NaiveBayesHead trainHead(List<TrainingExample> examples, List<Set<String>> features,
                                            LogisticHead.Encoded encoded,
                                            Function<TrainingExample, String> label, double alpha,
                                            boolean calibrate) {
        TreeSet<String> names = new TreeSet<>();
        for (TrainingExample e : examples) {
            String l = label.apply(e);
            if (l != null) {
                names.add(l);
            }
        }
        if (names.size() < 2) {
            return null;
        }
        String[] classes = names.toArray(String[]::new);
        int[] labels = new int[examples.size()];
        for (int i = 0; i < labels.length; i++) {
            String l = label.apply(examples.get(i));
            labels[i] = l == null ? -1 : java.util.Arrays.binarySearch(classes, l);
        }
        double t = calibrate ? fitTemperature(classes, features, encoded, labels, alpha) : 1.0;
        return NaiveBayesHead.count(classes, encoded, labels, alpha, t);
    }

    /**
     * The step between held-out examples used for calibration and for the combiner, so that at most
     * about {@value #CALIBRATION_SAMPLE} are used however large the training set.
     */
    private static int stride(int n) {
        return Math.max(1, n / CALIBRATION_SAMPLE);
    }

    /**
     * Fits the softmax temperature that minimises the negative log-likelihood of held-out labels
     * over five folds, on a logarithmic grid.
     */
    private static double fitTemperature(String[] classes, List<Set<String>> features, LogisticHead.Encoded encoded,
                                         int[] labels, double alpha) {
        List<double[]> scores = new ArrayList<>();
        List<Integer> truth = new ArrayList<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            int[] trainLabels = labels.clone();
            for (int i = 0; i < labels.length; i++) {
                if (i % FOLDS == fold) {
                    trainLabels[i] = -1;
                }
            }
            NaiveBayesHead h = NaiveBayesHead.count(classes, encoded, trainLabels, alpha, 1.0);
            for (int i = fold; i < labels.length; i += FOLDS * stride(labels.length)) {
                if (labels[i] >= 0) {
                    scores.add(h.rawScores(features.get(i)));
                    truth.add(labels[i]);
                }
            }
        }
        return bestTemperature(scores, truth);
    }

    /** The temperature on a logarithmic grid that minimises the negative log-likelihood of the truth. */
    private static double bestTemperature(List<double[]> scores, List<Integer> truth) {
        return bestTemperature(scores, truth, null);
    }

    /**
     * The temperature on a logarithmic grid that minimises the weighted negative log-likelihood of the
     * truth (each example's term times its weight; null weights count 1 each).
     */
    private static double bestTemperature(List<double[]> scores, List<Integer> truth, List<Double> weights) {
        if (scores.isEmpty()) {
            return 1.0;
        }
        double best = 1.0;
        double bestLoss = Double.POSITIVE_INFINITY;
        for (double logT = Math.log(0.05); logT <= Math.log(400); logT += 0.05) {
            double t = Math.exp(logT);
            double loss = 0;
            for (int i = 0; i < scores.size(); i++) {
                double p = NaiveBayesHead.softmax(scores.get(i), t)[truth.get(i)];
                loss -= (weights == null ? 1.0 : weights.get(i)) * Math.log(Math.max(p, 1e-12));
            }
            if (loss < bestLoss) {
                bestLoss = loss;
                best = t;
            }
        }
        return best;
    }

    /**
     * The built-in model, trained on the whole shipped corpus; loaded once from the jar.
     *
     * @return the model
     */
    public static TextModel builtIn() {
        TextModel m = builtIn;
        if (m == null) {
            synchronized (TextModel.class) {
                m = builtIn;
                if (m == null) {
                    try (InputStream in = TextModel.class.getResourceAsStream(BUILT_IN)) {
                        if (in == null) {
                            throw new IllegalStateException("resource io/propcare/complaint/" + BUILT_IN
                                    + " is missing from the jar");
                        }
                        m = read(in, "classpath:io/propcare/complaint/" + BUILT_IN);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    builtIn = m;
                }
            }
        }
        return m;
    }

    /**
     * Loads a model saved with {@link #save(Path)}, plain or gzip-compressed (recognised by its
     * first bytes, whatever the file is called).
     *
     * @param file the file
     * @return the model
     * @throws ConfigurationException naming the file and JSON path when it is unreadable or malformed
     */
    public static TextModel load(Path file) {
        Objects.requireNonNull(file, "file must not be null");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new ConfigurationException(ConfigErrorCode.CONFIG_UNREADABLE, file.toString(), "$", "",
                    "cannot read the model file: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a model from a stream of its JSON, plain or gzip-compressed (recognised by the gzip
     * magic bytes).
     *
     * @param in the stream, not closed
     * @param source the name used in messages
     * @return the model
     * @throws ConfigurationException naming the source and JSON path when it is malformed
     */
    public static TextModel read(InputStream in, String source) {
        Objects.requireNonNull(in, "in must not be null");
        Objects.requireNonNull(source, "source must not be null");
        JsonNode root;
        try {
            root = ConfigReader.tree(maybeGunzip(in), source);
        } catch (IOException e) {
            throw new ConfigurationException(ConfigErrorCode.CONFIG_UNREADABLE, source, "$", "",
                    "cannot read the model: " + e.getMessage(), e);
        }
        if (!FORMAT.equals(root.path("format").asText())) {
            throw new ConfigurationException(ConfigErrorCode.CONFIG_BAD_VALUE, source, "$.format",
                    "\"" + root.path("format").asText() + "\"", "expected \"" + FORMAT + "\" (a file written by propcare train)");
        }
        int version = root.path("version").asInt(-1);
        if (version < 1 || version > VERSION) {
            throw new ConfigurationException(ConfigErrorCode.CONFIG_BAD_VALUE, source, "$.version",
                    root.path("version").toString(), "expected a model format version from 1 to " + VERSION
                    + (version > VERSION ? " (this file was written by a newer propcare; use that version or "
                    + "retrain the model with this one: propcare train)" : ""));
        }
        JsonNode heads = root.path("heads");
        NaiveBayesHead cat = readHead(heads.get("category"), source, "$.heads.category");
        if (cat == null) {
            throw new ConfigurationException(ConfigErrorCode.CONFIG_MISSING, source, "$.heads.category", "",
                    "a model needs a category head");
        }
        return new TextModel(cat, readHead(heads.get("urgency"), source, "$.heads.urgency"),
                readHead(heads.get("validity"), source, "$.heads.validity"), readCombiner(root.get("combiner"), source, "$.combiner"),
                readLogistic(heads.get("categoryLogistic"), source, "$.heads.categoryLogistic"),
                readLogistic(heads.get("urgencyLogistic"), source, "$.heads.urgencyLogistic"),
                readCombiner(root.get("urgencyCombiner"), source, "$.urgencyCombiner"));
    }

    /** A head's class names, checked to be at least two with one {@code perClass} value each. */
    private static String[] classes(JsonNode node, JsonNode perClass, String source, String path, String what) {
        JsonNode cls = node.path("classes");
        if (!cls.isArray() || cls.size() < 2 || !perClass.isArray() || perClass.size() != cls.size()) {
            throw new ConfigurationException(ConfigErrorCode.CONFIG_BAD_VALUE, source, path + ".classes", "",
                    "expected at least two classes and " + what);
        }
        String[] classes = new String[cls.size()];
        for (int j = 0; j < classes.length; j++) {
            classes[j] = cls.get(j).asText();
        }
        return classes;
    }

    private static LogisticHead readLogistic(JsonNode node, String source, String path) {
        if (node == null || node.isNull()) {
            return null;
        }
        JsonNode biasNode = node.path("bias");
        String[] classes = classes(node, biasNode, source, path, "one bias per class");
        int k = classes.length;
        double[] bias = new double[k];
        for (int j = 0; j < k; j++) {
            bias[j] = biasNode.get(j).asDouble();
        }
        double t = node.path("temperature").asDouble(-1);
        if (!(t > 0)) {
            throw new ConfigurationException(ConfigErrorCode.CONFIG_BAD_VALUE, source, path + ".temperature",
                    node.path("temperature").toString(), "expected a positive temperature");
        }
        Map<String, double[]> w = new HashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = node.path("features").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode pairs = e.getValue();
            double[] v = new double[k];
            for (int i = 0; i + 1 < pairs.size(); i += 2) {
                int j = pairs.get(i).asInt(-1);
                if (j < 0 || j >= k) {
                    throw new ConfigurationException(ConfigErrorCode.CONFIG_BAD_VALUE, source,
                            path + ".features[\"" + e.getKey() + "\"][" + i + "]", pairs.get(i).toString(),
                            "expected a class index from 0 to " + (k - 1));
                }
                v[j] = pairs.get(i + 1).asDouble();
            }
            w.put(e.getKey(), v);
        }
        String weighting = node.path("weighting").asText("binary");
        if (!weighting.equals("binary") && !weighting.equals("tfidf")) {
            throw new ConfigurationException(ConfigErrorCode.CONFIG_BAD_VALUE, source, path + ".weighting",
                    node.path("weighting").toString(), "expected \"binary\" or \"tfidf\"");
        }
        boolean tfidf = weighting.equals("tfidf");
        if (tfidf && !node.path("idf").isObject()) {
            throw new ConfigurationException(ConfigErrorCode.CONFIG_MISSING, source, path + ".idf", "",
                    "a TF-IDF head needs its idf table");
        }
        Map<String, Double> idf = new HashMap<>();
        Iterator<Map.Entry<String, JsonNode>> known = node.path("idf").fields();
        while (known.hasNext()) {
            Map.Entry<String, JsonNode> e = known.next();
            double v = e.getValue().asDouble(-1);
            if (!(v > 0)) {
                throw new ConfigurationException(ConfigErrorCode.CONFIG_BAD_VALUE, source,
                        path + ".idf[\"" + e.getKey() + "\"]", e.getValue().toString(), "expected a positive idf");
            }
            idf.put(e.getKey(), v);
        }
        return new LogisticHead(classes, bias, w, tfidf, tfidf ? idf : Map.of(), t);
    }

    private static void writeCombiner(JsonGenerator g, String name, RuleCombiner c) throws IOException {
        if (c == null) {
            return;
        }
        g.writeRaw('\n');
        g.writeObjectFieldStart(name);
        g.writeNumberField("modelWeight", c.modelWeight);
        g.writeNumberField("temperature", c.temperature);
        g.writeFieldName("categories");
        g.writeArray(c.categories.toArray(String[]::new), 0, c.categories.size());
        writeRounded(g, "bias", c.bias);
        g.writeObjectFieldStart("rules");
        for (Map.Entry<String, double[]> e : new TreeMap<>(c.weights).entrySet()) {
            g.writeRaw('\n');
            writeRounded(g, e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeRounded(JsonGenerator g, String name, double[] values) throws IOException {
        g.writeArrayFieldStart(name);
        for (double v : values) {
            g.writeNumber(round(v));
        }
        g.writeEndArray();
    }

    private static RuleCombiner readCombiner(JsonNode node, String source, String path) {
        if (node == null || node.isNull()) {
            return null;
        }
        List<String> cats = new ArrayList<>();
        node.path("categories").forEach(c -> cats.add(c.asText()));
        int k = cats.size();
        double[] bias = new double[k];
        JsonNode b = node.path("bias");
        if (k < 2 || b.size() != k) {
            throw new ConfigurationException(ConfigErrorCode.CONFIG_BAD_VALUE, source, path + ".bias", "",
                    "expected one bias per category");
        }
        for (int j = 0; j < k; j++) {
            bias[j] = b.get(j).asDouble();
        }
        Map<String, double[]> w = new HashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = node.path("rules").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().size() != k) {
                throw new ConfigurationException(ConfigErrorCode.CONFIG_BAD_VALUE, source,
                        path + ".rules." + e.getKey(), "", "expected one weight per category");
            }
            double[] v = new double[k];
            for (int j = 0; j < k; j++) {
                v[j] = e.getValue().get(j).asDouble();
            }
            w.put(e.getKey(), v);
        }
        double t = node.path("temperature").asDouble(1.0);
        if (!(t > 0)) {
            throw new ConfigurationException(ConfigErrorCode.CONFIG_BAD_VALUE, source, path + ".temperature",
                    node.path("temperature").toString(), "expected a positive temperature");
        }
        return new RuleCombiner(cats, node.path("modelWeight").asDouble(), bias, w, t);
    }

    private static NaiveBayesHead readHead(JsonNode node, String source, String path) {
        if (node == null || node.isNull()) {
            return null;
        }
        JsonNode docsNode = node.path("docs");
        String[] classes = classes(node, docsNode, source, path, "one document count per class");
        int k = classes.length;
        int[] docs = new int[k];
        for (int j = 0; j < k; j++) {
            docs[j] = docsNode.get(j).asInt();
        }
        double alpha = node.path("alpha").asDouble(-1);
        double t = node.path("temperature").asDouble(-1);
        if (!(alpha > 0) || !(t > 0)) {
            throw new ConfigurationException(ConfigErrorCode.CONFIG_BAD_VALUE, source, path, "",
                    "expected positive \"alpha\" and \"temperature\"");
        }
        Map<String, int[]> counts = new HashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = node.path("features").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode pairs = e.getValue();
            int[] c = new int[k];
            for (int i = 0; i + 1 < pairs.size(); i += 2) {
                int j = pairs.get(i).asInt(-1);
                if (j < 0 || j >= k) {
                    throw new ConfigurationException(ConfigErrorCode.CONFIG_BAD_VALUE, source,
                            path + ".features[\"" + e.getKey() + "\"][" + i + "]", pairs.get(i).toString(),
                            "expected a class index from 0 to " + (k - 1));
                }
                c[j] = pairs.get(i + 1).asInt();
            }
            counts.put(e.getKey(), c);
        }
        return new NaiveBayesHead(classes, docs, counts, alpha, t);
    }

    /** The stream itself, or a gunzipping view of it when it starts with the gzip magic bytes. */
    private static InputStream maybeGunzip(InputStream in) throws IOException {
        InputStream b = in.markSupported() ? in : new BufferedInputStream(in);
        b.mark(2);
        int first = b.read();
        int second = b.read();
        b.reset();
        return first == 0x1f && second == 0x8b ? new GZIPInputStream(b, 1 << 16) : b;
    }

    /**
     * Saves the model as JSON (features sorted, so the same model gives the same file),
     * gzip-compressed when the file name ends in {@code .gz} (about a quarter of the size;
     * {@link #load(Path)} reads either).
     *
     * @param file the file, replaced if it exists
     * @throws UncheckedIOException when it cannot be written
     */
    public void save(Path file) {
        Objects.requireNonNull(file, "file must not be null");
        Path name = file.getFileName();
        boolean gzip = name != null && name.toString().endsWith(".gz");
        try (OutputStream raw = Files.newOutputStream(file);
             OutputStream out = gzip ? new GZIPOutputStream(raw, 1 << 16) : raw) {
            write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes the model as JSON.
     *
     * @param out the stream, not closed
     * @throws IOException when writing fails
     */
    public void write(OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out must not be null");
        try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeNumberField("version", VERSION);
            g.writeObjectFieldStart("heads");
            writeHead(g, "category", category);
            writeHead(g, "urgency", urgency);
            writeHead(g, "validity", validity);
            writeLogistic(g, "categoryLogistic", logistic);
            writeLogistic(g, "urgencyLogistic", urgencyLogistic);
            g.writeEndObject();
            writeCombiner(g, "combiner", combiner);
            writeCombiner(g, "urgencyCombiner", urgencyCombiner);
            g.writeEndObject();
        }
    }

    private static void writeLogistic(JsonGenerator g, String name, LogisticHead h) throws IOException {
        if (h == null) {
            return;
        }
        g.writeRaw('\n');
        g.writeObjectFieldStart(name);
        g.writeArrayFieldStart("classes");
        for (String c : h.classes) {
            g.writeString(c);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("bias");
        for (double v : h.bias) {
            g.writeNumber(v);
        }
        g.writeEndArray();
        g.writeNumberField("temperature", h.temperature);
        if (h.tfidf) {
            g.writeStringField("weighting", "tfidf");
            g.writeObjectFieldStart("idf");
            for (Map.Entry<String, Double> e : new TreeMap<>(h.idf).entrySet()) {
                g.writeRaw('\n');
                g.writeNumberField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
        }
        g.writeObjectFieldStart("features");
        for (Map.Entry<String, double[]> e : new TreeMap<>(h.weights).entrySet()) {
            g.writeRaw('\n');
            g.writeArrayFieldStart(e.getKey());
            double[] c = e.getValue();
            for (int j = 0; j < c.length; j++) {
                if (c[j] != 0) {
                    g.writeNumber(j);
                    g.writeNumber(c[j]);
                }
            }
            g.writeEndArray();
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeHead(JsonGenerator g, String name, NaiveBayesHead h) throws IOException {
        if (h == null) {
            return;
        }
        g.writeObjectFieldStart(name);
        g.writeArrayFieldStart("classes");
        for (String c : h.classes) {
            g.writeString(c);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("docs");
        for (int d : h.docs) {
            g.writeNumber(d);
        }
        g.writeEndArray();
        g.writeNumberField("alpha", h.alpha);
        g.writeNumberField("temperature", h.temperature);
        g.writeRaw('\n');
        g.writeObjectFieldStart("features");
        for (Map.Entry<String, int[]> e : new TreeMap<>(h.counts).entrySet()) {
            g.writeRaw('\n');
            g.writeArrayFieldStart(e.getKey());
            int[] c = e.getValue();
            for (int j = 0; j < c.length; j++) {
                if (c[j] != 0) {
                    g.writeNumber(j);
                    g.writeNumber(c[j]);
                }
            }
            g.writeEndArray();
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    @Override
    public String name() {
        return "propcare-nb";
    }

    /**
     * The categories the model knows.
     *
     * @return the category ids, sorted
     */
    public List<String> categories() {
        return List.of(category.classes);
    }

    /**
     * The calibration temperatures of the heads, for reports.
     *
     * @return head name to temperature
     */
    public Map<String, Double> temperatures() {
        Map<String, Double> m = new TreeMap<>();
        m.put("category", category.temperature);
        if (urgency != null) {
            m.put("urgency", urgency.temperature);
        }
        if (validity != null) {
            m.put("validity", validity.temperature);
        }
        if (logistic != null) {
            m.put("categoryLogistic", logistic.temperature);
        }
        if (combiner != null) {
            m.put("combiner", combiner.temperature);
        }
        if (urgencyLogistic != null) {
            m.put("urgencyLogistic", urgencyLogistic.temperature);
        }
        return m;
    }

    @Override
    public ClassifierPrediction predict(ComplaintText complaint) {
        Objects.requireNonNull(complaint, "complaint must not be null");
        return predict(complaint, TextNormalizer.normalize(complaint.text()));
    }

    /**
     * As {@link #predict(ComplaintText)}, for a caller that has already normalised the text.
     *
     * @param complaint the complaint
     * @param norm {@code TextNormalizer.normalize(complaint.text())}
     * @return the prediction
     */
    ClassifierPrediction predict(ComplaintText complaint, String norm) {
        int[] f = FeatureExtractor.indices(complaint, norm, vocabulary);
        double[] all = sum(f);
        double[] rc = logistic == null ? part(all, 0, category.classes.length) : null;
        double[] ru = urgency == null || urgencyLogistic != null ? null : part(all, 1, urgency.classes.length);
        double[] rv = validity == null ? null : part(all, 2, validity.classes.length);
        double[] p = logistic != null ? logistic.calibrated(logit(all, 3, logistic))
                : category.calibrated(rc);
        List<ClassifierScore> scores = new ArrayList<>(p.length);
        int best = 0;
        for (int j = 0; j < p.length; j++) {
            scores.add(ClassifierScore.of(category.categories[j], clamp(p[j])));
            if (p[j] > p[best]) {
                best = j;
            }
        }
        Urgency u = Urgency.NORMAL;
        double us = 0;
        if (urgency != null) {
            double[] q = urgencyLogistic != null
                    ? urgencyLogistic.calibrated(logit(all, 4, urgencyLogistic))
                    : urgency.calibrated(ru);
            int b = argmax(q);
            u = Urgency.parse(urgency.classes[b]);
            us = clamp(q[b]);
        }
        Validity v = Validity.VALID;
        double vs = 0;
        if (validity != null) {
            double[] q = validity.calibrated(rv);
            int b = argmax(q);
            v = Validity.parse(validity.classes[b]);
            vs = clamp(q[b]);
        }
        List<String> ev = logistic != null
                ? Evidence.top(vocabulary::name, packed, stride, offsets[3], p.length, f, best, 5,
                        LogisticHead.EVIDENCE_THRESHOLD * length(all, 3, logistic))
                : Evidence.top(vocabulary::name, packed, stride, offsets[0], p.length, f, best, 5,
                        NaiveBayesHead.EVIDENCE_THRESHOLD);
        List<String> evidence = ev.isEmpty() ? List.of()
                : List.of("model: " + category.classes[best] + " " + Decimals.plain(p[best], 2) + ", evidence "
                + String.join(", ", ev));
        return new ClassifierPrediction(scores, u, us, v, vs, evidence);
    }

    /**
     * The calibrated urgency probabilities, in {@link Urgency} order; empty when the model has no urgency head.
     *
     * @param complaint the complaint
     * @return the probabilities per urgency, or an empty map
     */
    Map<Urgency, Double> urgencyProbabilities(ComplaintText complaint) {
        if (urgency == null) {
            return Map.of();
        }
        int[] f = FeatureExtractor.indices(complaint, vocabulary);
        double[] all = sum(f);
        double[] q = urgencyLogistic != null ? urgencyLogistic.calibrated(logit(all, 4, urgencyLogistic))
                : urgency.calibrated(part(all, 1, urgency.classes.length));
        Map<Urgency, Double> m = new java.util.EnumMap<>(Urgency.class);
        for (int j = 0; j < q.length; j++) {
            m.put(Urgency.parse(urgency.classes[j]), q[j]);
        }
        return m;
    }

    /**
     * The raw scores of every head at once: each head's priors (or bias) plus its rows of the
     * features, added in feature order (so each sum is exactly the one a head computes alone).
     */
    private double[] sum(int[] features) {
        double[] acc = start.clone();
        double[] rows = packed;
        int width = stride;
        for (int f : features) {
            int base = f * width;
            for (int j = 0; j < width; j++) {
                acc[j] += rows[base + j];
            }
        }
        return acc;
    }

    /**
     * The start of every {@link #sum}: each head's priors (or bias) at its offset, zeros elsewhere
     * (a TF-IDF logistic head's bias is added after the sums are divided by the document's length, in
     * {@link #logit}).
     */
    private double[] start() {
        double[] acc = new double[stride];
        double[][] starts = {category.priors(), urgency == null ? null : urgency.priors(),
                validity == null ? null : validity.priors(), logistic == null || logistic.tfidf ? null : logistic.bias,
                urgencyLogistic == null || urgencyLogistic.tfidf ? null : urgencyLogistic.bias};
        for (int h = 0; h < starts.length; h++) {
            if (offsets[h] >= 0 && starts[h] != null) {
                System.arraycopy(starts[h], 0, acc, offsets[h], starts[h].length);
            }
        }
        return acc;
    }

    /** A logistic head's raw scores from its part of {@link #sum}. */
    private double[] logit(double[] all, int head, LogisticHead h) {
        int k = h.classes.length;
        return h.tfidf ? h.scores(part(all, head, k), all[offsets[head] + k]) : part(all, head, k);
    }

    /** The Euclidean length of the document's tf-idf vector for a logistic head (1 when it has no known feature). */
    private double length(double[] all, int head, LogisticHead h) {
        double sq = h.tfidf ? all[offsets[head] + h.classes.length] : 0;
        return sq > 0 ? Math.sqrt(sq) : 1;
    }

    /** One head's part of {@link #sum}. */
    private double[] part(double[] all, int head, int width) {
        return java.util.Arrays.copyOfRange(all, offsets[head], offsets[head] + width);
    }

    private static int argmax(double[] q) {
        int b = 0;
        for (int j = 1; j < q.length; j++) {
            if (q[j] > q[b]) {
                b = j;
            }
        }
        return b;
    }

    /** Rounds a weight so the file stays small; the loaded model uses exactly the rounded value. */
    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }

    private static double clamp(double p) {
        return Math.min(1.0, Math.max(0.0, p));
    }
}
