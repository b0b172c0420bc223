package io.propcare.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.propcare.survey.IntervalMethod;
import io.propcare.survey.ReadSummary;
import io.propcare.survey.ResponseReader;
import io.propcare.survey.ResultsTable;
import io.propcare.survey.RowProblem;
import io.propcare.survey.SurveyAggregate;
import io.propcare.survey.SurveyAnalysis;
import io.propcare.survey.SurveyConfig;
import io.propcare.survey.SurveyDesign;
import io.propcare.survey.SurveyReport;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code propcare survey}: the statistics of a satisfaction survey as one JSON report. */
@Command(name = "survey", mixinStandardHelpOptions = true,
        description = {"Survey statistics as one JSON report: counts, distribution and recovery",
                "rates, satisfaction rates with confidence intervals, means, NPS, Cronbach's",
                "alpha, the Pareto of dissatisfied items with the 80%% cut, comparison with a",
                "previous period, breakdowns with small groups suppressed, and design-based",
                "estimates (R survey package conventions). \"ingest\" lists every rejected row",
                "(row, column, value, expected).",
                "Responses: CSV with a header row, one column per item id (empty = not",
                "answered, NA = not applicable), or JSON (.json array, .jsonl lines).",
                "Exit status: 0 all rows accepted, 1 some rows rejected, 2 bad options or",
                "unreadable file."})
public final class SurveyCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--questionnaire", required = true, paramLabel = "Q.json",
            description = "The questionnaire: round, items (id = responses column, scale, labels), minGroupSize.")
    Path questionnaire;

    @Option(names = "--responses", required = true, paramLabel = "R.csv", description = "The responses (CSV or JSON).")
    Path responses;

    @Option(names = "--design", paramLabel = "DESIGN.json",
            description = "Sampling design: {\"strata\", \"populationSize\", \"weights\", \"postStratify\": {\"column\", \"totals\"}}.")
    Path design;

    @Option(names = "--compare", paramLabel = "R2.csv", description = "The previous period's responses, same questionnaire.")
    Path compare;

    @Option(names = "--by", split = ",", paramLabel = "COLUMN", description = "Break results down by these columns.")
    List<String> by = new ArrayList<>();

    @Option(names = "--ci", paramLabel = "METHOD", defaultValue = "wilson",
            description = "Interval method: wilson (default), agresti-coull, clopper-pearson, jeffreys, logit, beta, mean.")
    String ci;

    @Option(names = "--level", paramLabel = "LEVEL", defaultValue = "0.95", description = "Confidence level, default 0.95.")
    double level;

    @Option(names = "--min-group-size", paramLabel = "N", description = "Override the questionnaire's minGroupSize (default 5).")
    Integer minGroupSize;

    @Option(names = "--table", paramLabel = "FILE", description = "Also write the results table (问卷结果统计表) as CSV.")
    Path table;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the JSON report (default standard output).")
    Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!(level > 0 && level < 1)) {
            err.println("propcare survey: --level must be between 0 and 1, got " + level);
            return CliExit.BAD_USAGE;
        }
        IntervalMethod method;
        try {
            method = IntervalMethod.parse(ci);
        } catch (RuntimeException e) {
            err.println("propcare survey: --ci: " + CliExit.describe(e));
            return CliExit.BAD_USAGE;
        }
        SurveyConfig config;
        Optional<SurveyDesign> surveyDesign;
        try {
            config = SurveyConfig.load(questionnaire);
            if (minGroupSize != null) {
                config = config.withMinGroupSize(minGroupSize);
            }
            surveyDesign = design == null ? Optional.empty() : Optional.of(SurveyConfig.loadDesign(design));
        } catch (RuntimeException e) {
            err.println("propcare survey: " + CliExit.describe(e));
            return CliExit.BAD_USAGE;
        }
        List<ReadSummary> ingest = new ArrayList<>();
        SurveyAggregate current = SurveyAggregate.create(config, by, surveyDesign);
        Optional<SurveyAggregate> previous = Optional.empty();
        SurveyReport report;
        try {
            ingest.add(read(responses, config, current));
            if (compare != null) {
                SurveyAggregate prev = SurveyAggregate.create(config.withRound(Optional.empty()), List.of(),
                        Optional.empty());
                ingest.add(read(compare, config, prev));
                previous = Optional.of(prev);
            }
            report = SurveyAnalysis.report(current, previous, level, method);
        } catch (UncheckedIOException | IllegalArgumentException e) {
            err.println("propcare survey: " + CliExit.describe(e));
            return CliExit.BAD_USAGE;
        }
        ObjectNode json = (ObjectNode) JsonLines.MAPPER.readTree(report.toJson());
        ArrayNode files = json.putArray("ingest");
        boolean rejected = false;
        for (ReadSummary s : ingest) {
            ObjectNode f = files.addObject();
            f.put("file", s.source());
            f.put("rows", s.rows());
            f.put("accepted", s.accepted());
            f.put("rejected", s.rejected());
            ArrayNode problems = f.putArray("problems");
            for (RowProblem p : s.problems()) {
                ObjectNode o = problems.addObject();
                o.put("row", p.row());
                o.put("column", p.column());
                o.put("value", p.value());
                o.put("expected", p.expected());
            }
            rejected |= !s.problems().isEmpty();
        }
        if (table != null) {
            try (Writer w = Files.newBufferedWriter(table, StandardCharsets.UTF_8)) {
                ResultsTable.write(report, w);
            } catch (IOException e) {
                err.println("propcare survey: cannot write " + table + ": " + e.getMessage());
                return CliExit.BAD_USAGE;
            }
        }
        Writer w;
        try {
            w = JsonLines.create(out, spec.commandLine().getOut());
        } catch (UncheckedIOException e) {
            err.println("propcare survey: " + e.getMessage());
            return CliExit.BAD_USAGE;
        }
        w.write(JsonLines.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json));
        w.write(System.lineSeparator());
        w.flush();
        if (out != null) {
            w.close();
        }
        return rejected ? CliExit.SOME_LINES_FAILED : CliExit.OK;
    }

    private static ReadSummary read(Path file, SurveyConfig config, SurveyAggregate into) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        boolean json = name.toLowerCase(Locale.ROOT).endsWith(".json") || name.toLowerCase(Locale.ROOT).endsWith(".jsonl");
        try (BufferedReader in = JsonLines.open(file)) {
            return json ? ResponseReader.readJson(in, name, config, (row, r) -> into.add(r))
                    : ResponseReader.readCsv(in, name, config, (row, r) -> into.add(r));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
