package io.propcare.survey;

import io.propcare.model.survey.QuestionItem;
import io.propcare.model.survey.ScaleKind;
import io.propcare.model.survey.SurveyRound;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns aggregates into a {@link SurveyReport}: the statistics are computed here from the sums
 * an aggregate kept, so building a report costs time in items and groups, not responses.
 *
 * <p>Implementation requirements: stateless, thread-safe.
 */
public final class SurveyAnalysis {
    private SurveyAnalysis() {
    }

    /**
     * The report of one round, optionally compared with a previous one.
     *
     * @param current this round's aggregate
     * @param previous the previous round's aggregate, same questionnaire, or empty
     * @param level the confidence level, such as 0.95
     * @param method the interval method for satisfaction rates
     * @return the report
     */
    public static SurveyReport report(SurveyAggregate current, Optional<SurveyAggregate> previous, double level,
                                      IntervalMethod method) {
        Objects.requireNonNull(current, "current must not be null");
        Objects.requireNonNull(previous, "previous must not be null");
        Objects.requireNonNull(method, "method must not be null");
        Proportions.checkLevel(level);
        SurveyConfig config = current.config();
        SurveyAggregate.Block all = current.all();
        Optional<SurveyRound> round = config.round();
        Optional<ResponseRates> rates = round.map(r -> ResponseRates.of(r.occupiedUnits(), r.issued(),
                all.responses, all.valid, config.minimumRecovery()));
        List<SurveyReport.ItemResult> items = new ArrayList<>();
        Map<String, Long> dissatisfied = new LinkedHashMap<>();
        List<QuestionItem> qs = current.items();
        for (int i = 0; i < qs.size(); i++) {
            SurveyReport.ItemResult r = item(current, all, i, level, method);
            items.add(r);
            r.dissatisfied().ifPresent(d -> dissatisfied.put(r.id(), d));
        }
        Optional<SurveyReport.Overall> overall = current.satisfactionItems().length == 0 ? Optional.empty()
                : Optional.of(overall(current, all, level, method));
        Optional<CronbachAlpha> alpha = current.satisfactionItems().length >= 2
                ? Optional.of(current.alphaSums().result(level)) : Optional.empty();
        Optional<SurveyReport.ParetoResult> pareto = Optional.empty();
        if (!dissatisfied.isEmpty()) {
            Pareto p = Pareto.of(dissatisfied, config.paretoThreshold());
            boolean strict = config.paretoCut() == SurveyConfig.ParetoCut.STRICT;
            pareto = Optional.of(new SurveyReport.ParetoResult(config.dissatisfiedAtMost(),
                    strict ? "strict" : "classic", strict ? p.strictCut() : p.classicCut(), p));
        }
        Optional<SurveyReport.PeriodComparison> comparison = previous.map(prev -> compare(current, prev, level));
        List<SurveyReport.Breakdown> breakdowns = new ArrayList<>();
        for (int g = 0; g < current.byColumns().size(); g++) {
            breakdowns.add(breakdown(current, g, level, method));
        }
        Optional<SurveyReport.DesignResults> design = current.estimator().map(e -> design(current, e, level, method));
        return new SurveyReport(config.questionnaire().id(), round.map(r -> r.period().toString()), level, method.id(),
                all.responses, all.valid, rates, items, overall, alpha, pareto, comparison, breakdowns, design);
    }

    private static SurveyReport.ItemResult item(SurveyAggregate agg, SurveyAggregate.Block b, int i, double level,
                                                IntervalMethod method) {
        QuestionItem it = agg.items().get(i);
        Optional<ScoreSummary> sat = Optional.empty();
        Optional<Long> dis = Optional.empty();
        Optional<NetPromoter> nps = Optional.empty();
        Optional<SurveyReport.YesNoSummary> yn = Optional.empty();
        Optional<SurveyReport.NumericSummary> num = Optional.empty();
        Optional<SurveyReport.ChoiceSummary> choice = Optional.empty();
        switch (it.scale()) {
            case SATISFACTION5 -> {
                long[] c = b.scoreCounts(i, 1, 5);
                sat = Optional.of(ScoreSummary.ofSatisfaction5(c, it.satisfiedAtLeast(), level, method));
                long d = 0;
                for (int s = 1; s <= agg.config().dissatisfiedAtMost(); s++) {
                    d += c[s - 1];
                }
                dis = Optional.of(d);
            }
            case NPS -> nps = Optional.of(NetPromoter.ofCounts(b.scoreCounts(i, 0, 10), it.satisfiedAtLeast(), level));
            case YESNO -> {
                long[] c = b.scoreCounts(i, 0, 1);
                long n = c[0] + c[1];
                yn = Optional.of(new SurveyReport.YesNoSummary(c[1], c[0], n == 0 ? Double.NaN : (double) c[1] / n,
                        n == 0 ? new Interval(Double.NaN, Double.NaN, level, method.id())
                                : Proportions.interval(c[1], n, level, method)));
            }
            case NUMERIC -> {
                long n = b.answered(i);
                double sd = n > 1 ? Math.sqrt(b.numM2[i] / (n - 1)) : Double.NaN;
                double se = sd / Math.sqrt(n);
                double mean = n == 0 ? Double.NaN : b.numMean[i];
                double t = n > 1 ? -Distributions.tQuantile((1 - level) / 2, n - 1) : Double.NaN;
                num = Optional.of(new SurveyReport.NumericSummary(n, mean, sd, se, n == 0 ? 0 : mean * n,
                        n == 0 ? Double.NaN : b.numMin[i], n == 0 ? Double.NaN : b.numMax[i],
                        new Interval(mean - t * se, mean + t * se, level, "t")));
            }
            case CHOICE -> {
                long respondents = b.answered(i);
                long[] c = b.optionCounts(i);
                List<BigDecimal> pct = it.multiple() ? null : LargestRemainder.percentages(c, 1);
                List<SurveyReport.OptionCount> opts = new ArrayList<>();
                for (int o = 0; o < c.length; o++) {
                    double share = respondents == 0 ? Double.NaN : (double) c[o] / respondents;
                    BigDecimal p = pct != null ? pct.get(o) : respondents == 0 ? BigDecimal.ZERO.setScale(1)
                            : BigDecimal.valueOf(c[o] * 1000L).divide(BigDecimal.valueOf(respondents), 0,
                            RoundingMode.HALF_EVEN).movePointLeft(1);
                    opts.add(new SurveyReport.OptionCount(it.options().get(o), c[o], share, p));
                }
                choice = Optional.of(new SurveyReport.ChoiceSummary(respondents, opts));
            }
            default -> {
            }
        }
        return new SurveyReport.ItemResult(it.id(), it.label().zh(), it.label().en(), it.scale().id(), b.answered(i),
                b.notAnswered(i), b.notApplicable(i), sat, dis, nps, yn, num, choice);
    }

    static SurveyReport.Overall overall(SurveyAggregate agg, SurveyAggregate.Block b, double level,
                                        IntervalMethod method) {
        long answers = b.sumV;
        long satisfied = b.sumS;
        double target = agg.config().satisfactionTarget();
        long sumScores = 0;
        for (int i : agg.satisfactionItems()) {
            long[] c = b.scoreCounts(i, 1, 5);
            for (int s = 1; s <= 5; s++) {
                sumScores += s * c[s - 1];
            }
        }
        if (answers == 0) {
            return new SurveyReport.Overall(0, 0, 0, Double.NaN, Double.NaN, Double.NaN,
                    new Interval(Double.NaN, Double.NaN, level, method.id()), Double.NaN, target, false);
        }
        double rate = (double) satisfied / answers;
        long n = b.respondents;
        double se = Double.NaN;
        if (n > 1) {
            // ratio estimator, respondents as clusters: n/(n-1) Σ (s - R v)² / (Σ v)²
            double resid = DesignEstimator.noiseFloor(b.sumSS + rate * rate * b.sumVV, 2 * rate * b.sumSV);
            se = Math.sqrt(Math.max(0, (double) n / (n - 1) * resid) / ((double) answers * answers));
        }
        double eff = se > 0 ? rate * (1 - rate) / (se * se) : answers;
        eff = Math.min(Math.max(eff, 1), answers * (double) answers);
        Interval interval;
        if (method.isDesignBased()) {
            interval = Proportions.fromEstimate(rate, Double.isNaN(se) ? 0 : se, n > 1 ? n - 1 : Double.POSITIVE_INFINITY,
                    Math.max(n, 2), level, method);
        } else {
            interval = Proportions.interval(rate * eff, eff, level, method);
        }
        boolean meets = new BigDecimal(satisfied).compareTo(
                new BigDecimal(Double.toString(target)).multiply(BigDecimal.valueOf(answers))) >= 0;
        return new SurveyReport.Overall(n, answers, satisfied, rate, se, eff, interval, (double) sumScores / answers,
                target, meets);
    }

    private static SurveyReport.PeriodComparison compare(SurveyAggregate cur, SurveyAggregate prev, double level) {
        if (!cur.items().equals(prev.items())) {
            throw new IllegalArgumentException("the previous period must use the same questionnaire items");
        }
        SurveyAggregate.Block a = cur.all();
        SurveyAggregate.Block b = prev.all();
        Optional<TwoProportionTest> overall = a.sumV > 0 && b.sumV > 0
                ? Optional.of(TwoProportionTest.of(a.sumS, a.sumV, b.sumS, b.sumV, level)) : Optional.empty();
        List<SurveyReport.ItemComparison> items = new ArrayList<>();
        for (int i : cur.satisfactionItems()) {
            QuestionItem it = cur.items().get(i);
            long[] ca = a.scoreCounts(i, 1, 5);
            long[] cb = b.scoreCounts(i, 1, 5);
            long na = 0;
            long nb = 0;
            long sa = 0;
            long sb = 0;
            double ma = 0;
            double mb = 0;
            for (int s = 1; s <= 5; s++) {
                na += ca[s - 1];
                nb += cb[s - 1];
                ma += s * ca[s - 1];
                mb += s * cb[s - 1];
                if (s >= it.satisfiedAtLeast()) {
                    sa += ca[s - 1];
                    sb += cb[s - 1];
                }
            }
            if (na == 0 || nb == 0) {
                continue;
            }
            items.add(new SurveyReport.ItemComparison(it.id(), TwoProportionTest.of(sa, na, sb, nb, level),
                    ContingencyTest.of(new long[][] {ca, cb}, true), MannWhitney.ofCounts(1, ca, cb),
                    ma / na - mb / nb));
        }
        List<SurveyReport.YesNoComparison> yesNo = new ArrayList<>();
        List<SurveyReport.NpsComparison> nps = new ArrayList<>();
        double zc = Proportions.z(level);
        for (int i = 0; i < cur.items().size(); i++) {
            QuestionItem it = cur.items().get(i);
            if (it.scale() == ScaleKind.YESNO) {
                long[] ca = a.scoreCounts(i, 0, 1);
                long[] cb = b.scoreCounts(i, 0, 1);
                if (ca[0] + ca[1] > 0 && cb[0] + cb[1] > 0) {
                    yesNo.add(new SurveyReport.YesNoComparison(it.id(),
                            TwoProportionTest.of(ca[1], ca[0] + ca[1], cb[1], cb[0] + cb[1], level)));
                }
            } else if (it.scale() == ScaleKind.NPS) {
                NetPromoter na = NetPromoter.ofCounts(a.scoreCounts(i, 0, 10), it.satisfiedAtLeast(), level);
                NetPromoter nb = NetPromoter.ofCounts(b.scoreCounts(i, 0, 10), it.satisfiedAtLeast(), level);
                if (na.n() > 0 && nb.n() > 0) {
                    double diff = na.nps() - nb.nps();
                    double se = Math.sqrt(na.sePlugin() * na.sePlugin() + nb.sePlugin() * nb.sePlugin());
                    double z = se > 0 ? diff / se : Double.NaN;
                    double p = se > 0 ? Math.min(1, 2 * Distributions.normalUpperTail(Math.abs(z))) : Double.NaN;
                    nps.add(new SurveyReport.NpsComparison(it.id(), na.nps(), nb.nps(), diff, se, z, p,
                            new Interval(diff - zc * se, diff + zc * se, level, "wald")));
                }
            }
        }
        return new SurveyReport.PeriodComparison(prev.config().round().map(r -> r.period().toString()),
                b.responses, overall, items, yesNo, nps);
    }

    /**
     * The groups to suppress and why: those below the minimum size ("small"), and when exactly one
     * group is small, also the smallest other group ("complementary"), since the small one would
     * otherwise be the total minus the groups shown.
     */
    static Map<String, String> suppressed(Map<String, SurveyAggregate.Block> groups, int min) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, SurveyAggregate.Block> e : groups.entrySet()) {
            if (e.getValue().responses < min) {
                out.put(e.getKey(), "small");
            }
        }
        if (out.size() == 1 && groups.size() > 1) {
            String smallest = null;
            long size = Long.MAX_VALUE;
            for (Map.Entry<String, SurveyAggregate.Block> e : groups.entrySet()) {
                if (!out.containsKey(e.getKey()) && e.getValue().responses < size) {
                    smallest = e.getKey();
                    size = e.getValue().responses;
                }
            }
            out.put(smallest, "complementary");
        }
        return out;
    }

    private static SurveyReport.Breakdown breakdown(SurveyAggregate agg, int g, double level, IntervalMethod method) {
        int min = agg.config().minGroupSize();
        List<SurveyReport.Group> groups = new ArrayList<>();
        List<long[]> table = new ArrayList<>();
        Map<String, SurveyAggregate.Block> blocks = agg.groups().get(g);
        Map<String, String> hidden = suppressed(blocks, min);
        for (Map.Entry<String, SurveyAggregate.Block> e : blocks.entrySet()) {
            SurveyAggregate.Block b = e.getValue();
            if (hidden.containsKey(e.getKey())) {
                groups.add(new SurveyReport.Group(e.getKey(), true, hidden.get(e.getKey()), Optional.empty(),
                        Optional.empty(), List.of()));
                continue;
            }
            List<SurveyReport.GroupItem> items = new ArrayList<>();
            for (int i : agg.satisfactionItems()) {
                QuestionItem it = agg.items().get(i);
                ScoreSummary s = ScoreSummary.ofSatisfaction5(b.scoreCounts(i, 1, 5), it.satisfiedAtLeast(), level,
                        method.isDesignBased() ? IntervalMethod.WILSON : method);
                items.add(new SurveyReport.GroupItem(it.id(), s.n(), s.satisfactionRate(), s.interval(), s.mean()));
            }
            Optional<SurveyReport.Overall> overall = agg.satisfactionItems().length == 0 ? Optional.empty()
                    : Optional.of(overall(agg, b, level, method));
            groups.add(new SurveyReport.Group(e.getKey(), false, "", Optional.of(b.responses), overall, items));
            if (b.sumV > 0) {
                table.add(new long[] {b.sumS, b.sumV - b.sumS});
            }
        }
        Optional<ContingencyTest> test = table.size() >= 2
                ? Optional.of(ContingencyTest.of(table.toArray(new long[0][]), true)) : Optional.empty();
        return new SurveyReport.Breakdown(agg.byColumns().get(g), min, groups, test);
    }

    private static SurveyReport.DesignResults design(SurveyAggregate agg, DesignEstimator e, double level,
                                                     IntervalMethod method) {
        SurveyDesign d = agg.design().orElseThrow();
        List<DesignEstimate> means = new ArrayList<>();
        List<DesignEstimate> totals = new ArrayList<>();
        List<SurveyReport.DesignProportion> props = new ArrayList<>();
        IntervalMethod pm = method.isDesignBased() ? method : IntervalMethod.LOGIT;
        for (String v : agg.designVariables()) {
            DesignEstimate m = e.mean(v, "", d, level);
            means.add(m);
            String itemId = v.endsWith(":satisfied") ? v.substring(0, v.length() - ":satisfied".length()) : v;
            ScaleKind kind = agg.config().questionnaire().item(itemId).orElseThrow().scale();
            if (kind == ScaleKind.NUMERIC) {
                totals.add(e.total(v, "", d, level));
            }
            if ((v.endsWith(":satisfied") || kind == ScaleKind.YESNO) && m.n() > 0) {
                props.add(new SurveyReport.DesignProportion(v, m.estimate(), m.se(),
                        e.proportionInterval(v, "", d, level, pm)));
            }
        }
        List<DesignEstimate> by = new ArrayList<>();
        if (!agg.byColumns().isEmpty()) {
            Map<String, SurveyAggregate.Block> groups = agg.groups().get(0);
            Map<String, String> hidden = suppressed(groups, agg.config().minGroupSize());
            for (String g : e.groups()) {
                if (!groups.containsKey(g) || hidden.containsKey(g)) {
                    continue;
                }
                for (String v : agg.designVariables()) {
                    by.add(e.mean(v, g, d, level));
                }
            }
        }
        return new SurveyReport.DesignResults(d, e.rows(), e.degreesOfFreedom(), means, totals, props, by);
    }
}
