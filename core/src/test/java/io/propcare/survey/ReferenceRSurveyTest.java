package io.propcare.survey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Every value of {@code shared/data/survey/reference-r-survey.json} (R 4.2.2, survey 4.1-1) on the
 * api data. Tolerances: the README's 1e-12 for closed forms is applied relative to the magnitude
 * ({@code 1e-12 × max(1, |value|)}), because totals in the millions carry only about 1e-10 absolute
 * precision in any double arithmetic, R's included; quantile-based limits (t) 1e-9 relative;
 * the logit interval, whose estimate R takes from an iterative glm fit, 1e-6 relative.
 */
class ReferenceRSurveyTest {
    private static final JsonNode REF = SharedData.json("data/survey/reference-r-survey.json");
    private static final List<String> VARS = List.of("api00", "api99", "enroll", "schwide");

    private static DesignEstimator load(String file, boolean strata) throws IOException {
        DesignEstimator est = new DesignEstimator(VARS, true);
        try (Reader in = Files.newBufferedReader(SharedData.path("data/survey/" + file), StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
                double[] v = {num(r.get("api00")), num(r.get("api99")), num(r.get("enroll")),
                    r.get("sch.wide").isEmpty() ? Double.NaN : r.get("sch.wide").equals("Yes") ? 1 : 0};
                est.add(strata ? r.get("stype") : "", num(r.get("fpc")), "", r.get("stype"), num(r.get("pw")), v);
            }
        }
        return est;
    }

    private static DesignEstimator loadNoFpc(String file) throws IOException {
        DesignEstimator est = new DesignEstimator(VARS, true);
        try (Reader in = Files.newBufferedReader(SharedData.path("data/survey/" + file), StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
                double[] v = {num(r.get("api00")), num(r.get("api99")), num(r.get("enroll")),
                    r.get("sch.wide").equals("Yes") ? 1 : 0};
                est.add("", Double.NaN, "", r.get("stype"), num(r.get("pw")), v);
            }
        }
        return est;
    }

    private static double num(String s) {
        return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
    }

    private static void closed(double actual, JsonNode expected, String what) {
        double e = SharedData.number(expected);
        assertThat(Math.abs(actual - e)).as("%s: got %s, expected %s", what, actual, e)
                .isLessThanOrEqualTo(1e-12 * Math.max(1, Math.abs(e)));
    }

    private static void relative(double actual, JsonNode expected, String what, double tol) {
        double e = SharedData.number(expected);
        assertThat(Math.abs(actual - e)).as("%s: got %s, expected %s", what, actual, e)
                .isLessThanOrEqualTo(tol * Math.abs(e));
    }

    private static void checkEstimate(DesignEstimate d, JsonNode r, String id) {
        closed(d.estimate(), r.get("estimate"), id + " estimate");
        closed(d.se(), r.get("se"), id + " se");
        closed(d.variance(), r.get("variance"), id + " variance");
        closed(d.ciNormal().lower(), r.get("ci_normal").get(0), id + " ci normal lower");
        closed(d.ciNormal().upper(), r.get("ci_normal").get(1), id + " ci normal upper");
        relative(d.ciT().lower(), r.get("ci_t_degf").get(0), id + " ci t lower", 1e-9);
        relative(d.ciT().upper(), r.get("ci_t_degf").get(1), id + " ci t upper", 1e-9);
        assertThat(d.degf()).isEqualTo(r.get("degf").asDouble());
        if (r.has("deff")) {
            closed(d.deff(), r.get("deff"), id + " deff");
        }
    }

    @Test
    void everyReferenceResult() throws IOException {
        Map<String, DesignEstimator> designs = new HashMap<>();
        designs.put("dstrat", load("apistrat.csv", true));
        designs.put("dsrs", load("apisrs.csv", false));
        designs.put("dsrs_nofpc", loadNoFpc("apisrs.csv"));
        SurveyDesign plain = SurveyDesign.of("stype", "fpc", "pw");
        int checked = 0;
        for (JsonNode r : REF.get("results")) {
            String id = r.get("id").asText();
            DesignEstimator est = designs.get(r.get("design").asText());
            String call = r.get("call").asText();
            if (r.has("per_variable")) {
                for (JsonNode v : r.get("per_variable")) {
                    checkEstimate(est.mean(v.get("variable").asText(), "", plain, 0.95), v, id);
                }
                JsonNode vcov = r.get("vcov");
                JsonNode names = r.get("vcov_names");
                for (int i = 0; i < names.size(); i++) {
                    for (int j = 0; j < names.size(); j++) {
                        closed(est.meanCovariance(names.get(i).asText(), names.get(j).asText(), plain),
                                vcov.get(i).get(j), id + " vcov " + i + "," + j);
                    }
                }
            } else if (id.startsWith("ciprop")) {
                IntervalMethod m = IntervalMethod.parse(r.get("method").asText());
                DesignEstimate mean = est.mean("schwide", "", plain, 0.95);
                Interval ci = est.proportionInterval("schwide", "", plain, 0.95, m);
                assertThat(r.get("degf").asDouble()).isEqualTo(est.degreesOfFreedom());
                closed(mean.se(), r.get("se"), id + " se");
                if (m == IntervalMethod.LOGIT) {
                    // R's logit estimate comes from a glm fit (iterative); ours is the weighted mean
                    relative(mean.estimate(), r.get("estimate"), id + " estimate", 1e-6);
                    relative(ci.lower(), r.get("ci").get(0), id + " lower", 1e-6);
                    relative(ci.upper(), r.get("ci").get(1), id + " upper", 1e-6);
                } else {
                    closed(mean.estimate(), r.get("estimate"), id + " estimate");
                    relative(ci.lower(), r.get("ci").get(0), id + " lower", 1e-9);
                    relative(ci.upper(), r.get("ci").get(1), id + " upper", 1e-9);
                }
            } else if (id.startsWith("svyby")) {
                boolean total = call.contains("svytotal");
                String variable = r.get("columns").get(1).asText();
                for (JsonNode row : r.get("rows")) {
                    String g = row.get("stype").asText();
                    DesignEstimate d = total ? est.total(variable, g, plain, 0.95) : est.mean(variable, g, plain, 0.95);
                    closed(d.estimate(), row.get(variable), id + " " + g);
                    closed(d.se(), row.get("se"), id + " " + g + " se");
                    if (row.has("DEff." + variable)) {
                        closed(d.deff(), row.get("DEff." + variable), id + " " + g + " deff");
                    }
                }
            } else {
                String variable = r.get("variable").asText();
                if (variable.startsWith("as.numeric(sch.wide")) {
                    variable = "schwide";
                }
                DesignEstimate d = call.startsWith("svytotal") ? est.total(variable, "", plain, 0.95)
                        : est.mean(variable, "", plain, 0.95);
                checkEstimate(d, r, id);
            }
            checked++;
        }
        assertThat(checked).isEqualTo(REF.get("results").size());
    }
}
