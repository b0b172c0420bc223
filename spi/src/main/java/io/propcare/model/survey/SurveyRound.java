package io.propcare.model.survey;

import io.propcare.model.PropertyId;
import io.propcare.model.internal.Checks;
import io.propcare.spi.InvalidInputException;
import java.time.YearMonth;

/**
 * One survey round of a property: the period it covers, the units occupied, the questionnaires
 * issued, and the questionnaire used. The distribution rate is {@code issued / occupiedUnits}.
 *
 * <p>Implementation requirements: immutable value type.
 *
 * @param propertyId the property
 * @param roundId the round id, 1-64 letters, digits, {@code . _ -}, such as {@code "2026-12"}
 * @param period the month the survey was run
 * @param occupiedUnits occupied units at the time, at least 0
 * @param issued questionnaires issued, 0 to {@code occupiedUnits}
 * @param questionnaireId the id of the questionnaire used
 * @since 0.1
 */
public record SurveyRound(PropertyId propertyId, String roundId, YearMonth period, int occupiedUnits,
                          int issued, String questionnaireId) {
    /** Checks every component. */
    public SurveyRound {
        Checks.notNull(propertyId, "round.propertyId");
        Ids.id(roundId, "round.roundId");
        Checks.notNull(period, "round.period");
        Checks.range(occupiedUnits, "round.occupiedUnits", 0, Integer.MAX_VALUE);
        if (issued < 0 || issued > occupiedUnits) {
            throw InvalidInputException.of("round.issued", issued,
                    "expected a number from 0 to occupiedUnits (" + occupiedUnits + ")");
        }
        Ids.id(questionnaireId, "round.questionnaireId");
    }

    /**
     * Creates a round.
     *
     * @param propertyId the property
     * @param roundId the round id
     * @param period the month
     * @param occupiedUnits occupied units
     * @param issued questionnaires issued
     * @param questionnaireId the questionnaire id
     * @return the round
     */
    public static SurveyRound of(PropertyId propertyId, String roundId, YearMonth period, int occupiedUnits,
                                 int issued, String questionnaireId) {
        return new SurveyRound(propertyId, roundId, period, occupiedUnits, issued, questionnaireId);
    }
}
