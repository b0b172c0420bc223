package io.propcare.survey;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the survey engine reports for one round: counts and rates, per-item statistics,
 * overall satisfaction, Cronbach's alpha, the Pareto of dissatisfied items with its cut, the
 * comparison with a previous period, breakdowns with small groups suppressed, and design-based
 * estimates. {@link #toJson()} writes it as JSON (non-finite numbers as {@code null}, absent parts
 * as {@code null}); {@link ResultsTable} writes the 问卷结果统计表 CSV. Built by {@link SurveyAnalysis}.
 *
 * <p>Implementation requirements: immutable value type.
 *
 * @param questionnaire the questionnaire id
 * @param period the round's period, if known
 * @param level the confidence level
 * @param intervalMethod the interval method for satisfaction rates
 * @param responses responses returned (rows accepted)
 * @param valid responses with at least one answer
 * @param rates distribution, recovery and valid rates, when the round is known
 * @param items per-item results in questionnaire order
 * @param overall satisfaction over all satisfaction5 items, when there are any
 * @param cronbachAlpha alpha over the satisfaction5 items, when there are at least two
 * @param pareto the Pareto of dissatisfied items, when there are satisfaction5 items
 * @param comparison the comparison with the previous period, when one was given
 * @param breakdowns one breakdown per requested column
 * @param design design-based estimates, when a design was given
 */
public record SurveyReport(String questionnaire, Optional<String> period, double level, String intervalMethod,
                           long responses, long valid, Optional<ResponseRates> rates, List<ItemResult> items,
                           Optional<Overall> overall, Optional<CronbachAlpha> cronbachAlpha,
                           Optional<ParetoResult> pareto, Optional<PeriodComparison> comparison,
                           List<Breakdown> breakdowns, Optional<DesignResults> design) {
    /** Copies the lists. */
    public SurveyReport {
        items = List.copyOf(Objects.requireNonNull(items, "items must not be null"));
        breakdowns = List.copyOf(Objects.requireNonNull(breakdowns, "breakdowns must not be null"));
    }

    /**
     * One item's results; exactly one of the scale-specific parts is present (none for text items).
     *
     * @param id the item id
     * @param labelZh the Chinese label
     * @param labelEn the English label
     * @param scale the scale id
     * @param answered real answers
     * @param notAnswered left empty
     * @param notApplicable marked not applicable
     * @param satisfaction satisfaction5 statistics
     * @param dissatisfied satisfaction5 answers counted as dissatisfied (for the Pareto)
     * @param nps nps statistics
     * @param yesNo yes/no statistics
     * @param numeric numeric statistics
     * @param choice choice statistics
     */
    public record ItemResult(String id, String labelZh, String labelEn, String scale, long answered, long notAnswered,
                             long notApplicable, Optional<ScoreSummary> satisfaction, Optional<Long> dissatisfied,
                             Optional<NetPromoter> nps, Optional<YesNoSummary> yesNo, Optional<NumericSummary> numeric,
                             Optional<ChoiceSummary> choice) {
    }

    /**
     * Yes/no answers.
     *
     * @param yes yes answers
     * @param no no answers
     * @param rate {@code yes / (yes + no)}
     * @param interval its interval
     */
    public record YesNoSummary(long yes, long no, double rate, Interval interval) {
    }

    /**
     * A numeric item.
     *
     * @param n answers
     * @param mean the mean
     * @param sd the sample standard deviation
     * @param se the standard error of the mean
     * @param total the sum of the answers
     * @param min the smallest answer
     * @param max the largest answer
     * @param meanInterval {@code mean ± t(n-1) se}
     */
    public record NumericSummary(long n, double mean, double sd, double se, double total, double min, double max,
                                 Interval meanInterval) {
    }

    /**
     * A choice item: each option's count and share of the respondents who answered; for single
     * choice the percentages add up to exactly 100 (largest remainder); for multiple choice each is
     * rounded on its own, since respondents may pick several.
     *
     * @param respondents respondents who chose something
     * @param options per option
     */
    public record ChoiceSummary(long respondents, List<OptionCount> options) {
        /** Copies the list. */
        public ChoiceSummary {
            options = List.copyOf(Objects.requireNonNull(options, "options must not be null"));
        }
    }

    /**
     * One option of a choice item.
     *
     * @param option the option
     * @param count respondents who chose it
     * @param share {@code count / respondents}
     * @param percent the share in percent, one decimal
     */
    public record OptionCount(String option, long count, double share, java.math.BigDecimal percent) {
    }

    /**
     * Satisfaction over all satisfaction5 answers: the share of satisfied answers among all valid
     * answers (each respondent's answers pooled). Answers of one respondent are not independent, so
     * the standard error treats respondents as clusters (ratio estimator, linearised), and the
     * interval uses the chosen method on the effective number of answers {@code R(1-R)/SE²}.
     *
     * @param respondents respondents with at least one valid satisfaction5 answer
     * @param answers valid satisfaction5 answers
     * @param satisfied satisfied answers
     * @param rate {@code satisfied / answers}
     * @param se its respondent-clustered standard error
     * @param effectiveAnswers {@code rate (1 - rate) / se²}
     * @param interval the interval
     * @param meanScore the mean of all satisfaction5 answers
     * @param target the satisfaction target
     * @param meetsTarget whether {@code rate >= target}
     */
    public record Overall(long respondents, long answers, long satisfied, double rate, double se,
                          double effectiveAnswers, Interval interval, double meanScore, double target,
                          boolean meetsTarget) {
    }

    /**
     * The Pareto with the cut the configuration chose.
     *
     * @param dissatisfiedAtMost satisfaction5 answers at most this count as dissatisfied
     * @param cut {@code "strict"} or {@code "classic"}
     * @param improvementItems the items of that cut: the main improvement items
     * @param pareto both cuts and every row
     */
    public record ParetoResult(int dissatisfiedAtMost, String cut, List<String> improvementItems, Pareto pareto) {
        /** Copies the list. */
        public ParetoResult {
            improvementItems = List.copyOf(Objects.requireNonNull(improvementItems, "improvementItems must not be null"));
        }
    }

    /**
     * The comparison with a previous period (first sample: this period, second: the previous one).
     *
     * @param previousPeriod the previous period, if known
     * @param previousResponses responses of the previous period
     * @param overall the two overall satisfaction rates (answers pooled; see {@link Overall} on clustering)
     * @param items per satisfaction5 item
     * @param yesNo per yes/no item: the two yes rates compared
     * @param nps per nps item: the difference of the two scores
     */
    public record PeriodComparison(Optional<String> previousPeriod, long previousResponses,
                                   Optional<TwoProportionTest> overall, List<ItemComparison> items,
                                   List<YesNoComparison> yesNo, List<NpsComparison> nps) {
        /** Copies the lists. */
        public PeriodComparison {
            items = List.copyOf(Objects.requireNonNull(items, "items must not be null"));
            yesNo = List.copyOf(Objects.requireNonNull(yesNo, "yesNo must not be null"));
            nps = List.copyOf(Objects.requireNonNull(nps, "nps must not be null"));
        }
    }

    /**
     * One yes/no item in two periods.
     *
     * @param item the item id
     * @param test the two yes rates compared
     */
    public record YesNoComparison(String item, TwoProportionTest test) {
    }

    /**
     * One nps item in two periods: independent samples, so the standard error of the difference is
     * {@code sqrt(se1² + se2²)} of the plug-in standard errors, with a two-sided z test and a Wald interval.
     *
     * @param item the item id
     * @param current this period's score
     * @param previous the previous period's score
     * @param difference {@code current - previous}
     * @param se its standard error
     * @param z {@code difference / se}
     * @param pValue the two-sided p-value; NaN when {@code se = 0}
     * @param interval {@code difference ± z se}
     */
    public record NpsComparison(String item, double current, double previous, double difference, double se,
                                double z, double pValue, Interval interval) {
    }

    /**
     * One satisfaction5 item in two periods.
     *
     * @param item the item id
     * @param satisfaction the two satisfaction rates compared
     * @param distribution chi-square on the 2×5 table of answers
     * @param ranks Mann–Whitney on the answers
     * @param meanDifference this period's mean minus the previous one's
     */
    public record ItemComparison(String item, TwoProportionTest satisfaction, ContingencyTest distribution,
                                 MannWhitney ranks, double meanDifference) {
    }

    /**
     * Results broken down by one column; groups below the minimum size show only that they exist.
     *
     * @param column the column
     * @param minGroupSize the minimum group size
     * @param groups the groups in order of their values
     * @param satisfiedByGroup chi-square of satisfied vs not satisfied answers across the groups shown
     */
    public record Breakdown(String column, int minGroupSize, List<Group> groups,
                            Optional<ContingencyTest> satisfiedByGroup) {
        /** Copies the list. */
        public Breakdown {
            groups = List.copyOf(Objects.requireNonNull(groups, "groups must not be null"));
        }
    }

    /**
     * One group of a breakdown.
     *
     * @param value the column value ({@code ""} when missing)
     * @param suppressed true when no figures are shown: the group has fewer responses than the
     *                   minimum, or it is the smallest other group, hidden so that the one small
     *                   group cannot be recovered as the total minus the groups shown
     * @param suppression why: {@code "small"}, {@code "complementary"}, or {@code ""} when shown
     * @param responses responses, unless suppressed
     * @param overall overall satisfaction, unless suppressed
     * @param items per satisfaction5 item: answers, satisfaction rate and mean, unless suppressed
     */
    public record Group(String value, boolean suppressed, String suppression, Optional<Long> responses,
                        Optional<Overall> overall,
                        List<GroupItem> items) {
        /** Copies the list. */
        public Group {
            items = List.copyOf(Objects.requireNonNull(items, "items must not be null"));
        }
    }

    /**
     * A satisfaction5 item within a group.
     *
     * @param item the item id
     * @param n valid answers
     * @param satisfactionRate the satisfaction rate
     * @param interval its interval
     * @param mean the mean answer
     */
    public record GroupItem(String item, long n, double satisfactionRate, Interval interval, double mean) {
    }

    /**
     * Design-based estimates.
     *
     * @param design the design
     * @param rows respondents in the design
     * @param degf degrees of freedom
     * @param means the mean of every score, numeric and yes/no item, and the satisfaction share
     *              ({@code item:satisfied}) of every satisfaction5 item
     * @param totals the total of every numeric item
     * @param proportions {@code svyciprop} intervals for yes/no and satisfaction shares
     * @param byGroup {@code svyby} means by the first breakdown column, suppressed groups left out
     */
    public record DesignResults(SurveyDesign design, long rows, double degf, List<DesignEstimate> means,
                                List<DesignEstimate> totals, List<DesignProportion> proportions,
                                List<DesignEstimate> byGroup) {
        /** Copies the lists. */
        public DesignResults {
            means = List.copyOf(Objects.requireNonNull(means, "means must not be null"));
            totals = List.copyOf(Objects.requireNonNull(totals, "totals must not be null"));
            proportions = List.copyOf(Objects.requireNonNull(proportions, "proportions must not be null"));
            byGroup = List.copyOf(Objects.requireNonNull(byGroup, "byGroup must not be null"));
        }
    }

    /**
     * A design-based proportion with its {@code svyciprop} interval.
     *
     * @param variable the 0/1 variable
     * @param estimate the proportion
     * @param se its standard error
     * @param interval the interval
     */
    public record DesignProportion(String variable, double estimate, double se, Interval interval) {
    }

    private static final JsonMapper MAPPER = mapper();

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static JsonMapper mapper() {
        SimpleModule m = new SimpleModule("propcare-survey-report");
        m.addSerializer(Optional.class, new StdSerializer<Optional>(Optional.class) {
            private static final long serialVersionUID = 1L;

            @Override
            public void serialize(Optional value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                if (value.isPresent()) {
                    provider.defaultSerializeValue(value.get(), gen);
                } else {
                    gen.writeNull();
                }
            }
        });
        StdSerializer<Double> finite = new StdSerializer<>(Double.class) {
            private static final long serialVersionUID = 1L;

            @Override
            public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                if (value == null || !Double.isFinite(value)) {
                    gen.writeNull();
                } else {
                    gen.writeNumber(value);
                }
            }
        };
        m.addSerializer(Double.class, finite);
        m.addSerializer(double.class, finite);
        return JsonMapper.builder().addModule(m).disable(SerializationFeature.FAIL_ON_EMPTY_BEANS).build();
    }

    /**
     * The report as one JSON object.
     *
     * @return the JSON text
     */
    public String toJson() {
        try {
            return MAPPER.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
