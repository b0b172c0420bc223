package io.propcare.model.survey;

import io.propcare.model.internal.Checks;
import io.propcare.spi.InvalidInputException;
import java.util.Map;

/**
 * One returned questionnaire: which round, which unit and building, the answer to each item, and
 * further attributes kept for analysis (design columns such as a weight or a stratum size).
 * An item missing from {@code answers} was not answered.
 *
 * <p>Implementation requirements: immutable value type.
 *
 * @param roundId the round id
 * @param responseId the response id, unique within its round
 * @param unit the unit (room) number, or {@code ""} when unknown (anonymous returns)
 * @param building the building, or {@code ""} when unknown
 * @param answers the answer per item id; unmodifiable
 * @param attributes further named values, such as design columns; unmodifiable
 * @since 0.1
 */
public record SurveyResponse(String roundId, String responseId, String unit, String building,
                             Map<String, Answer> answers, Map<String, String> attributes) {
    /** Checks every component. */
    public SurveyResponse {
        Ids.id(roundId, "response.roundId");
        Ids.id(responseId, "response.responseId");
        unit = Ids.optionalText(unit, "response.unit", 64);
        building = Ids.optionalText(building, "response.building", 64);
        answers = Checks.map(answers, "response.answers");
        attributes = Checks.map(attributes, "response.attributes");
        for (String key : answers.keySet()) {
            if (!Ids.FORM.matcher(key).matches()) {
                throw InvalidInputException.of("response.answers", key, "expected item ids of " + Ids.EXPECTED);
            }
        }
        for (Map.Entry<String, String> e : attributes.entrySet()) {
            if (e.getKey().isBlank() || e.getKey().length() > 64) {
                throw InvalidInputException.of("response.attributes", Checks.abbreviate(e.getKey()),
                        "expected attribute names of 1-64 characters");
            }
            if (e.getValue().length() > 2000) {
                throw InvalidInputException.of("response.attributes." + e.getKey(), Checks.abbreviate(e.getValue()),
                        "expected at most 2000 characters");
            }
        }
    }

    /**
     * Creates a response without attributes.
     *
     * @param roundId the round
     * @param responseId the response id
     * @param unit the unit, or {@code ""}
     * @param building the building, or {@code ""}
     * @param answers the answers per item id
     * @return the response
     */
    public static SurveyResponse of(String roundId, String responseId, String unit, String building,
                                    Map<String, Answer> answers) {
        return new SurveyResponse(roundId, responseId, unit, building, answers, Map.of());
    }

    /**
     * The answer to an item.
     *
     * @param itemId the item id
     * @return the answer, "not answered" when the item has none
     */
    public Answer answer(String itemId) {
        Checks.notNull(itemId, "itemId");
        return answers.getOrDefault(itemId, Answer.notAnswered());
    }

    /**
     * The same response with another set of attributes.
     *
     * @param newAttributes the attributes
     * @return a copy
     */
    public SurveyResponse withAttributes(Map<String, String> newAttributes) {
        return new SurveyResponse(roundId, responseId, unit, building, answers, newAttributes);
    }
}
