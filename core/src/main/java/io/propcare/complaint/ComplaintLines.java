package io.propcare.complaint;

import com.fasterxml.jackson.databind.JsonNode;
import io.propcare.model.complaint.Category;
import io.propcare.model.complaint.Channel;
import io.propcare.model.complaint.ComplaintText;
import io.propcare.model.complaint.Urgency;
import io.propcare.model.complaint.Validity;
import io.propcare.spi.InvalidInputException;
import io.propcare.spi.Violation;
import io.propcare.spi.SpiErrorCode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads complaint lines in the corpus format ({@code id}, {@code text}, {@code receivedAt},
 * {@code channel}, {@code unit}, {@code building}; labels {@code category}, {@code urgency},
 * {@code validity}, {@code cluster}, {@code split}) from parsed JSON objects, reporting every
 * problem of a line at once.
 *
 * <p>Implementation requirements: stateless and thread-safe.
 *
 * @since 0.1
 */
public final class ComplaintLines {
    private ComplaintLines() {
    }

    /**
     * The complaint of a line; labels are ignored. A missing {@code channel} is {@code app}; a
     * missing or null {@code unit}/{@code building} is none; the building is taken from the unit
     * ({@code "3-1502"} is building 3) when only the unit is given.
     *
     * @param line the parsed line
     * @return the complaint
     * @throws InvalidInputException listing every field that is missing or malformed
     */
    public static ComplaintText complaint(JsonNode line) {
        Objects.requireNonNull(line, "line must not be null");
        List<Violation> problems = new ArrayList<>();
        String id = line.path("id").asText("");
        String text = line.path("text").asText("");
        if (!line.path("text").isTextual() || text.isBlank()) {
            problems.add(Violation.of("text", line.path("text"), SpiErrorCode.INVALID_INPUT, "expected a non-blank string"));
        }
        OffsetDateTime at = null;
        if (!line.path("receivedAt").isTextual()) {
            problems.add(Violation.of("receivedAt", line.path("receivedAt"), SpiErrorCode.INVALID_INPUT,
                    "expected an ISO-8601 instant with offset such as 2026-03-14T21:35:00+08:00"));
        } else {
            try {
                at = OffsetDateTime.parse(line.get("receivedAt").asText());
            } catch (DateTimeParseException e) {
                problems.add(Violation.of("receivedAt", line.get("receivedAt").asText(), SpiErrorCode.INVALID_INPUT,
                        "expected an ISO-8601 instant with offset such as 2026-03-14T21:35:00+08:00"));
            }
        }
        Channel channel = Channel.APP;
        if (line.hasNonNull("channel")) {
            try {
                channel = Channel.parse(line.get("channel").asText());
            } catch (InvalidInputException e) {
                problems.addAll(e.violations());
            }
        }
        String unit = line.hasNonNull("unit") ? line.get("unit").asText().strip() : "";
        String building = line.hasNonNull("building") ? line.get("building").asText().strip() : "";
        if (building.isEmpty() && unit.indexOf('-') > 0) {
            building = unit.substring(0, unit.indexOf('-'));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (id.isBlank()) {
            id = "line";
        }
        return new ComplaintText(id, text, at, channel, unit, building);
    }

    /**
     * The training example of a labelled line.
     *
     * @param line the parsed line
     * @return the example, empty when the line has no {@code category}
     * @throws InvalidInputException when the complaint or a label is malformed
     */
    public static Optional<TrainingExample> example(JsonNode line) {
        ComplaintText c = complaint(line);
        if (!line.hasNonNull("category")) {
            return Optional.empty();
        }
        Category cat = Category.of(line.get("category").asText());
        Optional<Urgency> u = line.hasNonNull("urgency") ? Optional.of(Urgency.parse(line.get("urgency").asText()))
                : Optional.empty();
        Optional<Validity> v = line.hasNonNull("validity")
                ? Optional.of(Validity.parse(line.get("validity").asText())) : Optional.empty();
        return Optional.of(new TrainingExample(c, cat, u, v));
    }

    /**
     * The alternative labels of a line ({@code alt}), for lenient accuracy.
     *
     * @param line the parsed line
     * @return the labels, possibly empty
     */
    public static List<String> alternatives(JsonNode line) {
        Objects.requireNonNull(line, "line must not be null");
        List<String> out = new ArrayList<>();
        line.path("alt").forEach(n -> out.add(n.asText()));
        return List.copyOf(out);
    }
}
