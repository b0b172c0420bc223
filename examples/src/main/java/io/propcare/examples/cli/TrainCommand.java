package io.propcare.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.propcare.complaint.ClassificationResult;
import io.propcare.complaint.ClassificationRules;
import io.propcare.complaint.CollectiveDetector;
import io.propcare.complaint.CollectiveSettings;
import io.propcare.complaint.ComplaintEngine;
import io.propcare.complaint.ComplaintLines;
import io.propcare.complaint.Evaluation;
import io.propcare.complaint.TextModel;
import io.propcare.complaint.TrainingExample;
import io.propcare.model.complaint.Urgency;
import io.propcare.spi.InvalidInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code propcare train}: trains the statistical model from labelled JSON Lines. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Trains the complaint model on labelled lines (category; urgency and validity where present)",
                "and fits its combination with the rules. Prints a one-line JSON summary.",
                "The built-in model is made with: propcare train --in shared/data/complaints/corpus.jsonl --split all "
                        + "--out core/src/main/resources/io/propcare/complaint/builtin-model.json"})
final class TrainCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--in", required = true, description = "labelled corpus, JSON Lines")
    Path in;

    @Option(names = "--split", defaultValue = "train", description = "use the lines whose split is this (lines "
            + "without a split are always used; 'all' uses every line; default: ${DEFAULT-VALUE})")
    String split;

    @Option(names = "--config", description = "the rules the model will be used with (default: the shipped rules)")
    Path config;

    @Option(names = "--out", required = true, description = "the model file to write")
    Path out;

    @Option(names = "--cv", defaultValue = "0", description = "also report N-fold cross-validation on the training "
            + "lines (fold = line number mod N; each fold trains model and rule combiner on the others and "
            + "classifies itself with the full engine); 0 = none (default)")
    int folds;

    @Override
    public Integer call() {
        List<TrainingExample> examples = new ArrayList<>();
        List<String> clusters = new ArrayList<>();
        int skipped = 0;
        int failed = 0;
        for (ComplaintCli.Line l : ComplaintCli.read(in)) {
            if (!l.ok()) {
                spec.commandLine().getErr().println("propcare: " + l.errorMessage());
                failed++;
                continue;
            }
            if (!ComplaintCli.inSplit(l.json(), split)) {
                continue;
            }
            try {
                Optional<TrainingExample> e = ComplaintLines.example(l.json());
                if (e.isPresent()) {
                    examples.add(e.get());
                    clusters.add(l.json().hasNonNull("cluster") ? l.json().get("cluster").asText() : null);
                } else {
                    skipped++;
                }
            } catch (InvalidInputException e) {
                spec.commandLine().getErr().println("propcare: line " + (l.index() + 1) + " skipped: " + e.getMessage());
                failed++;
            }
        }
        if (folds == 1 || folds < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--cv must be 0 or at least 2, was " + folds);
        }
        ClassificationRules rules = config == null ? ClassificationRules.defaults() : ClassificationRules.load(config);
        long t0 = System.nanoTime();
        TextModel model = TextModel.train(examples, rules);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        model.save(out);
        ObjectNode s = JsonLines.MAPPER.createObjectNode();
        s.put("model", out.toString());
        s.put("lines", examples.size());
        s.put("unlabelled", skipped);
        s.put("failed", failed);
        s.put("categories", model.categories().size());
        s.putPOJO("temperatures", model.temperatures());
        s.put("trainingMillis", ms);
        if (folds >= 2) {
            s.set("crossValidation", crossValidate(examples, clusters, rules));
        }
        spec.commandLine().getOut().println(s);
        spec.commandLine().getOut().flush();
        return failed > 0 ? CliExit.SOME_LINES_FAILED : CliExit.OK;
    }

    private ObjectNode crossValidate(List<TrainingExample> examples, List<String> clusters, ClassificationRules rules) {
        int n = examples.size();
        ClassificationResult[] results = new ClassificationResult[n];
        for (int f = 0; f < folds; f++) {
            List<TrainingExample> train = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (i % folds != f) {
                    train.add(examples.get(i));
                }
            }
            ComplaintEngine engine = ComplaintEngine.builder().rules(rules).classifier(TextModel.train(train, rules))
                    .build();
            for (int i = f; i < n; i += folds) {
                results[i] = engine.classify(examples.get(i).complaint());
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
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing((Integer i) -> examples.get(i).complaint().receivedAt().toInstant()));
        CollectiveDetector det = CollectiveDetector.create(CollectiveSettings.defaults());
        Map<String, String> gold = new HashMap<>();
        Map<String, String> predicted = new HashMap<>();
        for (int i : order) {
            String id = examples.get(i).complaint().id();
            if (clusters.get(i) != null) {
                gold.put(id, clusters.get(i));
            }
            det.offer(examples.get(i).complaint(), results[i])
                    .ifPresent(cc -> cc.memberIds().forEach(m -> predicted.put(m, cc.caseId())));
        }
        double[] links = Evaluation.linkScores(gold, predicted);
        ObjectNode cv = JsonLines.MAPPER.createObjectNode();
        cv.put("folds", folds);
        cv.put("categoryAccuracy", round(cat.accuracy()));
        cv.put("categoryMacroF1", round(cat.macroF1()));
        cv.put("urgencyAccuracy", round(urgencyKnown == 0 ? 0 : urgencyRight / (double) urgencyKnown));
        cv.put("emergencyPrecision", round(emergency[0] / Math.max(1.0, emergency[0] + emergency[1])));
        cv.put("emergencyRecall", round(emergency[0] / Math.max(1.0, emergency[0] + emergency[2])));
        cv.put("linkPrecision", round(links[0]));
        cv.put("linkRecall", round(links[1]));
        return cv;
    }

    private static double round(double v) {
        return Math.round(v * 1e4) / 1e4;
    }
}
