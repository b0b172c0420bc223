package io.propcare.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.propcare.complaint.ClassificationResult;
import io.propcare.complaint.CollectiveCase;
import io.propcare.complaint.CollectiveDetector;
import io.propcare.complaint.CollectiveSettings;
import io.propcare.complaint.ComplaintEngine;
import io.propcare.complaint.ComplaintLines;
import io.propcare.complaint.DutyHours;
import io.propcare.complaint.DutyRouter;
import io.propcare.model.complaint.ClassifierScore;
import io.propcare.model.complaint.ComplaintText;
import io.propcare.spi.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code propcare classify}: classifies complaint lines, detects collective complaints and routes them. */
@Command(name = "classify", mixinStandardHelpOptions = true,
        description = {"Classifies complaints (JSON Lines as in shared/data/complaints/corpus.jsonl: id, text, "
                + "receivedAt, channel, unit, building; label fields are ignored).",
                "Lines are processed in receivedAt order for collective detection and written in input order:",
                "{\"id\",\"category\",\"confidence\",\"alternatives\":[{\"category\",\"score\"}],\"urgency\",\"validity\","
                        + "\"needsReview\",\"collective\":null|{\"caseId\",\"members\",\"reason\"},\"department\","
                        + "\"routing\":{\"receiver\",\"owner\"},\"explain\":[...]}",
                "Without --model the built-in rules and model are used."})
final class ClassifyCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--model", description = "a model file from 'propcare train', or a classifier provider locator "
            + "(default: the built-in model)")
    String model;

    @Option(names = "--config", description = "a rules JSON file (default: the shipped rules)")
    Path config;

    @Option(names = "--taxonomy", description = "a taxonomy JSON file (default: the 21 shipped categories)")
    Path taxonomy;

    @Option(names = "--hours", description = "service hours and zone owners JSON for routing (default: front desk "
            + "08:30-17:30, duty phone 18:00-21:00, fire-control center 21:00-08:30, Asia/Shanghai)")
    Path hours;

    @Option(names = "--collective-units", defaultValue = "3", description = "distinct flats that make a collective "
            + "complaint (default: ${DEFAULT-VALUE})")
    int units;

    @Option(names = "--collective-window", defaultValue = "PT2H", description = "ISO-8601 window for collective "
            + "complaints (default: ${DEFAULT-VALUE})")
    Duration window;

    @Option(names = "--in", description = "input JSON Lines (default: standard input)")
    Path in;

    @Option(names = "--out", description = "output JSON Lines (default: standard output)")
    Path out;

    @Override
    public Integer call() {
        ComplaintEngine engine = ComplaintCli.engine(model, config, taxonomy);
        DutyRouter router = DutyRouter.of(hours == null ? DutyHours.defaults() : DutyHours.load(hours));
        CollectiveSettings cs = CollectiveSettings.defaults().withMinUnits(units).withWindow(window);
        List<ComplaintCli.Line> lines = ComplaintCli.read(in);
        ObjectNode[] answers = new ObjectNode[lines.size()];
        List<Integer> order = new ArrayList<>();
        ComplaintText[] texts = new ComplaintText[lines.size()];
        ClassificationResult[] results = new ClassificationResult[lines.size()];
        for (ComplaintCli.Line l : lines) {
            if (!l.ok()) {
                answers[l.index()] = JsonLines.error(null, l.errorCode(), l.errorMessage());
                continue;
            }
            JsonNode id = l.json().get("id");
            try {
                texts[l.index()] = ComplaintLines.complaint(l.json());
                results[l.index()] = engine.classify(texts[l.index()]);
                order.add(l.index());
            } catch (InvalidInputException e) {
                answers[l.index()] = JsonLines.error(id, e.violations().get(0).code(), e.getMessage());
            }
        }
        order.sort(Comparator.comparing((Integer i) -> texts[i].receivedAt().toInstant()).thenComparing(i -> i));
        CollectiveDetector detector = CollectiveDetector.create(cs);
        for (int i : order) {
            Optional<CollectiveCase> c = detector.offer(texts[i], results[i]);
            if (c.isPresent()) {
                results[i] = engine.withCollective(texts[i], results[i], c.get(), cs);
            }
            answers[i] = answer(lines.get(i).json().get("id"), results[i], c.orElse(null),
                    router.route(texts[i], results[i]));
        }
        boolean failed = false;
        try {
            Writer w = JsonLines.create(out, spec.commandLine().getOut());
            for (ObjectNode a : answers) {
                failed |= a.has("error");
                w.write(JsonLines.MAPPER.writeValueAsString(a));
                w.write('\n');
            }
            w.flush();
            if (out != null) {
                w.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write output: " + e.getMessage(), e);
        }
        return failed ? CliExit.SOME_LINES_FAILED : CliExit.OK;
    }

    private static ObjectNode answer(JsonNode id, ClassificationResult r, CollectiveCase c, DutyRouter.Routing routing) {
        ObjectNode n = JsonLines.MAPPER.createObjectNode();
        if (id != null) {
            n.set("id", id);
        }
        var cl = r.classification();
        n.put("category", cl.category().id());
        n.put("confidence", Math.round(cl.confidence() * 10000) / 10000.0);
        ArrayNode alts = n.putArray("alternatives");
        for (ClassifierScore s : r.alternatives()) {
            alts.addObject().put("category", s.category().id()).put("score", Math.round(s.score() * 10000) / 10000.0);
        }
        n.put("urgency", cl.urgency().id());
        n.put("validity", cl.validity().id());
        n.put("needsReview", cl.needsReview());
        if (c == null) {
            n.putNull("collective");
        } else {
            ObjectNode o = n.putObject("collective");
            o.put("caseId", c.caseId());
            ArrayNode m = o.putArray("members");
            c.memberIds().forEach(m::add);
            o.put("reason", c.reason());
        }
        n.put("department", r.department());
        n.putObject("routing").put("receiver", routing.receiver()).put("owner", routing.owner());
        ArrayNode ex = n.putArray("explain");
        cl.explanation().forEach(ex::add);
        if (c != null) {
            ex.add("collective case " + c.caseId() + ": " + c.reason());
        }
        ex.add("routing: " + routing.reason());
        return n;
    }
}
