package io.propcare.examples.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.propcare.complaint.ClassificationResult;
import io.propcare.complaint.ClassificationRules;
import io.propcare.complaint.CollectiveDetector;
import io.propcare.complaint.CollectiveSettings;
import io.propcare.complaint.ComplaintEngine;
import io.propcare.complaint.ComplaintLines;
import io.propcare.complaint.TextModel;
import io.propcare.complaint.TrainingExample;
import io.propcare.model.complaint.Category;
import io.propcare.model.complaint.ComplaintText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Classification speed (with explanations), training time on a corpus replicated to 100,000
 * lines, and the collective detector over 1,000,000 streamed complaints. Reads the corpus from
 * {@code -Dpropcare.corpus=PATH} (default {@code ../shared/data/complaints/corpus.jsonl}).
 * Run: {@code java -cp examples/target/propcare.jar org.openjdk.jmh.Main ClassifierBenchmark -f 1 -wi 2 -i 3 -w 2s -r 2s -t 1 -prof gc}
 * ({@code -prof gc} adds bytes allocated per operation, which machine load does not disturb). On a
 * shared machine give {@code classify} a longer warm-up ({@code -wi 10 -w 5s}): its automaton and
 * feature loops reach their compiled steady state only after ~20 s of JIT work there.
 */
public class ClassifierBenchmark {

    /** The corpus and an engine. */
    @State(Scope.Benchmark)
    public static class Data {
        List<ComplaintText> texts;
        List<TrainingExample> examples;
        ComplaintEngine engine;
        int next;

        /** Loads the corpus. */
        @Setup(Level.Trial)
        public void load() {
            Path p = Path.of(System.getProperty("propcare.corpus", "../shared/data/complaints/corpus.jsonl"));
            if (!Files.exists(p)) {
                p = Path.of("shared/data/complaints/corpus.jsonl");
            }
            JsonMapper m = JsonMapper.builder().build();
            texts = new ArrayList<>();
            examples = new ArrayList<>();
            try {
                for (String l : Files.readAllLines(p)) {
                    JsonNode n = m.readTree(l);
                    texts.add(ComplaintLines.complaint(n));
                    examples.add(ComplaintLines.example(n).orElseThrow());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            engine = ComplaintEngine.ofDefaults();
        }
    }

    /** One classification with its explanation, cycling through the corpus. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public ClassificationResult classify(Data d) {
        ComplaintText t = d.texts.get(d.next++ % d.texts.size());
        return d.engine.classify(t);
    }

    /** A training set of a given size, the corpus repeated. */
    @State(Scope.Benchmark)
    public static class TrainingSet {
        @Param({"100000"})
        int lines;
        List<TrainingExample> examples;

        /** Replicates the corpus. */
        @Setup(Level.Trial)
        public void build(Data d) {
            examples = new ArrayList<>(lines);
            for (int i = 0; i < lines; i++) {
                examples.add(d.examples.get(i % d.examples.size()));
            }
        }
    }

    /** Training the model and its rule combination on {@code lines} examples. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public TextModel train(TrainingSet s) {
        return TextModel.train(s.examples, ClassificationRules.defaults());
    }

    /** The collective detector over 1,000,000 complaints, one every 20 seconds over twelve buildings. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public int collective(Data d) {
        CollectiveDetector det = CollectiveDetector.create(CollectiveSettings.defaults());
        Category[] cats = {Category.of("plumbing"), Category.of("noise"), Category.of("elevator")};
        ComplaintText base = d.texts.get(0);
        int cases = 0;
        int maxRetained = 0;
        for (int i = 0; i < 1_000_000; i++) {
            int b = 1 + i % 12;
            ComplaintText t = new ComplaintText("s" + i, d.texts.get(i % d.texts.size()).text(),
                    base.receivedAt().plusSeconds(20L * i), base.channel(), b + "-" + (101 + i % 97), String.valueOf(b));
            if (det.offer(t, cats[i % 3]).isPresent()) {
                cases++;
            }
            maxRetained = Math.max(maxRetained, det.retained());
        }
        return cases + maxRetained;
    }
}
