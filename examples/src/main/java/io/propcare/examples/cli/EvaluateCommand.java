package io.propcare.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.propcare.complaint.ClassificationResult;
import io.propcare.complaint.CollectiveCase;
import io.propcare.complaint.CollectiveDetector;
import io.propcare.complaint.CollectiveSettings;
import io.propcare.complaint.ComplaintEngine;
import io.propcare.complaint.ComplaintLines;
import io.propcare.complaint.Evaluation;
import io.propcare.model.complaint.ComplaintText;
import io.propcare.model.complaint.Urgency;
import io.propcare.model.complaint.Validity;
import io.propcare.spi.InvalidInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code propcare evaluate}: measures the engine (rules plus model) against labelled lines. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Classifies labelled lines with the rules and the given model and prints one JSON object:",
                "accuracy, macro-F1, per-class precision/recall/F1 and the confusion matrix (rows truth, columns",
                "prediction) for category, urgency and validity; lenient category accuracy (alt labels accepted);",
                "emergency precision/recall; calibration (expected calibration error, review rate); and",
                "precision/recall of collective-case member links against the 'cluster' labels."})
final class EvaluateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--model", required = true, description = "a model file from 'propcare train', 'builtin', or a "
            + "classifier provider locator")
    String model;

    @Option(names = "--in", required = true, description = "labelled corpus, JSON Lines")
    Path in;

    @Option(names = "--split", defaultValue = "all", description = "evaluate the lines whose split is this "
            + "(default: ${DEFAULT-VALUE} lines)")
    String split;

    @Option(names = "--config", description = "a rules JSON file (default: the shipped rules)")
    Path config;

    @Override
    public Integer call() {
        ComplaintEngine engine = ComplaintCli.engine(model, config, null);
        List<String> catT = new ArrayList<>();
        List<String> catP = new ArrayList<>();
        List<String> urgT = new ArrayList<>();
        List<String> urgP = new ArrayList<>();
        List<String> valT = new ArrayList<>();
        List<String> valP = new ArrayList<>();
        List<Double> conf = new ArrayList<>();
        int lenient = 0;
        int reviewed = 0;
        int reviewedWrong = 0;
        int failed = 0;
        List<ComplaintText> texts = new ArrayList<>();
        List<ClassificationResult> results = new ArrayList<>();
        Map<String, String> gold = new HashMap<>();
        List<JsonNode> labelled = new ArrayList<>();
        for (ComplaintCli.Line l : ComplaintCli.read(in)) {
            if (!l.ok()) {
                failed++;
                continue;
            }
            JsonNode n = l.json();
            if (!ComplaintCli.inSplit(n, split) || !n.hasNonNull("category")) {
                continue;
            }
            ComplaintText c;
            try {
                c = ComplaintLines.complaint(n);
            } catch (InvalidInputException e) {
                spec.commandLine().getErr().println("propcare: line " + (l.index() + 1) + ": " + e.getMessage());
                failed++;
                continue;
            }
            texts.add(c);
            results.add(engine.classify(c));
            labelled.add(n);
        }
        Integer[] order = new Integer[texts.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing((Integer i) -> texts.get(i).receivedAt().toInstant()));
        CollectiveDetector det = CollectiveDetector.create(CollectiveSettings.defaults());
        Map<String, String> predicted = new HashMap<>();
        for (int i : order) {
            Optional<CollectiveCase> cc = det.offer(texts.get(i), results.get(i));
            if (cc.isPresent()) {
                cc.get().memberIds().forEach(id -> predicted.put(id, cc.get().caseId()));
                results.set(i, engine.withCollective(texts.get(i), results.get(i), cc.get()));
            }
        }
        for (int i = 0; i < texts.size(); i++) {
            JsonNode n = labelled.get(i);
            ComplaintText c = texts.get(i);
            ClassificationResult r = results.get(i);
            var cl = r.classification();
            String truth = n.get("category").asText();
            catT.add(truth);
            catP.add(cl.category().id());
            conf.add(cl.confidence());
            if (truth.equals(cl.category().id()) || ComplaintLines.alternatives(n).contains(cl.category().id())) {
                lenient++;
            }
            if (cl.needsReview()) {
                reviewed++;
                if (!truth.equals(cl.category().id())) {
                    reviewedWrong++;
                }
            }
            if (n.hasNonNull("urgency")) {
                urgT.add(n.get("urgency").asText());
                urgP.add(cl.urgency().id());
            }
            if (n.hasNonNull("validity")) {
                valT.add(n.get("validity").asText());
                valP.add(cl.validity().id());
            }
            if (n.hasNonNull("cluster")) {
                gold.put(c.id(), n.get("cluster").asText());
            }
        }
        ObjectNode out = JsonLines.MAPPER.createObjectNode();
        out.put("model", model);
        out.put("split", split);
        out.put("lines", catT.size());
        Evaluation.HeadReport cat = Evaluation.of(engine.taxonomy().ids(), catT, catP);
        ObjectNode catNode = JsonLines.MAPPER.valueToTree(cat);
        catNode.put("lenientAccuracy", round(catT.isEmpty() ? 0 : lenient / (double) catT.size()));
        out.set("category", catNode);
        out.set("urgency", JsonLines.MAPPER.valueToTree(Evaluation.of(
                Arrays.stream(Urgency.values()).map(Urgency::id).toList(), urgT, urgP)));
        out.set("validity", JsonLines.MAPPER.valueToTree(Evaluation.of(
                Arrays.stream(Validity.values()).map(Validity::id).toList(), valT, valP)));
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < urgT.size(); i++) {
            boolean t = urgT.get(i).equals("emergency");
            boolean p = urgP.get(i).equals("emergency");
            tp += t && p ? 1 : 0;
            fp += !t && p ? 1 : 0;
            fn += t && !p ? 1 : 0;
        }
        ObjectNode em = out.putObject("emergency");
        em.put("precision", round(tp + fp == 0 ? 1 : tp / (double) (tp + fp)));
        em.put("recall", round(tp + fn == 0 ? 1 : tp / (double) (tp + fn)));
        em.put("truePositives", tp).put("falsePositives", fp).put("falseNegatives", fn);
        double[] c = new double[conf.size()];
        for (int i = 0; i < c.length; i++) {
            c[i] = conf.get(i);
        }
        boolean[] ok = new boolean[c.length];
        for (int i = 0; i < c.length; i++) {
            ok[i] = catT.get(i).equals(catP.get(i));
        }
        ObjectNode cal = out.putObject("calibration");
        cal.put("expectedCalibrationError", Evaluation.expectedCalibrationError(c, ok, 10));
        cal.put("meanConfidence", round(Arrays.stream(c).average().orElse(0)));
        cal.put("needsReview", reviewed);
        cal.put("accuracyWithoutReview", round(c.length - reviewed == 0 ? 0
                : (cat.accuracy() * c.length - (reviewed - reviewedWrong)) / (c.length - reviewed)));
        double[] links = Evaluation.linkScores(gold, predicted);
        ObjectNode col = out.putObject("collective");
        col.put("linkPrecision", links[0]).put("linkRecall", links[1]).put("goldLinks", (long) links[2])
                .put("predictedLinks", (long) links[3]).put("correctLinks", (long) links[4]);
        spec.commandLine().getOut().println(out.toPrettyString());
        spec.commandLine().getOut().flush();
        return failed > 0 ? CliExit.SOME_LINES_FAILED : CliExit.OK;
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
