/**
 * Survey value types that adapters store: the questionnaire and its items, the survey round and
 * the responses with their answers. "Not answered" and "not applicable" are answers of their own
 * kind ({@link io.propcare.model.survey.Answer.NotAnswered}, {@link io.propcare.model.survey.Answer.NotApplicable}),
 * never mixed with scores. The statistics engine and its results live in {@code io.propcare.survey}
 * in core. Everything is non-null unless documented.
 */
package io.propcare.model.survey;
