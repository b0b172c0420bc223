package io.propcare.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.propcare.roster.Conflict;
import io.propcare.roster.CurtoisFormat;
import io.propcare.roster.DutyTable;
import io.propcare.roster.Evaluation;
import io.propcare.roster.OnDuty;
import io.propcare.roster.PropertyRoster;
import io.propcare.roster.RosterEvaluator;
import io.propcare.roster.RosterProblem;
import io.propcare.roster.RosterSolver;
import io.propcare.roster.RuleViolation;
import io.propcare.roster.Schedule;
import io.propcare.roster.SolveResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code propcare roster solve|check}: builds or checks a duty roster, including the Curtois
 * &amp; Qu benchmark format.
 */
@Command(name = "roster",
        mixinStandardHelpOptions = true,
        description = {"Duty rosters: solve a roster problem or check a given roster.",
                "Formats: curtois (the shift-scheduling benchmark's .txt instances) and propcare (a property's",
                "month as JSON: posts with timed shifts and headcounts, staff, leave, wishes, tail, rules, pins;",
                "see PropertyRosterSpec). Rosters are one line per employee: EMPLOYEE_ID<TAB> then one cell",
                "per day, a shift id or empty for a day off."},
        subcommands = {RosterCommand.Solve.class, RosterCommand.Check.class, RosterCommand.Table.class,
                RosterCommand.OnDutyAt.class, CommandLine.HelpCommand.class})
public final class RosterCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The instance formats. */
    enum Format {
        curtois, propcare
    }

    static RosterProblem read(Path instance, Format format) {
        if (!Files.isRegularFile(instance)) {
            throw new UncheckedIOException("cannot read " + instance + ": no such file", new NoSuchFileException(instance.toString()));
        }
        return format == Format.propcare ? PropertyRoster.read(instance).problem() : CurtoisFormat.read(instance);
    }

    static ObjectNode answer(RosterProblem problem, Evaluation ev, boolean allViolations) {
        ObjectNode o = JsonLines.MAPPER.createObjectNode();
        o.put("instance", problem.name());
        o.put("objective", ev.objective());
        o.put("hardViolations", ev.hardViolations());
        o.put("feasible", ev.isFeasible());
        ObjectNode pen = o.putObject("penalties");
        for (Map.Entry<String, Long> e : ev.penalties().entrySet()) {
            pen.put(e.getKey(), e.getValue());
        }
        ObjectNode hard = o.putObject("hardViolationsByRule");
        for (Map.Entry<String, Long> e : ev.hardViolationsByRule().entrySet()) {
            hard.put(e.getKey(), e.getValue());
        }
        ArrayNode list = o.putArray("violations");
        for (RuleViolation v : ev.violations()) {
            if (!allViolations && !v.hard()) {
                continue;
            }
            ObjectNode n = list.addObject();
            n.put("rule", v.ruleId());
            n.put("hard", v.hard());
            v.staffId().ifPresentOrElse(s -> n.put("staff", s), () -> n.putNull("staff"));
            n.put("firstDay", v.firstDay());
            n.put("lastDay", v.lastDay());
            n.put("from", v.from().toString());
            n.put("to", v.to().toString());
            v.shiftId().ifPresentOrElse(s -> n.put("shift", s), () -> n.putNull("shift"));
            n.put("observed", v.observed());
            n.put("allowed", v.allowed());
            n.put("amount", v.amount());
            n.put("cost", v.cost());
        }
        return o;
    }

    static void print(PrintWriter out, ObjectNode o) {
        try {
            out.println(JsonLines.MAPPER.writeValueAsString(o));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code propcare roster solve}. */
    @Command(name = "solve", mixinStandardHelpOptions = true,
            description = {"Solves a roster problem and prints one JSON object:",
                    "{\"instance\", \"objective\", \"hardViolations\", \"feasible\", \"penalties\": {rule: cost},",
                    " \"hardViolationsByRule\", \"violations\": [hard ones], \"timeToBest\", \"seed\", ...}.",
                    "Writes the roster to --out unless no roster keeps every hard rule; then it lists the",
                    "conflicting rules under \"conflicts\" and exits with status 1.",
                    "A run is reproducible with --threads 1 and --max-steps."})
    static final class Solve implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
        @Option(names = "--instance", required = true, description = "The problem file.")
        Path instance;
        @Option(names = "--format", defaultValue = "curtois", description = "Instance format: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
        Format format;
        @Option(names = "--time-limit", defaultValue = "PT60S", description = "ISO-8601 duration (default ${DEFAULT-VALUE}).")
        String timeLimit;
        @Option(names = "--seed", defaultValue = "0", description = "Random seed (default ${DEFAULT-VALUE}).")
        long seed;
        @Option(names = "--threads", description = "Search threads (default: available processors).")
        Integer threads;
        @Option(names = "--max-steps", description = "Moves per thread; with --threads 1 the run is reproducible.")
        Long maxSteps;
        @Option(names = "--lower-bound", description = "A proven lower bound; the search stops when it reaches it.")
        Long lowerBound;
        @Option(names = "--out", description = "Where to write the roster.")
        Path out;

        @Override
        public Integer call() {
            Duration limit;
            try {
                limit = Duration.parse(timeLimit);
            } catch (java.time.format.DateTimeParseException e) {
                spec.commandLine().getErr().println("propcare: --time-limit: got \"" + timeLimit
                        + "\"; expected an ISO-8601 duration such as PT60S");
                return CliExit.BAD_USAGE;
            }
            if (limit.isNegative() || limit.isZero()) {
                spec.commandLine().getErr().println("propcare: --time-limit: got \"" + timeLimit + "\"; expected more than zero");
                return CliExit.BAD_USAGE;
            }
            RosterProblem problem = read(instance, format);
            RosterSolver.Builder b = RosterSolver.builder().timeLimit(limit).seed(seed);
            if (threads != null) {
                b.threads(threads);
            }
            if (maxSteps != null) {
                b.maxSteps(maxSteps);
            }
            if (lowerBound != null) {
                b.lowerBound(lowerBound);
            }
            SolveResult r = b.build().solve(problem);
            ObjectNode o = answer(problem, r.evaluation(), false);
            o.put("timeToBest", r.timeToBest().toString());
            o.put("elapsed", r.elapsed().toString());
            o.put("seed", r.seed());
            o.put("steps", r.steps());
            o.put("lowerBound", r.lowerBound());
            o.put("optimal", r.isOptimal());
            ArrayNode conflicts = o.putArray("conflicts");
            for (Conflict c : r.conflicts()) {
                ObjectNode n = conflicts.addObject();
                ArrayNode ids = n.putArray("rules");
                c.ruleIds().forEach(ids::add);
                n.put("subject", c.subject());
                n.put("message", c.message());
            }
            if (r.roster().isPresent() && out != null) {
                try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                    CurtoisFormat.writeSolution(r.roster().get(), w);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
                }
            }
            print(spec.commandLine().getOut(), o);
            return r.isFeasible() ? CliExit.OK : CliExit.SOME_LINES_FAILED;
        }
    }

    /** {@code propcare roster check}. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Checks a roster and prints one JSON object with the objective, the penalties per rule",
                    "and every violation (rule, hard, staff, firstDay..lastDay, from..to, shift, observed,",
                    "allowed, amount, cost). Exit status 0 when no hard rule is broken, 1 otherwise."})
    static final class Check implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
        @Option(names = "--instance", required = true, description = "The problem file.")
        Path instance;
        @Option(names = "--solution", required = true, description = "The roster: one line per employee, tab-separated cells.")
        Path solution;
        @Option(names = "--format", defaultValue = "curtois", description = "Instance format: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
        Format format;

        @Override
        public Integer call() {
            RosterProblem problem = read(instance, format);
            Schedule s = readSolution(solution, problem);
            Evaluation ev = RosterEvaluator.evaluate(s);
            print(spec.commandLine().getOut(), answer(problem, ev, true));
            return ev.isFeasible() ? CliExit.OK : CliExit.SOME_LINES_FAILED;
        }
    }

    static Schedule readSolution(Path solution, RosterProblem problem) {
        try (Reader r = JsonLines.open(solution)) {
            return CurtoisFormat.readSolution(r, problem);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + solution + ": " + e.getMessage(), e);
        }
    }

    /** {@code propcare roster table}. */
    @Command(name = "table", mixinStandardHelpOptions = true,
            description = {"Prints the monthly duty table of a roster of a propcare-format month: people by days,",
                    "shift codes in the cells, names masked; CSV (header staff,name,DATE...) or JSON",
                    "({\"name\", \"dates\", \"rows\": [{\"staff\", \"name\", \"cells\"}]})."})
    static final class Table implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
        @Option(names = "--instance", required = true, description = "The month, propcare format (JSON).")
        Path instance;
        @Option(names = "--solution", required = true, description = "The roster: one line per employee, tab-separated cells.")
        Path solution;
        @Option(names = "--as", defaultValue = "csv", description = "csv or json (default ${DEFAULT-VALUE}).")
        String as;

        @Override
        public Integer call() {
            if (!as.equals("csv") && !as.equals("json")) {
                spec.commandLine().getErr().println("propcare: --as: got \"" + as + "\"; expected csv or json");
                return CliExit.BAD_USAGE;
            }
            if (!Files.isRegularFile(instance)) {
                throw new UncheckedIOException("cannot read " + instance + ": no such file", new NoSuchFileException(instance.toString()));
            }
            PropertyRoster month = PropertyRoster.read(instance);
            DutyTable t = month.dutyTable(readSolution(solution, month.problem()));
            PrintWriter out = spec.commandLine().getOut();
            out.print(as.equals("csv") ? t.toCsv() : t.toJson() + "\n");
            out.flush();
            return CliExit.OK;
        }
    }

    /** {@code propcare roster on-duty}. */
    @Command(name = "on-duty", mixinStandardHelpOptions = true,
            description = {"Who is on duty at given instants, from a roster of a propcare-format month.",
                    "JSON Lines in: {\"id\", \"at\": \"2027-01-06T02:00:00+08:00\"}; out: {\"id\", \"onDuty\":",
                    " [{\"staff\", \"name\" (masked), \"shift\", \"post\", \"from\", \"to\"}]}."})
    static final class OnDutyAt implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
        @Option(names = "--instance", required = true, description = "The month, propcare format (JSON).")
        Path instance;
        @Option(names = "--solution", required = true, description = "The roster: one line per employee, tab-separated cells.")
        Path solution;
        @Option(names = "--in", description = "Requests (default standard input).")
        Path in;
        @Option(names = "--out", description = "Answers (default standard output).")
        Path out;

        @Override
        public Integer call() throws IOException {
            if (!Files.isRegularFile(instance)) {
                throw new UncheckedIOException("cannot read " + instance + ": no such file", new NoSuchFileException(instance.toString()));
            }
            PropertyRoster month = PropertyRoster.read(instance);
            Schedule roster = readSolution(solution, month.problem());
            try (Reader r = JsonLines.open(in); Writer w = JsonLines.create(out, spec.commandLine().getOut())) {
                return JsonLines.process(r, w, request -> {
                    if (!request.hasNonNull("at")) {
                        throw new IllegalArgumentException("at: missing; expected an instant such as 2027-01-06T02:00:00+08:00");
                    }
                    java.time.Instant at = java.time.OffsetDateTime.parse(request.get("at").asText()).toInstant();
                    ObjectNode answer = JsonLines.MAPPER.createObjectNode();
                    ArrayNode list = answer.putArray("onDuty");
                    for (OnDuty d : month.onDuty(roster, at)) {
                        ObjectNode n = list.addObject();
                        n.put("staff", d.staffId());
                        n.put("name", d.name().masked());
                        n.put("shift", d.shiftId());
                        n.put("post", d.postId());
                        n.put("from", d.from().toString());
                        n.put("to", d.to().toString());
                    }
                    return answer;
                });
            }
        }
    }
}
