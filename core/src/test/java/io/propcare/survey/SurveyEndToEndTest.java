package io.propcare.survey;

import static io.propcare.config.ConfigAssertions.assertProblems;
import static io.propcare.config.ConfigAssertions.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.propcare.config.ConfigErrorCode;
import io.propcare.config.ConfigurationException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SurveyEndToEndTest {
    @TempDir
    Path dir;

    private SurveyConfig config() throws Exception {
        Path q = dir.resolve("questionnaire.json");
        try (var in = Objects.requireNonNull(getClass().getResourceAsStream("questionnaire.json"))) {
            Files.copy(in, q);
        }
        return SurveyConfig.load(q);
    }

    private Reader csv() {
        return new InputStreamReader(Objects.requireNonNull(getClass().getResourceAsStream("responses.csv")),
                StandardCharsets.UTF_8);
    }

    @Test
    void everyBadCellIsReportedWithRowColumnValueAndExpectation() throws Exception {
        SurveyConfig config = config();
        SurveyAggregate agg = SurveyAggregate.create(config, List.of("building"), Optional.empty());
        ReadSummary s = ResponseReader.readCsv(csv(), "responses.csv", config, (row, r) -> agg.add(r));
        assertThat(s.rows()).isEqualTo(9);
        assertThat(s.accepted()).isEqualTo(8);
        assertThat(s.problems()).extracting(RowProblem::row, RowProblem::column, RowProblem::value)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(9L, "front_desk", "6"),
                        org.assertj.core.groups.Tuple.tuple(9L, "sch.wide", "maybe"),
                        org.assertj.core.groups.Tuple.tuple(9L, "api00", "abc"),
                        org.assertj.core.groups.Tuple.tuple(9L, "reasons", "fast"));
        assertThat(s.problems().get(0).expected()).contains("1 to 5");
        assertThat(agg.responses()).isEqualTo(8);
    }

    @Test
    void reportKeepsNotAnsweredAndNotApplicableApart() throws Exception {
        SurveyConfig config = config();
        SurveyAggregate agg = SurveyAggregate.create(config, List.of("building"), Optional.empty());
        ResponseReader.readCsv(csv(), "responses.csv", config, (row, r) -> agg.add(r));
        SurveyReport report = SurveyAnalysis.report(agg, Optional.empty(), 0.95, IntervalMethod.WILSON);
        SurveyReport.ItemResult security = report.items().get(1);
        assertThat(security.notApplicable()).isEqualTo(1);
        assertThat(security.notAnswered()).isZero();
        assertThat(security.answered()).isEqualTo(7);
        SurveyReport.ItemResult repairs = report.items().get(2);
        assertThat(repairs.notAnswered()).isEqualTo(1);
        assertThat(repairs.notApplicable()).isZero();
        // front desk answers of accepted rows: 5,4,3,5,4,2,5,4 -> satisfied 6 of 8
        ScoreSummary fd = report.items().get(0).satisfaction().orElseThrow();
        assertThat(fd.n()).isEqualTo(8);
        assertThat(fd.satisfied()).isEqualTo(6);
        assertThat(fd.satisfactionRate()).isEqualTo(0.75);
        assertThat(fd.percentages().stream().reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add))
                .isEqualByComparingTo("100");
        assertThat(report.rates().orElseThrow().recoveryRate()).isEqualTo(8.0 / 20);
        assertThat(report.rates().orElseThrow().meetsMinimumRecovery()).isFalse();
        SurveyReport.ChoiceSummary reasons = report.items().get(6).choice().orElseThrow();
        assertThat(reasons.respondents()).isEqualTo(4);
        assertThat(reasons.options()).extracting(SurveyReport.OptionCount::count).containsExactly(2L, 2L, 2L);
        SurveyReport.NumericSummary api = report.items().get(5).numeric().orElseThrow();
        assertThat(api.n()).isEqualTo(7);
        assertThat(api.mean()).isCloseTo((640 + 700.5 + 580 + 612 + 500 + 810 + 650) / 7.0,
                org.assertj.core.data.Offset.offset(1e-9));
        // breakdown: building 3 has one respondent and is suppressed; 2 has one accepted row too
        SurveyReport.Breakdown b = report.breakdowns().get(0);
        assertThat(b.groups()).extracting(SurveyReport.Group::value).containsExactly("1", "2", "3");
        assertThat(b.groups()).extracting(SurveyReport.Group::suppressed).containsExactly(false, true, true);
        assertThat(b.groups().get(1).responses()).isEmpty();
        // Pareto: dissatisfied (1-2): front_desk 1, security 0, repairs 3
        SurveyReport.ParetoResult pareto = report.pareto().orElseThrow();
        assertThat(pareto.improvementItems()).containsExactly("repairs");

        JsonNode json = new ObjectMapper().readTree(report.toJson());
        assertThat(json.at("/items/0/satisfaction/satisfactionRate").asDouble()).isEqualTo(0.75);
        assertThat(json.get("comparison").isNull()).isTrue();
        assertThat(json.at("/breakdowns/0/groups/1/responses").isNull()).isTrue();

        StringBuilder table = new StringBuilder();
        ResultsTable.write(report, table);
        assertThat(table.toString()).contains("回收率 recovery rate %,40.0").contains("front_desk,前台服务,Front desk,8,0,1,1,3,3,0.0,12.5,12.5,37.5,37.5,75.0");
    }

    @Test
    void jsonIngestReadsTheSameAnswers() throws Exception {
        SurveyConfig config = config();
        String lines = "{\"id\":\"a\",\"building\":\"1\",\"front_desk\":5,\"security\":\"NA\",\"repairs\":null,"
                + "\"recommend\":10,\"sch.wide\":true,\"api00\":650.5,\"reasons\":[\"slow\",\"rude\"]}\n"
                + "{\"id\":\"b\",\"front_desk\":7}\n";
        SurveyAggregate agg = SurveyAggregate.create(config, List.of(), Optional.empty());
        ReadSummary s = ResponseReader.readJson(new StringReader(lines), "r.jsonl", config, (row, r) -> agg.add(r));
        assertThat(s.accepted()).isEqualTo(1);
        assertThat(s.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.column()).isEqualTo("front_desk");
            assertThat(p.value()).isEqualTo("7");
        });
        SurveyReport r = SurveyAnalysis.report(agg, Optional.empty(), 0.95, IntervalMethod.WILSON);
        assertThat(r.items().get(1).notApplicable()).isEqualTo(1);
        assertThat(r.items().get(2).notAnswered()).isEqualTo(1);
        assertThat(r.items().get(4).yesNo().orElseThrow().yes()).isEqualTo(1);
    }

    @Test
    void aSingleSmallGroupIsHiddenTogetherWithTheSmallestOther() {
        SurveyConfig config = SurveyConfig.parse("{\"items\":[{\"id\":\"q\",\"scale\":\"satisfaction5\"}],"
                + "\"minGroupSize\":2}", "q.json");
        SurveyAggregate agg = SurveyAggregate.create(config, List.of("building"), Optional.empty());
        String[] buildings = {"A", "B", "B", "B", "C", "C", "C", "C"};
        for (int i = 0; i < buildings.length; i++) {
            agg.add(io.propcare.model.survey.SurveyResponse.of("round", "r" + i, "", buildings[i],
                    java.util.Map.of("q", io.propcare.model.survey.Answer.score(1 + i % 5))));
        }
        SurveyReport r = SurveyAnalysis.report(agg, Optional.empty(), 0.95, IntervalMethod.WILSON);
        assertThat(r.breakdowns().get(0).groups()).extracting(SurveyReport.Group::value, SurveyReport.Group::suppression)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A", "small"),
                        org.assertj.core.groups.Tuple.tuple("B", "complementary"),
                        org.assertj.core.groups.Tuple.tuple("C", ""));
        assertThat(r.breakdowns().get(0).groups().get(1).overall()).isEmpty();
        assertThat(r.breakdowns().get(0).groups().get(2).responses()).contains(4L);
    }

    @Test
    void jsonArraysAreReadToo() throws Exception {
        SurveyConfig config = config();
        String array = "[{\"id\":\"a\",\"front_desk\":4},{\"id\":\"b\",\"front_desk\":\"NA\"},{\"id\":\"c\"}]";
        SurveyAggregate agg = SurveyAggregate.create(config, List.of(), Optional.empty());
        ReadSummary s = ResponseReader.readJson(new StringReader(array), "r.json", config, (row, r) -> agg.add(r));
        assertThat(s.rows()).isEqualTo(3);
        assertThat(s.accepted()).isEqualTo(3);
        SurveyReport r = SurveyAnalysis.report(agg, Optional.empty(), 0.95, IntervalMethod.WILSON);
        assertThat(r.valid()).isEqualTo(1);
        assertThat(r.items().get(0).notApplicable()).isEqualTo(1);
        assertThat(r.items().get(0).notAnswered()).isEqualTo(1);
    }

    @Test
    void configurationProblemsNameFilePathAndValue() {
        assertThatThrownBy(() -> SurveyConfig.parse("{\"items\":[{\"id\":\"a\",\"scale\":\"stars\"}]}", "q.json"))
                .isInstanceOf(ConfigurationException.class)
                .satisfies(e -> assertThat(((ConfigurationException) e).path()).isEqualTo("$.items[0].scale"));
        assertThatThrownBy(() -> SurveyConfig.parse("{\"items\":[{\"id\":\"a\",\"scale\":\"satisfaction5\","
                + "\"satisfiedAtLeast\":6}]}", "q.json"))
                .isInstanceOf(ConfigurationException.class)
                .satisfies(e -> assertThat(((ConfigurationException) e).path()).isEqualTo("$.items[0].satisfiedAtLeast"));
        assertThatThrownBy(() -> SurveyConfig.parse("{\"items\":[{\"id\":\"a\",\"scale\":\"nps\",\"colour\":1}]}", "q.json"))
                .isInstanceOf(ConfigurationException.class);
    }

    @Test
    void everyConfigurationProblemIsReportedAtOnce() {
        assertThatThrownBy(() -> SurveyConfig.parse("{\"items\":[{\"id\":\"a\",\"scale\":\"stars\"},"
                + "{\"id\":\"b\",\"scale\":\"satisfaction5\"},{\"scale\":\"nps\"}],"
                + "\"round\":{\"period\":\"December\",\"occupiedUnits\":10,\"issued\":10},"
                + "\"minGroupSize\":0,\"paretoCut\":\"loose\",\"satisfactionTarget\":1.5}", "q.json"))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> {
                    assertThat(e.problems()).extracting(ConfigurationException::path).containsExactly(
                            "$.items[0].scale", "$.items[2].id", "$.round.period", "$.minGroupSize", "$.paretoCut",
                            "$.satisfactionTarget");
                    assertThat(e.getMessage()).startsWith("$.items[0].scale").contains("and 5 more problems:");
                });
    }

    @Test
    void everyBadValueOfOneItemAndOfTheRoundIsReported() {
        assertProblems(() -> SurveyConfig.parse("{\"items\":[{\"id\":\"a\",\"scale\":\"nps\","
                + "\"satisfiedAtLeast\":5,\"yes\":\"ok\"}],"
                + "\"round\":{\"period\":\"December\",\"issued\":10}}", "q.json"),
                problem("$.items[0].satisfiedAtLeast", "\"5\"", ConfigErrorCode.CONFIG_BAD_VALUE),
                problem("$.items[0].yes", "\"ok\"", ConfigErrorCode.CONFIG_BAD_VALUE),
                problem("$.round.period", "\"December\"", ConfigErrorCode.CONFIG_BAD_TIME),
                problem("$.round.occupiedUnits", "", ConfigErrorCode.CONFIG_MISSING));
    }

    @Test
    void apiDataThroughTheWholePipelineMatchesR() throws Exception {
        SurveyConfig config = SurveyConfig.parse("{\"items\":[{\"id\":\"api00\",\"scale\":\"numeric\"},"
                + "{\"id\":\"sch.wide\",\"scale\":\"yesno\",\"yes\":\"Yes\",\"no\":\"No\"}]}", "api.json");
        SurveyDesign design = SurveyConfig.parseDesign("{\"strata\":\"stype\",\"populationSize\":\"fpc\",\"weights\":\"pw\"}",
                "design.json");
        SurveyAggregate agg = SurveyAggregate.create(config, List.of("stype"), Optional.of(design));
        try (Reader in = Files.newBufferedReader(SharedData.path("data/survey/apistrat.csv"))) {
            ReadSummary s = ResponseReader.readCsv(in, "apistrat.csv", config, (row, r) -> agg.add(r));
            assertThat(s.problems()).isEmpty();
        }
        SurveyReport r = SurveyAnalysis.report(agg, Optional.empty(), 0.95, IntervalMethod.BETA);
        SurveyReport.DesignResults d = r.design().orElseThrow();
        DesignEstimate api = d.means().get(0);
        assertThat(api.estimate()).isCloseTo(662.2873631593208, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(api.se()).isCloseTo(9.40894080278458, org.assertj.core.data.Offset.offset(1e-11));
        SurveyReport.DesignProportion sw = d.proportions().get(0);
        assertThat(sw.interval().lower()).isCloseTo(0.7741713285973125, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(d.byGroup()).extracting(DesignEstimate::group).contains("E", "H", "M");
    }
}
