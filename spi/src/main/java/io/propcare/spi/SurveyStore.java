package io.propcare.spi;

import io.propcare.model.PropertyId;
import io.propcare.model.survey.Questionnaire;
import io.propcare.model.survey.SurveyResponse;
import io.propcare.model.survey.SurveyRound;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Stores questionnaires, survey rounds and their responses, scoped to one property per call.
 * Responses are streamed, never loaded all at once.
 *
 * <p>Implementation requirements: thread-safe, atomic writes (a batch is all or nothing),
 * property isolation. The compatibility kit's {@code SurveyStoreContract} checks every clause.
 *
 * @since 0.1
 */
public interface SurveyStore {
    /**
     * Stores a questionnaire, replacing one with the same id in the property.
     *
     * @param property the property
     * @param questionnaire the questionnaire
     */
    void saveQuestionnaire(PropertyId property, Questionnaire questionnaire);

    /**
     * Loads a questionnaire.
     *
     * @param property the property
     * @param id the questionnaire id
     * @return the questionnaire, or empty
     */
    Optional<Questionnaire> findQuestionnaire(PropertyId property, String id);

    /**
     * Creates a survey round.
     *
     * @param round the round; its property id scopes the call
     * @return the round
     * @throws StorageException with {@link SpiErrorCode#DUPLICATE} when the round id exists in the property
     */
    SurveyRound createRound(SurveyRound round);

    /**
     * Loads a round.
     *
     * @param property the property
     * @param roundId the round id
     * @return the round, or empty
     */
    Optional<SurveyRound> findRound(PropertyId property, String roundId);

    /**
     * Adds a batch of responses to a round, all or nothing.
     *
     * <p>Kit groups: "responses", "bad input".
     *
     * @param property the property
     * @param roundId the round
     * @param responses the responses; each must name this round
     * @return how many were added
     * @throws NotFoundException when the round does not exist in the property
     * @throws InvalidInputException when a response names another round
     * @throws StorageException with {@link SpiErrorCode#DUPLICATE} when a response id is already
     *     stored in the round or repeated in the batch; nothing is written
     */
    int addResponses(PropertyId property, String roundId, List<SurveyResponse> responses);

    /**
     * Counts a round's responses.
     *
     * @param property the property
     * @param roundId the round
     * @return the count, 0 for an unknown round
     */
    long countResponses(PropertyId property, String roundId);

    /**
     * Streams a round's responses ordered by response id, without loading them all. The stream
     * holds resources (a cursor): close it, e.g. with try-with-resources.
     *
     * <p>Kit group: "responses".
     *
     * @param property the property
     * @param roundId the round
     * @return the responses; empty for an unknown round
     */
    Stream<SurveyResponse> responses(PropertyId property, String roundId);
}
