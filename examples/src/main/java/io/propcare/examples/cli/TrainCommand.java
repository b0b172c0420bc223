package io.propcare.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.propcare.complaint.ClassificationResult;
import io.propcare.complaint.ClassificationRules;
import io.propcare.complaint.CollectiveCase;
import io.propcare.complaint.CollectiveDetector;
import io.propcare.complaint.CollectiveSettings;
import io.propcare.complaint.ComplaintEngine;
import io.propcare.complaint.ComplaintLines;
import io.propcare.complaint.Evaluation;
import io.propcare.complaint.TextModel;
import io.propcare.complaint.TrainingExample;
import io.propcare.model.complaint.Urgency;
import io.propcare.spi.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code propcare train}: trains the statistical model from labelled JSON Lines. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Trains the complaint model on labelled lines (category; urgency and validity where present)",
                "and fits its combination with the rules. Prints a one-line JSON summary.",
                "The built-in model is made with: propcare train --in shared/data/complaints/corpus.jsonl --split all "
                        + "--extra core/src/test/resources/io/propcare/complaint/probe.jsonl --extra-category docs/heldout "
                        + "--out core/src/main/resources/io/propcare/complaint/builtin-model.json.gz"})
final class TrainCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--in", required = true, description = "labelled corpus, JSON Lines")
    Path in;

    @Option(names = "--extra", paramLabel = "FILE", description = "more labelled lines (JSON Lines, repeatable; a "
            + "directory stands for its *.jsonl files, in name order, not its subdirectories) that "
            + "train the model and its combination with the rules alongside --in, whatever their split; lines without "
            + "a category are ignored, and a line whose id was already read (from --in or an earlier file) is "
            + "skipped and counted. With --cv they are in every fold's training and never scored, so the "
            + "cross-validation still measures the --in lines alone")
    List<Path> extra = new ArrayList<>();

    @Option(names = "--extra-category", paramLabel = "FILE", description = "more labelled lines (JSON Lines, "
            + "repeatable; a directory stands for its *.jsonl files) read as --extra is, after it, but for their "
            + "category alone: their urgency and validity are ignored, so these lines teach the category without "
            + "moving the urgency and validity heads (for lines whose urgency and validity follow other "
            + "conventions or whose urgency mix would drown the few emergencies)")
    List<Path> extraCategory = new ArrayList<>();

    @Option(names = "--extra-weight", paramLabel = "W", defaultValue = "1", description = "how much each --extra "
            + "line counts in training against a line of --in, which counts 1: a number greater than 0 (a weight of "
            + "0.5 counts two such lines as one --in line; default: ${DEFAULT-VALUE})")
    double extraWeight;

    @Option(names = "--extra-category-weight", paramLabel = "W", defaultValue = "1", description = "how much "
            + "each --extra-category line counts in training against a line of --in: a number greater than 0 "
            + "(default: ${DEFAULT-VALUE})")
    double extraCategoryWeight;

    @Option(names = "--split", defaultValue = "train", description = "use the lines whose split is this (lines "
            + "without a split are always used; 'all' uses every line; default: ${DEFAULT-VALUE})")
    String split;

    @Option(names = "--config", description = "the rules the model will be used with (default: the shipped rules)")
    Path config;

    @Option(names = "--out", required = true, description = "the model file to write; gzip-compressed when its name ends in .gz")
    Path out;

    @Option(names = "--weighting", defaultValue = "TFIDF", description = "how the logistic heads weigh features: "
            + "BINARY (present = 1) or TFIDF (inverse document frequency, unit-length vectors); default: ${DEFAULT-VALUE}")
    TextModel.Weighting weighting;

    @Option(names = "--cv", defaultValue = "0", description = "also report N-fold cross-validation on the training "
            + "lines (fold = line number mod N; each fold trains model and rule combiner on the others and "
            + "classifies itself with the full engine); 0 = none (default)")
    int folds;

    @Option(names = "--cv-out", description = "with --cv: also write each training line's out-of-fold answer "
            + "(id, category, predicted, confidence, model-alone prediction, urgency, predicted urgency, rules, "
            + "gold cluster, the collective case it was linked into) "
            + "as JSON Lines to this file, for error analysis on the training split")
    Path cvOut;

    @Override
    public Integer call() {
        weight("--extra-weight", extraWeight);
        weight("--extra-category-weight", extraCategoryWeight);
        Labelled main = new Labelled();
        main.read(in, split, false, 1.0);
        Labelled more = new Labelled();
        more.seen.addAll(main.seen);
        for (Path p : files("--extra", extra)) {
            more.read(p, "all", false, extraWeight);
        }
        for (Path p : files("--extra-category", extraCategory)) {
            more.read(p, "all", true, extraCategoryWeight);
        }
        List<TrainingExample> examples = main.examples;
        List<String> clusters = main.clusters;
        List<TrainingExample> extraExamples = more.examples;
        int skipped = main.unlabelled;
        int failed = main.failed + more.failed;
        if (folds == 1 || folds < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--cv must be 0 or at least 2, was " + folds);
        }
        ClassificationRules rules = config == null ? ClassificationRules.defaults() : ClassificationRules.load(config);
        long t0 = System.nanoTime();
        List<TrainingExample> all = new ArrayList<>(examples);
        all.addAll(extraExamples);
        TextModel model = TextModel.train(all, rules, weighting);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        model.save(out);
        ObjectNode s = JsonLines.MAPPER.createObjectNode();
        s.put("model", out.toString());
        s.put("lines", examples.size());
        if (!extra.isEmpty() || !extraCategory.isEmpty()) {
            s.put("extraLines", extraExamples.size());
            s.put("extraUnlabelled", more.unlabelled);
        }
        s.put("repeatedIds", main.repeated + more.repeated);
        s.put("unlabelled", skipped);
        s.put("failed", failed);
        s.put("categories", model.categories().size());
        s.putPOJO("temperatures", model.temperatures());
        s.put("trainingMillis", ms);
        if (folds >= 2) {
            s.set("crossValidation", crossValidate(examples, clusters, extraExamples, rules));
        }
        spec.commandLine().getOut().println(s);
        spec.commandLine().getOut().flush();
        return failed > 0 ? CliExit.SOME_LINES_FAILED : CliExit.OK;
    }

    /** Rejects a weight that is not a finite number greater than 0. */
    private void weight(String option, double w) {
        if (!(w > 0) || Double.isInfinite(w)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    option + " must be a finite number greater than 0, was " + w);
        }
    }

    /** The files an option names, each directory replaced by its {@code *.jsonl} files in name order. */
    private List<Path> files(String option, List<Path> given) {
        List<Path> files = new ArrayList<>();
        for (Path p : given) {
            if (!Files.isDirectory(p)) {
                files.add(p);
                continue;
            }
            try (Stream<Path> s = Files.list(p)) {
                List<Path> found = s.filter(f -> f.getFileName().toString().endsWith(".jsonl")
                        && Files.isRegularFile(f)).sorted().toList();
                if (found.isEmpty()) {
                    throw new CommandLine.ParameterException(spec.commandLine(),
                            option + ": directory " + p + " has no *.jsonl file");
                }
                files.addAll(found);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + option + " directory " + p + ": "
                        + e.getMessage(), e);
            }
        }
        return files;
    }

    /** The labelled lines read from one or more files, with their clusters and what was left out. */
    private final class Labelled {
        final List<TrainingExample> examples = new ArrayList<>();
        final List<String> clusters = new ArrayList<>();
        final Set<String> seen = new HashSet<>();
        int unlabelled;
        int failed;
        int repeated;

        /**
         * Adds the labelled lines of {@code file} in {@code lineSplit} with the given training weight,
         * reporting bad lines on stderr; with {@code categoryOnly}, without their urgency and validity.
         */
        void read(Path file, String lineSplit, boolean categoryOnly, double weight) {
            for (ComplaintCli.Line l : ComplaintCli.read(file)) {
                if (!l.ok()) {
                    spec.commandLine().getErr().println("propcare: " + file + ": " + l.errorMessage());
                    failed++;
                    continue;
                }
                if (!ComplaintCli.inSplit(l.json(), lineSplit)) {
                    continue;
                }
                String id = l.json().path("id").asText("");
                if (!id.isEmpty() && !seen.add(id)) {
                    repeated++;
                    continue;
                }
                try {
                    JsonNode json = l.json();
                    if (categoryOnly) {
                        ObjectNode copy = ((ObjectNode) json).deepCopy();
                        copy.remove(List.of("urgency", "validity"));
                        json = copy;
                    }
                    Optional<TrainingExample> e = ComplaintLines.example(json);
                    if (e.isPresent()) {
                        examples.add(weight == 1.0 ? e.get() : e.get().withWeight(weight));
                        clusters.add(l.json().hasNonNull("cluster") ? l.json().get("cluster").asText() : null);
                    } else {
                        unlabelled++;
                    }
                } catch (InvalidInputException e) {
                    spec.commandLine().getErr().println("propcare: " + file + ": line " + (l.index() + 1)
                            + " skipped: " + e.getMessage());
                    failed++;
                }
            }
        }
    }

    private ObjectNode crossValidate(List<TrainingExample> examples, List<String> clusters,
                                     List<TrainingExample> extraExamples, ClassificationRules rules) {
        int n = examples.size();
        ClassificationResult[] results = new ClassificationResult[n];
        String[] modelAlone = new String[n];
        ComplaintEngine[] engines = new ComplaintEngine[folds];
        for (int f = 0; f < folds; f++) {
            List<TrainingExample> train = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (i % folds != f) {
                    train.add(examples.get(i));
                }
            }
            train.addAll(extraExamples);
            TextModel m = TextModel.train(train, rules, weighting);
            ComplaintEngine engine = ComplaintEngine.builder().rules(rules).classifier(m).build();
            engines[f] = engine;
            for (int i = f; i < n; i += folds) {
                results[i] = engine.classify(examples.get(i).complaint());
                modelAlone[i] = m.predict(examples.get(i).complaint()).best().category().id();
            }
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing((Integer i) -> examples.get(i).complaint().receivedAt().toInstant()));
        CollectiveDetector det = CollectiveDetector.create(CollectiveSettings.defaults());
        Map<String, String> gold = new HashMap<>();
        Map<String, String> linked = new HashMap<>();
        for (int i : order) {
            String id = examples.get(i).complaint().id();
            if (clusters.get(i) != null) {
                gold.put(id, clusters.get(i));
            }
            Optional<CollectiveCase> cc = det.offer(examples.get(i).complaint(), results[i]);
            if (cc.isPresent()) {
                cc.get().memberIds().forEach(m -> linked.put(m, cc.get().caseId()));
                results[i] = engines[i % folds].withCollective(examples.get(i).complaint(), results[i], cc.get());
            }
        }
        List<String> catT = new ArrayList<>();
        List<String> catP = new ArrayList<>();
        int urgencyRight = 0;
        int urgencyKnown = 0;
        int[] emergency = new int[3]; // true positives, false positives, false negatives
        for (int i = 0; i < n; i++) {
            TrainingExample e = examples.get(i);
            catT.add(e.category().id());
            catP.add(results[i].classification().category().id());
            boolean predicted = results[i].classification().urgency() == Urgency.EMERGENCY;
            if (e.urgency().isPresent()) {
                urgencyKnown++;
                urgencyRight += e.urgency().get() == results[i].classification().urgency() ? 1 : 0;
                boolean truth = e.urgency().get() == Urgency.EMERGENCY;
                if (truth && predicted) {
                    emergency[0]++;
                } else if (predicted) {
                    emergency[1]++;
                } else if (truth) {
                    emergency[2]++;
                }
            }
        }
        Evaluation.HeadReport cat = Evaluation.of(new ArrayList<>(new TreeSet<>(catT)), catT, catP);
        double[] conf = new double[n];
        boolean[] right = new boolean[n];
        int modelRight = 0;
        for (int i = 0; i < n; i++) {
            conf[i] = results[i].classification().confidence();
            right[i] = catT.get(i).equals(catP.get(i));
            modelRight += catT.get(i).equals(modelAlone[i]) ? 1 : 0;
        }
        double[] links = Evaluation.linkScores(gold, linked);
        ObjectNode cv = JsonLines.MAPPER.createObjectNode();
        cv.put("folds", folds);
        cv.put("categoryAccuracy", round(cat.accuracy()));
        cv.put("categoryMacroF1", round(cat.macroF1()));
        cv.put("modelAloneCategoryAccuracy", round(modelRight / (double) n));
        cv.put("expectedCalibrationError", round(Evaluation.expectedCalibrationError(conf, right, 10)));
        ObjectNode f1 = cv.putObject("categoryF1");
        cat.perClass().forEach(c -> f1.put(c.label(), round(c.f1())));
        cv.put("urgencyAccuracy", round(urgencyKnown == 0 ? 0 : urgencyRight / (double) urgencyKnown));
        cv.put("emergencyPrecision", round(emergency[0] / Math.max(1.0, emergency[0] + emergency[1])));
        cv.put("emergencyRecall", round(emergency[0] / Math.max(1.0, emergency[0] + emergency[2])));
        cv.put("linkPrecision", round(links[0]));
        cv.put("linkRecall", round(links[1]));
        if (cvOut != null) {
            writeAnswers(examples, clusters, results, modelAlone, linked);
        }
        return cv;
    }

    private void writeAnswers(List<TrainingExample> examples, List<String> clusters, ClassificationResult[] results,
                              String[] modelAlone, Map<String, String> linked) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < results.length; i++) {
            TrainingExample e = examples.get(i);
            ObjectNode o = JsonLines.MAPPER.createObjectNode();
            o.put("id", e.complaint().id());
            o.put("category", e.category().id());
            o.put("predicted", results[i].classification().category().id());
            o.put("confidence", round(results[i].classification().confidence()));
            o.put("modelAlone", modelAlone[i]);
            o.put("urgency", e.urgency().map(Urgency::id).orElse(null));
            o.put("predictedUrgency", results[i].classification().urgency().id());
            o.putPOJO("rules", results[i].firedRules());
            o.put("cluster", clusters.get(i));
            o.put("collectiveCase", linked.get(e.complaint().id()));
            lines.add(o.toString());
        }
        try {
            Files.write(cvOut, lines);
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write " + cvOut, ex);
        }
    }

    private static double round(double v) {
        return Math.round(v * 1e4) / 1e4;
    }
}
