/**
 * The survey statistics engine: questionnaire configuration, CSV and JSON ingest with every bad
 * row reported, one-pass mergeable aggregates, intervals and tests, the Pareto of dissatisfied
 * items, design-based estimates following R's {@code survey} package, and the report (JSON and the
 * 问卷结果统计表 CSV). Everything is non-null unless documented.
 *
 * <p>Entry points: {@link io.propcare.survey.SurveyConfig} reads a questionnaire file,
 * {@link io.propcare.survey.ResponseReader} reads responses, {@link io.propcare.survey.SurveyAggregate}
 * accumulates them, {@link io.propcare.survey.SurveyReport} is the result. The statistical
 * building blocks ({@link io.propcare.survey.Proportions}, {@link io.propcare.survey.TwoProportionTest},
 * {@link io.propcare.survey.ContingencyTest}, {@link io.propcare.survey.MannWhitney},
 * {@link io.propcare.survey.CronbachAlpha}, {@link io.propcare.survey.NetPromoter},
 * {@link io.propcare.survey.LargestRemainder}, {@link io.propcare.survey.Pareto},
 * {@link io.propcare.survey.Distributions}) are usable on their own.
 */
@Beta
package io.propcare.survey;

import io.propcare.spi.Beta;
