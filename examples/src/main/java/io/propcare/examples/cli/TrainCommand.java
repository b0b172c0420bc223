package io.propcare.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.propcare.complaint.ClassificationRules;
import io.propcare.complaint.ComplaintLines;
import io.propcare.complaint.TextModel;
import io.propcare.complaint.TrainingExample;
import io.propcare.spi.InvalidInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    @Override
    public Integer call() {
        List<TrainingExample> examples = new ArrayList<>();
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
                } else {
                    skipped++;
                }
            } catch (InvalidInputException e) {
                spec.commandLine().getErr().println("propcare: line " + (l.index() + 1) + " skipped: " + e.getMessage());
                failed++;
            }
        }
        long t0 = System.nanoTime();
        TextModel model = TextModel.train(examples,
                config == null ? ClassificationRules.defaults() : ClassificationRules.load(config));
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
        spec.commandLine().getOut().println(s);
        spec.commandLine().getOut().flush();
        return failed > 0 ? CliExit.SOME_LINES_FAILED : CliExit.OK;
    }
}
