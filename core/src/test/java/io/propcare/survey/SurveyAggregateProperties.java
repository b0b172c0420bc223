package io.propcare.survey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.propcare.model.survey.Answer;
import io.propcare.model.survey.SurveyResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class SurveyAggregateProperties {
    private static final SurveyConfig CONFIG = SurveyConfig.parse("""
            {"round": {"period": "2026-06", "occupiedUnits": 400, "issued": 400},
             "items": [
               {"id": "front_desk", "scale": "satisfaction5"},
               {"id": "cleaning", "scale": "satisfaction5", "satisfiedAtLeast": 3},
               {"id": "repairs", "scale": "satisfaction5"},
               {"id": "recommend", "scale": "nps"},
               {"id": "pets", "scale": "yesno"},
               {"id": "years", "scale": "numeric"},
               {"id": "reasons", "scale": "choice", "options": ["slow", "rude", "not fixed"], "multiple": true}],
             "minGroupSize": 3}
            """, "properties.json");
    private static final SurveyDesign DESIGN = SurveyDesign.of("building", "units", "")
            .withPostStratification("tenure", Map.of("owner", 150.0, "tenant", 250.0));
    private static final ObjectMapper JSON = new ObjectMapper();

    @Provide
    Arbitrary<List<SurveyResponse>> responses() {
        Arbitrary<Answer> score5 = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.integers().between(1, 5).map(Answer::score)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Answer.notAnswered())),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Answer.notApplicable())));
        Arbitrary<Answer> nps = Arbitraries.integers().between(0, 10).map(Answer::score);
        Arbitrary<Answer> yes = Arbitraries.of(Answer.yesNo(true), Answer.yesNo(false), Answer.notAnswered());
        Arbitrary<Answer> years = Arbitraries.integers().between(0, 40).map(i -> Answer.numeric(i / 2.0));
        Arbitrary<Answer> reasons = Arbitraries.subsetOf("slow", "rude", "not fixed")
                .map(s -> s.isEmpty() ? Answer.notAnswered() : Answer.choice(new ArrayList<>(new java.util.TreeSet<>(s))));
        Arbitrary<String> building = Arbitraries.of("1", "2", "3");
        Arbitrary<String> tenure = Arbitraries.of("owner", "tenant");
        Arbitrary<SurveyResponse> one = Combinators.combine(List.of(score5, score5, score5, nps, yes, years, reasons))
                .as(list -> list).flatMap(answers -> Combinators.combine(building, tenure).as((b, t) -> {
                    Map<String, Answer> m = new HashMap<>();
                    String[] ids = {"front_desk", "cleaning", "repairs", "recommend", "pets", "years", "reasons"};
                    for (int i = 0; i < ids.length; i++) {
                        Answer a = answers.get(i);
                        if (a.kind() != Answer.Kind.NOT_ANSWERED) {
                            m.put(ids[i], a);
                        }
                    }
                    String units = b.equals("1") ? "200" : b.equals("2") ? "120" : "80";
                    return new SurveyResponse("2026-06", "r" + Math.abs(m.hashCode()), "", b, m,
                            Map.of("units", units, "tenure", t));
                }));
        return one.list().ofMinSize(8).ofMaxSize(60).filter(l -> {
            // each post-stratum and each stratum twice, so the design is estimable
            long owners = l.stream().filter(r -> r.attributes().get("tenure").equals("owner")).count();
            Map<String, Long> perBuilding = new HashMap<>();
            l.forEach(r -> perBuilding.merge(r.building(), 1L, Long::sum));
            return owners >= 1 && owners < l.size() && perBuilding.values().stream().allMatch(c -> c >= 2);
        });
    }

    private static SurveyAggregate aggregate(List<SurveyResponse> rs) {
        SurveyAggregate a = SurveyAggregate.create(CONFIG, List.of("building"), Optional.of(DESIGN));
        rs.forEach(a::add);
        return a;
    }

    private static JsonNode report(SurveyAggregate a) throws Exception {
        return JSON.readTree(SurveyAnalysis.report(a, Optional.empty(), 0.95, IntervalMethod.WILSON).toJson());
    }

    /** Compares two JSON trees, numbers within 1e-9 relative (sums in another order round differently). */
    private static void assertSame(JsonNode a, JsonNode b, String path) {
        if (a.isNumber() && b.isNumber()) {
            double x = a.doubleValue();
            double y = b.doubleValue();
            assertThat(Math.abs(x - y)).as(path + ": " + x + " vs " + y).isLessThanOrEqualTo(1e-9 * Math.max(1, Math.abs(x)));
            return;
        }
        assertThat(b.getNodeType()).as(path).isEqualTo(a.getNodeType());
        if (a.isObject()) {
            Iterator<String> names = a.fieldNames();
            while (names.hasNext()) {
                String n = names.next();
                assertSame(a.get(n), b.get(n), path + "." + n);
            }
            assertThat(b.size()).as(path).isEqualTo(a.size());
        } else if (a.isArray()) {
            assertThat(b.size()).as(path).isEqualTo(a.size());
            for (int i = 0; i < a.size(); i++) {
                assertSame(a.get(i), b.get(i), path + "[" + i + "]");
            }
        } else {
            assertThat(b).as(path).isEqualTo(a);
        }
    }

    @Property(tries = 100)
    void statisticsDoNotDependOnResponseOrder(@ForAll("responses") List<SurveyResponse> rs, @ForAll long seed)
            throws Exception {
        List<SurveyResponse> shuffled = new ArrayList<>(rs);
        Collections.shuffle(shuffled, new Random(seed));
        assertSame(report(aggregate(rs)), report(aggregate(shuffled)), "$");
    }

    @Property(tries = 100)
    void mergingPartsEqualsAggregatingEverything(@ForAll("responses") List<SurveyResponse> rs,
                                                 @ForAll @IntRange(min = 0, max = 60) int cut) throws Exception {
        int c = Math.min(cut, rs.size());
        SurveyAggregate left = aggregate(rs.subList(0, c));
        SurveyAggregate right = aggregate(rs.subList(c, rs.size()));
        left.merge(right);
        assertSame(report(aggregate(rs)), report(left), "$");
    }

    @Property(tries = 100)
    void ratesStayWithinZeroAndOne(@ForAll("responses") List<SurveyResponse> rs) {
        SurveyReport r = SurveyAnalysis.report(aggregate(rs), Optional.empty(), 0.95, IntervalMethod.WILSON);
        ResponseRates rates = r.rates().orElseThrow();
        assertThat(rates.distributionRate()).isBetween(0.0, 1.0);
        assertThat(rates.recoveryRate()).isBetween(0.0, 1.0);
        assertThat(rates.validRate()).isBetween(0.0, 1.0);
        for (SurveyReport.ItemResult it : r.items()) {
            it.satisfaction().filter(s -> s.n() > 0).ifPresent(s -> {
                assertThat(s.satisfactionRate()).isBetween(0.0, 1.0);
                assertThat(s.interval().lower()).isBetween(0.0, s.satisfactionRate());
                assertThat(s.interval().upper()).isBetween(s.satisfactionRate(), 1.0);
                assertThat(s.percentages().stream().reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add))
                        .isEqualByComparingTo("100");
            });
        }
        r.overall().filter(o -> o.answers() > 0).ifPresent(o -> {
            assertThat(o.rate()).isBetween(0.0, 1.0);
            assertThat(o.interval().lower()).isBetween(0.0, 1.0);
            assertThat(o.interval().upper()).isBetween(0.0, 1.0);
        });
        r.design().orElseThrow().proportions().forEach(p -> assertThat(p.estimate()).isBetween(0.0, 1.0));
    }
}
