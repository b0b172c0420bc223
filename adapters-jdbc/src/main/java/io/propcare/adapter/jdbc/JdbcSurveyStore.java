package io.propcare.adapter.jdbc;

import io.propcare.model.PropertyId;
import io.propcare.model.internal.Checks;
import io.propcare.model.survey.Answer;
import io.propcare.model.survey.Label;
import io.propcare.model.survey.QuestionItem;
import io.propcare.model.survey.Questionnaire;
import io.propcare.model.survey.ScaleKind;
import io.propcare.model.survey.SurveyResponse;
import io.propcare.model.survey.SurveyRound;
import io.propcare.spi.InvalidInputException;
import io.propcare.spi.NotFoundException;
import io.propcare.spi.SpiErrorCode;
import io.propcare.spi.StorageException;
import io.propcare.spi.SurveyStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Questionnaires, survey rounds and responses on JDBC. Responses are rows keyed by property,
 * round and response id, read back through a database cursor with a bounded fetch size, so a
 * round of any size streams in constant memory.
 */
final class JdbcSurveyStore implements SurveyStore {
    /** Rows fetched per round trip when streaming responses. */
    static final int FETCH_SIZE = 500;
    private static final int CHECK_CHUNK = 500;

    private final Db db;
    private final String upsertQuestionnaire;
    private final String selectQuestionnaire;
    private final String insertRound;
    private final String selectRound;
    private final String existsRound;
    private final String insertResponse;
    private final String existingResponses;
    private final String countResponses;
    private final String selectResponses;

    JdbcSurveyStore(Db db, Tables t) {
        this.db = db;
        upsertQuestionnaire = db.dialect().upsert(t.questionnaires(), List.of("property_id", "questionnaire_id"),
                List.of("items"));
        selectQuestionnaire = "SELECT items FROM " + t.questionnaires()
                + " WHERE property_id = ? AND questionnaire_id = ?";
        insertRound = db.dialect().insertIfAbsent("INSERT INTO " + t.rounds() + " (property_id, round_id, period, "
                + "occupied_units, issued, questionnaire_id) VALUES (?, ?, ?, ?, ?, ?)", "property_id, round_id");
        selectRound = "SELECT period, occupied_units, issued, questionnaire_id FROM " + t.rounds()
                + " WHERE property_id = ? AND round_id = ?";
        existsRound = "SELECT 1 FROM " + t.rounds() + " WHERE property_id = ? AND round_id = ?";
        insertResponse = "INSERT INTO " + t.responses() + " (property_id, round_id, response_id, unit, building, "
                + "answers, attributes) VALUES (?, ?, ?, ?, ?, ?, ?)";
        existingResponses = "SELECT response_id FROM " + t.responses()
                + " WHERE property_id = ? AND round_id = ? AND response_id IN (%s)";
        countResponses = "SELECT COUNT(*) FROM " + t.responses() + " WHERE property_id = ? AND round_id = ?";
        selectResponses = "SELECT response_id, unit, building, answers, attributes FROM " + t.responses()
                + " WHERE property_id = ? AND round_id = ? ORDER BY response_id";
    }

    @Override
    public void saveQuestionnaire(PropertyId property, Questionnaire questionnaire) {
        Checks.notNull(property, "property");
        Checks.notNull(questionnaire, "questionnaire");
        String items = encodeItems(questionnaire.items());
        db.call("surveys.saveQuestionnaire", c -> {
            try (PreparedStatement ps = c.prepareStatement(upsertQuestionnaire)) {
                ps.setString(1, property.value());
                ps.setString(2, questionnaire.id());
                ps.setString(3, items);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<Questionnaire> findQuestionnaire(PropertyId property, String id) {
        Checks.notNull(property, "property");
        Checks.notNull(id, "id");
        String op = "surveys.findQuestionnaire";
        return db.call(op, c -> {
            try (PreparedStatement ps = c.prepareStatement(selectQuestionnaire)) {
                ps.setString(1, property.value());
                ps.setString(2, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    try {
                        return Optional.of(Questionnaire.of(id, decodeItems(rs.getString(1))));
                    } catch (RuntimeException e) {
                        throw Rows.malformed(op, "questionnaire " + id, e);
                    }
                }
            }
        });
    }

    @Override
    public SurveyRound createRound(SurveyRound round) {
        Checks.notNull(round, "round");
        String op = "surveys.createRound";
        return db.call(op, c -> {
            boolean inserted;
            try (PreparedStatement ps = c.prepareStatement(insertRound)) {
                ps.setString(1, round.propertyId().value());
                ps.setString(2, round.roundId());
                ps.setString(3, round.period().toString());
                ps.setInt(4, round.occupiedUnits());
                ps.setInt(5, round.issued());
                ps.setString(6, round.questionnaireId());
                inserted = ps.executeUpdate() == 1;
            } catch (SQLException e) {
                if (!Dialect.isDuplicate(e)) {
                    throw e;
                }
                inserted = false;
            }
            if (!inserted) {
                throw new StorageException(SpiErrorCode.DUPLICATE, JdbcStorage.NAME, op, "survey round "
                        + round.roundId() + " already exists in property " + round.propertyId(), null);
            }
            return round;
        });
    }

    @Override
    public Optional<SurveyRound> findRound(PropertyId property, String roundId) {
        Checks.notNull(property, "property");
        Checks.notNull(roundId, "roundId");
        String op = "surveys.findRound";
        return db.call(op, c -> {
            try (PreparedStatement ps = c.prepareStatement(selectRound)) {
                ps.setString(1, property.value());
                ps.setString(2, roundId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    try {
                        return Optional.of(SurveyRound.of(property, roundId, YearMonth.parse(rs.getString(1)),
                                rs.getInt(2), rs.getInt(3), rs.getString(4)));
                    } catch (RuntimeException e) {
                        throw Rows.malformed(op, "survey round " + roundId, e);
                    }
                }
            }
        });
    }

    @Override
    public int addResponses(PropertyId property, String roundId, List<SurveyResponse> responses) {
        Checks.notNull(property, "property");
        Checks.notNull(roundId, "roundId");
        List<SurveyResponse> batch = Checks.list(responses, "responses");
        String op = "surveys.addResponses";
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < batch.size(); i++) {
            SurveyResponse r = batch.get(i);
            if (!r.roundId().equals(roundId)) {
                throw InvalidInputException.of("responses[" + i + "].roundId", r.roundId(),
                        "expected the round the batch is added to, " + roundId);
            }
            if (!ids.add(r.responseId())) {
                throw duplicate(op, r.responseId(), roundId, "is repeated in the batch");
            }
        }
        List<String[]> encoded = new ArrayList<>(batch.size());
        for (SurveyResponse r : batch) {
            encoded.add(new String[] {r.responseId(), r.unit(), r.building(), encodeAnswers(r.answers()),
                    Codec.map(r.attributes())});
        }
        return db.call(op, c -> {
            if (!roundExists(c, property, roundId)) {
                throw new NotFoundException(JdbcStorage.NAME, op, "survey round " + roundId + " in property "
                        + property);
            }
            if (batch.isEmpty()) {
                return 0;
            }
            checkNotStored(c, property, roundId, new ArrayList<>(ids), op);
            try (PreparedStatement ps = c.prepareStatement(insertResponse)) {
                for (String[] row : encoded) {
                    ps.setString(1, property.value());
                    ps.setString(2, roundId);
                    for (int k = 0; k < row.length; k++) {
                        ps.setString(3 + k, row[k]);
                    }
                    ps.addBatch();
                }
                ps.executeBatch();
            } catch (SQLException e) {
                if (Dialect.isDuplicate(e)) {
                    throw duplicate(op, "of the batch", roundId, "was stored meanwhile by another writer");
                }
                throw e;
            }
            return batch.size();
        });
    }

    private boolean roundExists(Connection c, PropertyId property, String roundId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(existsRound)) {
            ps.setString(1, property.value());
            ps.setString(2, roundId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private void checkNotStored(Connection c, PropertyId property, String roundId, List<String> ids, String op)
            throws SQLException {
        for (int from = 0; from < ids.size(); from += CHECK_CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHECK_CHUNK));
            try (PreparedStatement ps = c.prepareStatement(String.format(existingResponses,
                    Dialect.marks(chunk.size())))) {
                ps.setString(1, property.value());
                ps.setString(2, roundId);
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setString(3 + i, chunk.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        throw duplicate(op, rs.getString(1), roundId, "is already stored");
                    }
                }
            }
        }
    }

    private static StorageException duplicate(String op, String responseId, String roundId, String what) {
        return new StorageException(SpiErrorCode.DUPLICATE, JdbcStorage.NAME, op, "response " + responseId
                + " " + what + " in round " + roundId + "; nothing was written", null);
    }

    @Override
    public long countResponses(PropertyId property, String roundId) {
        Checks.notNull(property, "property");
        Checks.notNull(roundId, "roundId");
        return db.call("surveys.countResponses", c -> {
            try (PreparedStatement ps = c.prepareStatement(countResponses)) {
                ps.setString(1, property.value());
                ps.setString(2, roundId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    @Override
    public Stream<SurveyResponse> responses(PropertyId property, String roundId) {
        Checks.notNull(property, "property");
        Checks.notNull(roundId, "roundId");
        String op = "surveys.responses";
        return db.stream(op, c -> {
            PreparedStatement ps = c.prepareStatement(selectResponses, ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY);
            ps.setFetchSize(FETCH_SIZE);
            ps.setString(1, property.value());
            ps.setString(2, roundId);
            return ps;
        }, rs -> {
            String id = rs.getString(1);
            try {
                return new SurveyResponse(roundId, id, rs.getString(2), rs.getString(3),
                        decodeAnswers(rs.getString(4)), Codec.readMap(rs.getString(5)));
            } catch (RuntimeException e) {
                throw Rows.malformed(op, "response " + id, e);
            }
        });
    }

    // Questionnaire items: a JSON list of JSON objects, one per item.

    static String encodeItems(List<QuestionItem> items) {
        List<String> out = new ArrayList<>(items.size());
        for (QuestionItem item : items) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("id", item.id());
            m.put("zh", item.label().zh());
            m.put("en", item.label().en());
            m.put("scale", item.scale().id());
            m.put("satisfiedAtLeast", Integer.toString(item.satisfiedAtLeast()));
            m.put("options", Codec.list(item.options()));
            m.put("multiple", Boolean.toString(item.multiple()));
            out.add(Codec.map(m));
        }
        return Codec.list(out);
    }

    static List<QuestionItem> decodeItems(String text) {
        List<QuestionItem> items = new ArrayList<>();
        for (String s : Codec.readList(text)) {
            Map<String, String> m = Codec.readMap(s);
            items.add(new QuestionItem(m.get("id"), Label.of(m.get("zh"), m.get("en")), ScaleKind.parse(m.get("scale")),
                    Integer.parseInt(m.get("satisfiedAtLeast")), Codec.readList(m.get("options")),
                    Boolean.parseBoolean(m.get("multiple"))));
        }
        return items;
    }

    // Answers: item id -> a tagged token, so "not answered" and "not applicable" stay apart.

    static String encodeAnswers(Map<String, Answer> answers) {
        Map<String, String> out = new HashMap<>();
        answers.forEach((k, a) -> out.put(k, switch (a.kind()) {
            case NOT_ANSWERED -> "-";
            case NOT_APPLICABLE -> "NA";
            case SCORE -> "s:" + ((Answer.Score) a).value();
            case YES_NO -> ((Answer.YesNo) a).yes() ? "y:1" : "y:0";
            case NUMERIC -> "n:" + Double.toString(((Answer.Numeric) a).value());
            case CHOICE -> "c:" + Codec.list(((Answer.Choice) a).selected());
            case TEXT -> "t:" + ((Answer.Text) a).text();
        }));
        return Codec.map(new java.util.TreeMap<>(out));
    }

    static Map<String, Answer> decodeAnswers(String text) {
        Map<String, Answer> out = new HashMap<>();
        Codec.readMap(text).forEach((k, v) -> out.put(k, decodeAnswer(v)));
        return out;
    }

    private static Answer decodeAnswer(String v) {
        if (v.equals("-")) {
            return Answer.notAnswered();
        }
        if (v.equals("NA")) {
            return Answer.notApplicable();
        }
        String body = v.substring(2);
        switch (v.substring(0, 2)) {
            case "s:":
                return Answer.score(Integer.parseInt(body));
            case "y:":
                return Answer.yesNo(body.equals("1"));
            case "n:":
                return Answer.numeric(Double.parseDouble(body));
            case "c:":
                return Answer.choice(Codec.readList(body));
            case "t:":
                return Answer.text(body);
            default:
                throw new IllegalStateException("unknown answer token " + Checks.abbreviate(v));
        }
    }
}
