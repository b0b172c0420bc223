package io.propcare.survey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Every value of {@code shared/data/survey/reference-r-survey.json} (R 4.2.2, survey 4.1-1) on the
 * api data, driven by the file: designs are read from their {@code svydesign} calls, variables from
 * the results (a column, or {@code as.numeric(col == "value")} / {@code I(col == "value")} for an
 * indicator), {@code svyby} groups from the call's second formula.
 *
 * <p>Tolerances: the README's 1e-12 for closed forms is applied relative to the magnitude
 * ({@code 1e-12 × max(1, |value|)}), because totals in the millions carry only about 1e-10 absolute
 * precision in any double arithmetic, R's included; t limits 1e-9 relative (quantile-based); the
 * logit interval, whose estimate R takes from an iterative glm fit, 1e-6 relative.
 */
class ReferenceRSurveyTest {
    private static final JsonNode REF = SharedData.json("data/survey/reference-r-survey.json");
    private static final Pattern INDICATOR = Pattern.compile("(?:as\\.numeric|I)\\(\\s*([\\w.]+)\\s*==\\s*\"([^\"]*)\"\\s*\\)");
    private static final Pattern FORMULA = Pattern.compile("~\\s*(I\\([^)]*\\)|as\\.numeric\\([^)]*\\)|[\\w.]+(?:\\s*\\+\\s*[\\w.]+)*)");

    /** A design read from its svydesign call. */
    record Design(String data, String strata, String weights, String fpc) {
        static Design parse(String call) {
            return new Design(arg(call, "data"), formulaArg(call, "strata"), formulaArg(call, "weights"),
                    formulaArg(call, "fpc"));
        }

        private static String arg(String call, String name) {
            Matcher m = Pattern.compile(name + "\\s*=\\s*([\\w.]+)").matcher(call);
            return m.find() ? m.group(1) : "";
        }

        private static String formulaArg(String call, String name) {
            Matcher m = Pattern.compile(name + "\\s*=\\s*~\\s*([\\w.]+)").matcher(call);
            return m.find() ? m.group(1) : "";
        }

        SurveyDesign survey() {
            return SurveyDesign.of(strata, fpc, weights);
        }
    }

    /** The variable an R expression names, as our variable name. */
    private static String variable(String expression) {
        Matcher m = INDICATOR.matcher(expression);
        if (m.find()) {
            return m.group(1) + "==" + m.group(2);
        }
        return expression.strip();
    }

    private static double value(CSVRecord r, String variable) {
        int eq = variable.indexOf("==");
        if (eq > 0) {
            String v = r.get(variable.substring(0, eq));
            return v.isEmpty() ? Double.NaN : v.equals(variable.substring(eq + 2)) ? 1 : 0;
        }
        String s = r.get(variable);
        return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
    }

    private static DesignEstimator load(Design d, List<String> variables, String byColumn) {
        String file = REF.at("/data_files/" + d.data()).asText();
        Set<String> vars = new LinkedHashSet<>(variables);
        DesignEstimator est = new DesignEstimator(new ArrayList<>(vars), true);
        try (Reader in = Files.newBufferedReader(SharedData.path("data/survey/" + file.substring(file.lastIndexOf('/') + 1)),
                StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
                double[] v = new double[vars.size()];
                int i = 0;
                for (String name : vars) {
                    v[i++] = value(r, name);
                }
                est.add(d.strata().isEmpty() ? "" : r.get(d.strata()),
                        d.fpc().isEmpty() ? Double.NaN : Double.parseDouble(r.get(d.fpc())), "",
                        byColumn.isEmpty() ? "" : r.get(byColumn),
                        d.weights().isEmpty() ? Double.NaN : Double.parseDouble(r.get(d.weights())), v);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return est;
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
        if (r.has("variance")) {
            closed(d.variance(), r.get("variance"), id + " variance");
        }
        if (r.has("ci_normal")) {
            closed(d.ciNormal().lower(), r.get("ci_normal").get(0), id + " ci normal lower");
            closed(d.ciNormal().upper(), r.get("ci_normal").get(1), id + " ci normal upper");
        }
        if (r.has("ci_t_degf")) {
            relative(d.ciT().lower(), r.get("ci_t_degf").get(0), id + " ci t lower", 1e-9);
            relative(d.ciT().upper(), r.get("ci_t_degf").get(1), id + " ci t upper", 1e-9);
        }
        if (r.has("degf")) {
            assertThat(d.degf()).isEqualTo(r.get("degf").asDouble());
        }
        if (r.has("deff")) {
            closed(d.deff(), r.get("deff"), id + " deff");
        }
    }

    @Test
    void everyReferenceResult() {
        Map<String, Design> designs = new HashMap<>();
        REF.get("designs").fields().forEachRemaining(e -> designs.put(e.getKey(), Design.parse(e.getValue().asText())));
        int checked = 0;
        for (JsonNode r : REF.get("results")) {
            String id = r.get("id").asText();
            String call = r.get("call").asText();
            Design design = designs.get(r.get("design").asText());
            assertThat(design).as("design of " + id).isNotNull();
            SurveyDesign sd = design.survey();
            if (r.has("per_variable")) {
                List<String> vars = new ArrayList<>();
                r.get("per_variable").forEach(v -> vars.add(variable(v.get("variable").asText())));
                DesignEstimator est = load(design, vars, "");
                for (JsonNode v : r.get("per_variable")) {
                    checkEstimate(est.mean(variable(v.get("variable").asText()), "", sd, 0.95), v, id);
                }
                JsonNode names = r.get("vcov_names");
                for (int i = 0; i < names.size(); i++) {
                    for (int j = 0; j < names.size(); j++) {
                        closed(est.meanCovariance(variable(names.get(i).asText()), variable(names.get(j).asText()), sd),
                                r.get("vcov").get(i).get(j), id + " vcov " + i + "," + j);
                    }
                }
            } else if (call.startsWith("svyciprop")) {
                Matcher m = FORMULA.matcher(call);
                assertThat(m.find()).as(call).isTrue();
                String v = variable(m.group(1));
                DesignEstimator est = load(design, List.of(v), "");
                IntervalMethod method = IntervalMethod.parse(r.get("method").asText());
                double level = r.has("level") ? r.get("level").asDouble() : levelOf(call);
                DesignEstimate mean = est.mean(v, "", sd, level);
                Interval ci = est.proportionInterval(v, "", sd, level, method);
                assertThat(r.get("degf").asDouble()).isEqualTo(est.degreesOfFreedom());
                closed(mean.se(), r.get("se"), id + " se");
                // R's logit estimate comes from an iterative glm fit; ours is the weighted mean
                double tol = method == IntervalMethod.LOGIT ? 1e-6 : 1e-9;
                if (method == IntervalMethod.LOGIT) {
                    relative(mean.estimate(), r.get("estimate"), id + " estimate", tol);
                } else {
                    closed(mean.estimate(), r.get("estimate"), id + " estimate");
                }
                relative(ci.lower(), r.get("ci").get(0), id + " lower", tol);
                relative(ci.upper(), r.get("ci").get(1), id + " upper", tol);
            } else if (call.startsWith("svyby")) {
                Matcher m = FORMULA.matcher(call);
                assertThat(m.find()).as(call).isTrue();
                String v = variable(m.group(1));
                assertThat(m.find()).as(call).isTrue();
                String by = m.group(1);
                boolean total = call.contains("svytotal");
                DesignEstimator est = load(design, List.of(v), by);
                String column = r.get("columns").get(1).asText();
                for (JsonNode row : r.get("rows")) {
                    String g = row.get(by).asText();
                    DesignEstimate d = total ? est.total(v, g, sd, 0.95) : est.mean(v, g, sd, 0.95);
                    closed(d.estimate(), row.get(column), id + " " + g);
                    closed(d.se(), row.get("se"), id + " " + g + " se");
                    if (row.has("DEff." + column)) {
                        closed(d.deff(), row.get("DEff." + column), id + " " + g + " deff");
                    }
                }
            } else {
                String v = variable(r.get("variable").asText());
                DesignEstimator est = load(design, List.of(v), "");
                double level = r.has("ci_level") ? r.get("ci_level").asDouble() : 0.95;
                DesignEstimate d = call.startsWith("svytotal") ? est.total(v, "", sd, level) : est.mean(v, "", sd, level);
                checkEstimate(d, r, id);
            }
            checked++;
        }
        assertThat(checked).isEqualTo(REF.get("results").size());
    }

    private static double levelOf(String call) {
        Matcher m = Pattern.compile("level\\s*=\\s*([0-9.]+)").matcher(call);
        return m.find() ? Double.parseDouble(m.group(1)) : 0.95;
    }
}
