package io.propcare.survey;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.propcare.model.survey.Answer;
import io.propcare.model.survey.QuestionItem;
import io.propcare.model.survey.SurveyResponse;
import io.propcare.spi.InvalidInputException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads responses from CSV (with Apache Commons CSV) or JSON, streaming: each good row becomes a
 * {@link SurveyResponse} handed to a sink, each bad cell a {@link RowProblem}.
 *
 * <p>Columns: one per item, named by the item id; the id, unit and building columns named in the
 * configuration (all optional: without an id column the id is {@code r<row>}); every other
 * column is kept as an attribute (design columns, breakdown columns). Cells: empty means
 * "not answered", {@code NA} (any case, also {@code N/A}) "not applicable"; scores are whole
 * numbers ({@code 4} or {@code 4.0}); yes/no items take their two texts (any case); numeric items
 * any finite decimal number; choice items option texts separated by {@code ;}. JSON input is a
 * JSON array of objects or JSON Lines (one object per line) with the same fields; {@code null} is
 * "not answered", booleans answer yes/no items and arrays of strings choice items.
 *
 * <p>Implementation requirements: stateless, thread-safe.
 */
public final class ResponseReader {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,9}(\\.0*)?");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d{1,3})?");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    /** Receives each accepted response with its row number. */
    @FunctionalInterface
    public interface Sink {
        /**
         * Takes one response.
         *
         * @param row the row number
         * @param response the response
         * @throws IllegalArgumentException to reject the row (it is reported as a problem)
         */
        void accept(long row, SurveyResponse response);
    }

    private ResponseReader() {
    }

    /**
     * Reads a CSV file with a header row.
     *
     * @param in the text
     * @param source the file name, for the summary
     * @param config the configuration (items and column names)
     * @param sink receives every good row
     * @return the summary with every problem
     * @throws UncheckedIOException if reading fails
     */
    public static ReadSummary readCsv(Reader in, String source, SurveyConfig config, Sink sink) {
        Objects.requireNonNull(in, "in must not be null");
        Objects.requireNonNull(source, "source must not be null");
        Objects.requireNonNull(config, "config must not be null");
        Objects.requireNonNull(sink, "sink must not be null");
        List<RowProblem> problems = new ArrayList<>();
        long rows = 0;
        long accepted = 0;
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(false).setAllowMissingColumnNames(true).build();
        try (CSVParser parser = format.parse(in)) {
            List<String> header = parser.getHeaderNames();
            Set<String> seen = new HashSet<>();
            for (String h : header) {
                if (!h.isEmpty() && !seen.add(h)) {
                    problems.add(new RowProblem(1, h, h, "each column name once"));
                }
            }
            for (QuestionItem it : config.questionnaire().items()) {
                if (!header.contains(it.id())) {
                    problems.add(new RowProblem(1, it.id(), "", "a column for item " + it.id()));
                }
            }
            if (!problems.isEmpty()) {
                return new ReadSummary(source, 0, 0, problems);
            }
            Iterator<CSVRecord> it = parser.iterator();
            while (true) {
                CSVRecord r;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    r = it.next();
                } catch (UncheckedIOException e) {
                    problems.add(new RowProblem(rows + 2, "", "", "well-formed CSV: " + e.getMessage()));
                    break;
                }
                rows++;
                long row = rows + 1;
                Map<String, String> cells = new LinkedHashMap<>();
                if (r.size() != header.size()) {
                    problems.add(new RowProblem(row, "", r.size() + " cells", header.size() + " cells as in the header"));
                    continue;
                }
                for (int c = 0; c < header.size(); c++) {
                    cells.put(header.get(c), r.get(c));
                }
                if (accept(row, cells, config, sink, problems)) {
                    accepted++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
        }
        return new ReadSummary(source, rows, accepted, problems);
    }

    /**
     * Reads a JSON array of objects or JSON Lines.
     *
     * @param in the text
     * @param source the file name
     * @param config the configuration
     * @param sink receives every good row
     * @return the summary with every problem
     */
    public static ReadSummary readJson(Reader in, String source, SurveyConfig config, Sink sink) {
        Objects.requireNonNull(in, "in must not be null");
        Objects.requireNonNull(source, "source must not be null");
        Objects.requireNonNull(config, "config must not be null");
        Objects.requireNonNull(sink, "sink must not be null");
        List<RowProblem> problems = new ArrayList<>();
        long rows = 0;
        long accepted = 0;
        try (MappingIterator<JsonNode> it = JSON.readerFor(JsonNode.class).readValues(in)) {
            while (true) {
                JsonNode node;
                try {
                    if (!it.hasNextValue()) {
                        break;
                    }
                    node = it.nextValue();
                } catch (JsonProcessingException e) {
                    problems.add(new RowProblem(rows + 1, "", "", "well-formed JSON: " + e.getOriginalMessage()));
                    break;
                }
                rows++;
                if (!node.isObject()) {
                    problems.add(new RowProblem(rows, "", node.toString(), "an object with one field per column"));
                    continue;
                }
                Map<String, String> cells = new LinkedHashMap<>();
                var fields = node.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> f = fields.next();
                    cells.put(f.getKey(), text(f.getValue(), config, f.getKey()));
                }
                if (accept(rows, cells, config, sink, problems)) {
                    accepted++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
        }
        return new ReadSummary(source, rows, accepted, problems);
    }

    private static String text(JsonNode v, SurveyConfig config, String field) {
        if (v.isNull()) {
            return "";
        }
        if (v.isBoolean()) {
            var item = config.questionnaire().item(field);
            if (item.isPresent() && item.get().options().size() == 2
                    && item.get().scale() == io.propcare.model.survey.ScaleKind.YESNO) {
                return item.get().options().get(v.booleanValue() ? 0 : 1);
            }
            return v.asText();
        }
        if (v.isArray()) {
            List<String> parts = new ArrayList<>();
            v.forEach(e -> parts.add(e.asText()));
            return String.join(";", parts);
        }
        if (v.isObject()) {
            return v.toString();
        }
        return v.asText();
    }

    private static boolean accept(long row, Map<String, String> cells, SurveyConfig config, Sink sink,
                                  List<RowProblem> problems) {
        int before = problems.size();
        Map<String, Answer> answers = new HashMap<>();
        for (QuestionItem it : config.questionnaire().items()) {
            String raw = cells.getOrDefault(it.id(), "");
            try {
                Answer a = parse(it, raw);
                if (a.isAnswered() || a.kind() == Answer.Kind.NOT_APPLICABLE) {
                    answers.put(it.id(), a);
                }
            } catch (IllegalArgumentException e) {
                problems.add(new RowProblem(row, it.id(), raw, it.expected()));
            }
        }
        String id = cells.getOrDefault(config.idColumn(), "").strip();
        if (id.isEmpty()) {
            id = "r" + row;
        } else if (!ID.matcher(id).matches()) {
            problems.add(new RowProblem(row, config.idColumn(), id, "1-64 letters, digits, '.', '_' or '-'"));
        }
        String unit = cells.getOrDefault(config.unitColumn(), "").strip();
        String building = cells.getOrDefault(config.buildingColumn(), "").strip();
        for (Map.Entry<String, String> e : Map.of(config.unitColumn(), unit, config.buildingColumn(), building).entrySet()) {
            if (e.getValue().length() > 64) {
                problems.add(new RowProblem(row, e.getKey(), e.getValue(), "at most 64 characters"));
            }
        }
        if (problems.size() > before) {
            return false;
        }
        Map<String, String> attributes = new HashMap<>();
        for (Map.Entry<String, String> e : cells.entrySet()) {
            String k = e.getKey();
            if (k.isEmpty() || k.equals(config.idColumn()) || k.equals(config.unitColumn())
                    || k.equals(config.buildingColumn()) || config.questionnaire().item(k).isPresent()) {
                continue;
            }
            attributes.put(k, e.getValue());
        }
        String round = config.round().map(io.propcare.model.survey.SurveyRound::roundId).orElse("round");
        try {
            sink.accept(row, new SurveyResponse(round, id, unit, building, answers, attributes));
            return true;
        } catch (CellException e) {
            problems.add(new RowProblem(row, e.column(), e.value(), e.getMessage()));
        } catch (InvalidInputException e) {
            var v = e.violations().get(0);
            problems.add(new RowProblem(row, v.path(), v.value(), v.message()));
        } catch (IllegalArgumentException e) {
            problems.add(new RowProblem(row, "", "", e.getMessage()));
        }
        return false;
    }

    /**
     * Reads one cell as an answer to an item.
     *
     * @param item the item
     * @param raw the cell text
     * @return the answer
     * @throws IllegalArgumentException if the text does not fit the item ({@link QuestionItem#expected()})
     */
    public static Answer parse(QuestionItem item, String raw) {
        Objects.requireNonNull(item, "item must not be null");
        Objects.requireNonNull(raw, "raw must not be null");
        String s = raw.strip();
        if (s.isEmpty()) {
            return Answer.notAnswered();
        }
        String upper = s.toUpperCase(Locale.ROOT);
        if (upper.equals("NA") || upper.equals("N/A")) {
            return Answer.notApplicable();
        }
        switch (item.scale()) {
            case SATISFACTION5:
            case NPS: {
                if (!INTEGER.matcher(s).matches()) {
                    throw new IllegalArgumentException(item.expected());
                }
                int v = (int) Double.parseDouble(s);
                if (v < item.scale().minScore() || v > item.scale().maxScore()) {
                    throw new IllegalArgumentException(item.expected());
                }
                return Answer.score(v);
            }
            case YESNO:
                if (s.equalsIgnoreCase(item.options().get(0))) {
                    return Answer.yesNo(true);
                }
                if (s.equalsIgnoreCase(item.options().get(1))) {
                    return Answer.yesNo(false);
                }
                throw new IllegalArgumentException(item.expected());
            case NUMERIC: {
                if (!DECIMAL.matcher(s).matches()) {
                    throw new IllegalArgumentException(item.expected());
                }
                double v = Double.parseDouble(s);
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException(item.expected());
                }
                return Answer.numeric(v);
            }
            case CHOICE: {
                List<String> selected = new ArrayList<>();
                for (String part : s.split("[;；]")) {
                    String p = part.strip();
                    if (p.isEmpty() || !item.options().contains(p) || selected.contains(p)) {
                        throw new IllegalArgumentException(item.expected());
                    }
                    selected.add(p);
                }
                if (selected.isEmpty() || (!item.multiple() && selected.size() > 1)) {
                    throw new IllegalArgumentException(item.expected());
                }
                return Answer.choice(selected);
            }
            default:
                if (s.length() > 2000) {
                    throw new IllegalArgumentException(item.expected());
                }
                return Answer.text(s);
        }
    }
}
