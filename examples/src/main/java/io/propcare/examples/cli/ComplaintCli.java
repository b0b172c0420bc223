package io.propcare.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.propcare.complaint.ClassificationRules;
import io.propcare.complaint.Classifiers;
import io.propcare.complaint.ComplaintEngine;
import io.propcare.complaint.Taxonomy;
import io.propcare.spi.ComplaintClassifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What the classification commands share: reading corpus lines and building the engine. */
final class ComplaintCli {
    private ComplaintCli() {
    }

    /** A parsed input line, or the error it gave. */
    record Line(int index, String raw, JsonNode json, String errorCode, String errorMessage) {
        boolean ok() {
            return errorCode == null;
        }
    }

    static List<Line> read(Path in) {
        List<String> raw = JsonLines.readLines(JsonLines.open(in));
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            try {
                JsonNode n = JsonLines.MAPPER.readTree(raw.get(i));
                if (!n.isObject()) {
                    out.add(new Line(i, raw.get(i), null, "BAD_JSON", "expected a JSON object"));
                } else {
                    out.add(new Line(i, raw.get(i), n, null, null));
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                out.add(new Line(i, raw.get(i), null, "BAD_JSON", "line " + (i + 1) + " is not JSON: "
                        + e.getOriginalMessage()));
            }
        }
        return out;
    }

    static boolean inSplit(JsonNode n, String split) {
        if (split == null || split.equals("all") || !n.has("split")) {
            return true;
        }
        return n.get("split").asText().equals(split);
    }

    static ComplaintClassifier classifier(String model) {
        // the built-in provider takes "builtin", "file:PATH" and paths ending in .json or .json.gz
        return Classifiers.open(model == null ? "builtin" : model);
    }

    static ComplaintEngine engine(String model, Path rules, Path taxonomy) {
        ComplaintEngine.Builder b = ComplaintEngine.builder().classifier(classifier(model));
        if (rules != null) {
            b.rules(ClassificationRules.load(rules));
        }
        if (taxonomy != null) {
            b.taxonomy(Taxonomy.load(taxonomy));
        }
        return b.build();
    }
}
