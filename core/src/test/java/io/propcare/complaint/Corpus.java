package io.propcare.complaint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The shared corpus, found by walking up from the working directory to a {@code shared} sibling. */
final class Corpus {
    private static List<JsonNode> lines;

    private Corpus() {
    }

    static Path path() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (dir != null) {
            Path p = dir.resolve("shared/data/complaints/corpus.jsonl");
            if (Files.isRegularFile(p)) {
                return p;
            }
            Path sibling = dir.resolveSibling("shared").resolve("data/complaints/corpus.jsonl");
            if (Files.isRegularFile(sibling)) {
                return sibling;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("shared/data/complaints/corpus.jsonl not found above " + System.getProperty("user.dir"));
    }

    static synchronized List<JsonNode> lines() {
        if (lines == null) {
            ObjectMapper m = new ObjectMapper();
            List<JsonNode> out = new ArrayList<>();
            try {
                for (String l : Files.readAllLines(path())) {
                    out.add(m.readTree(l));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            lines = List.copyOf(out);
        }
        return lines;
    }

    static List<TrainingExample> examples(String split) {
        List<TrainingExample> out = new ArrayList<>();
        for (JsonNode n : lines()) {
            if (split == null || n.get("split").asText().equals(split)) {
                out.add(ComplaintLines.example(n).orElseThrow());
            }
        }
        return out;
    }
}
