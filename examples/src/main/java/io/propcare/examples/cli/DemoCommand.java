package io.propcare.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.propcare.Propcare;
import io.propcare.adapter.inmemory.RecordingNotifier;
import io.propcare.complaint.ComplaintEngine;
import io.propcare.desk.DeskReports;
import io.propcare.desk.MonthlyReport;
import io.propcare.model.complaint.ComplaintId;
import io.propcare.model.notification.Notification;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.threeten.extra.MutableClock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code propcare demo}: a simulated month at a 120-unit apartment on embedded H2 (or {@code --db}),
 * printing the month's complaint report and writing it as JSON with {@code --report}.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Simulates a month (November 2026) at a 120-unit apartment on an embedded H2 database (or --db):",
                "the duty roster, complaints around the clock (collective ones, emergencies, transfers from the",
                "company center) through the complaint desk, staff steps with realistic delays (some late, so",
                "escalations fire), notifications through the outbox, and a survey round at the end. Prints the",
                "month's complaint report; deterministic for a seed."})
public final class DemoCommand implements Callable<Integer> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "Storage locator (default: ${DEFAULT-VALUE}); e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres, memory:",
            defaultValue = "jdbc:h2:mem:propcare-demo;DB_CLOSE_DELAY=-1")
    String db;

    @Option(names = "--seed", description = "Random seed (default: ${DEFAULT-VALUE})", defaultValue = "1")
    long seed;

    @Option(names = "--complaints", description = "Complaints in the month (default: ${DEFAULT-VALUE})",
            defaultValue = "150")
    int count;

    @Option(names = "--days", description = "Simulate only the first N days of the month (default: ${DEFAULT-VALUE})",
            defaultValue = "30")
    int days;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write the month's report as JSON to FILE")
    Path reportFile;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (count < 1 || count > 10_000) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--complaints must be from 1 to 10000, got " + count);
        }
        if (days < 1 || days > 30) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--days must be from 1 to 30, got " + days);
        }
        MutableClock clock = MutableClock.of(DemoMonth.start(), DemoMonth.ZONE);
        RecordingNotifier notifier = RecordingNotifier.allChannels();
        long started = System.nanoTime();
        try (Propcare propcare = Propcare.builder().clock(clock).storage(db).notifier(notifier).build()) {
            if (propcare.storage().rosters().find(DemoMonth.PROPERTY, DemoMonth.ROSTER).isPresent()) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--db " + db
                        + " already holds a demo month (roster " + DemoMonth.ROSTER + "); point --db at an empty database");
            }
            ComplaintEngine engine;
            String classifier;
            try {
                engine = ComplaintEngine.ofDefaults();
                classifier = "built-in";
            } catch (IllegalStateException e) {
                engine = ComplaintEngine.builder().classifier(new DemoClassifier()).build();
                classifier = "demo keywords (the built-in model is not on the class path)";
            }
            DemoMonth month = new DemoMonth(propcare.storage(), clock, seed, count, days, engine, notifier);
            DemoMonth.Outcome o = month.run();
            Map<String, Boolean> checks = checks(o, notifier.delivered());
            ObjectNode json = json(o, notifier.delivered(), checks, propcare.storage().adapterName(), classifier);
            print(out, o, notifier.delivered(), checks, propcare.storage().adapterName(), classifier);
            if (reportFile != null) {
                try {
                    Files.writeString(reportFile, JsonLines.MAPPER.writerWithDefaultPrettyPrinter()
                            .writeValueAsString(json) + "\n", StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                            "cannot write --report " + reportFile + ": " + e.getMessage());
                }
                out.println("Report written to " + reportFile);
            }
        }
        spec.commandLine().getErr().printf("demo finished in %d ms%n",
                Duration.ofNanos(System.nanoTime() - started).toMillis());
        out.flush();
        return CliExit.OK;
    }

    private static int sum(Map<String, Integer> m) {
        return m.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The report's consistency checks: totals add up and every escalation was notified. */
    static Map<String, Boolean> checks(DemoMonth.Outcome o, List<Notification> delivered) {
        MonthlyReport r = o.report();
        Map<String, Boolean> c = new LinkedHashMap<>();
        c.put("categories add up to received", sum(r.byCategory()) == r.received());
        c.put("validities add up to received", sum(r.byValidity()) == r.received());
        c.put("scopes add up to received", sum(r.byScope()) == r.received());
        c.put("channels add up to received", sum(r.byChannel()) == r.received());
        c.put("escalation levels add up", sum(r.escalationsByLevel()) == r.escalations()
                && r.escalations() == DemoMonth.escalationEvents(o.records()));
        c.put("callbacks within settled", r.callbacksDone() + r.callbacksDue() <= r.handled()
                + (int) o.records().stream().filter(x -> x.state().status().isOpen()
                && x.history().stream().anyMatch(e -> e.type() == io.propcare.model.complaint.EventType.REOPENED)).count());
        Set<String> sent = delivered.stream().map(Notification::dedupKey).collect(Collectors.toSet());
        Set<String> expected = DemoMonth.expectedEscalationKeys(o.records());
        c.put("every escalation has its notification", sent.containsAll(expected)
                && delivered.stream().filter(n -> n.template().equals("complaint.escalated")).count() == expected.size());
        c.put("no notification sent twice", sent.size() == delivered.size());
        c.put("nothing pending or dead", o.pending() == 0 && o.dead() == 0);
        c.put("every step the staff took was allowed", o.scriptErrors().isEmpty());
        c.put("every post filled every day of the roster", o.everyPostFilled());
        return c;
    }

    private static String pct(double x) {
        return Double.isNaN(x) ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * x);
    }

    private static void print(PrintWriter out, DemoMonth.Outcome o, List<Notification> delivered,
                              Map<String, Boolean> checks, String adapter, String classifier) {
        MonthlyReport r = o.report();
        out.printf("客户投诉工作月报 / Monthly complaint report — %s, 120 units, %s%n", DemoMonth.PROPERTY, r.month());
        out.printf("storage %s; classifier %s; %d sweeps%n", adapter, classifier, o.sweeps());
        out.printf("roster 2026-11: %d shifts for %d staff, %s%n%n", o.rosterShifts(), o.staff(), o.rosterHow());
        out.printf("Received %d: handled %d (%s), closed %d, collective cases %d%n", r.received(), r.handled(),
                pct(r.handledRate()), r.closed(), r.collectiveCases());
        out.println("By category: " + r.byCategory());
        out.println("By validity: " + r.byValidity());
        out.println("By scope:    " + r.byScope());
        out.println("By channel:  " + r.byChannel());
        out.println();
        out.println("Time limits (met / missed / running, on-time rate):");
        r.onTime().forEach((step, t) -> out.printf("  %-22s %4d / %3d / %3d  %s%n", step, t.met(), t.missed(),
                t.running(), pct(t.rate())));
        out.printf("Escalations: %d %s%n", r.escalations(), r.escalationsByLevel());
        out.printf("Callbacks done %d, due %d; reopened %d (%s of handled)%n", r.callbacksDone(), r.callbacksDue(),
                r.reopened(), pct(r.reopenRate()));
        out.println();
        out.println("Service targets:");
        for (MonthlyReport.Kpi k : r.kpis()) {
            out.printf("  %-20s target %6s measured %6s  %s%n", k.id(), pct(k.target()), pct(k.measured()),
                    k.met() ? "met" : "NOT MET");
        }
        DemoMonth.Survey s = o.survey();
        double rate = s.returned() == 0 ? Double.NaN : (double) s.satisfied() / s.returned();
        out.printf("  %-20s target %6s measured %6s  %s (survey: %d issued, %d returned = %s recovery; 95%% Wilson %s-%s)%n",
                "resident_satisfaction", pct(0.98), pct(rate), rate >= 0.98 ? "met" : "NOT MET", s.issued(),
                s.returned(), pct((double) s.returned() / s.issued()), pct(s.interval().lower()),
                pct(s.interval().upper()));
        out.println();
        Map<String, Integer> byTemplate = new TreeMap<>();
        long held = 0;
        for (Notification n : delivered) {
            byTemplate.merge(n.template(), 1, Integer::sum);
            if (n.payload().containsKey("heldForQuietHours")) {
                held++;
            }
        }
        out.printf("Notifications delivered %d (%d held for quiet hours), pending %d, dead %d: %s%n", delivered.size(),
                held, o.pending(), o.dead(), byTemplate);
        out.printf("Director's 20%% spot check (%d): %s%n", o.spotCheck().size(), ids(o.spotCheck()));
        out.printf("Head butler's callback re-check (%d): %s%n", o.callbackRecheck().size(), ids(o.callbackRecheck()));
        out.printf("Callbacks due at month end (%d):%s%n", o.callbacksDue().size(), o.callbacksDue().stream()
                .map(c -> " " + c.id() + c.due().map(d -> " by " + WHEN.format(d.atZone(DemoMonth.ZONE))).orElse("")
                        + (c.overdue() ? " (overdue)" : "")).collect(Collectors.joining(",")));
        out.println();
        out.println("Checks:");
        checks.forEach((k, v) -> out.printf("  %-40s %s%n", k, v ? "ok" : "FAILED"));
        o.scriptErrors().stream().limit(5).forEach(e -> out.println("  refused: " + e));
    }

    private static String ids(List<ComplaintId> ids) {
        return ids.stream().map(ComplaintId::value).collect(Collectors.joining(" "));
    }

    private static ObjectNode json(DemoMonth.Outcome o, List<Notification> delivered, Map<String, Boolean> checks,
                                   String adapter, String classifier) {
        MonthlyReport r = o.report();
        ObjectNode j = JsonLines.MAPPER.createObjectNode();
        j.put("property", DemoMonth.PROPERTY.value());
        j.put("month", r.month().toString());
        j.put("storage", adapter);
        j.put("classifier", classifier);
        j.put("roster", o.rosterHow());
        j.put("received", r.received());
        j.put("handled", r.handled());
        j.put("handledRate", r.handledRate());
        j.put("closed", r.closed());
        j.put("collectiveCases", r.collectiveCases());
        j.set("byCategory", JsonLines.MAPPER.valueToTree(r.byCategory()));
        j.set("byValidity", JsonLines.MAPPER.valueToTree(r.byValidity()));
        j.set("byScope", JsonLines.MAPPER.valueToTree(r.byScope()));
        j.set("byChannel", JsonLines.MAPPER.valueToTree(r.byChannel()));
        ObjectNode onTime = j.putObject("onTime");
        r.onTime().forEach((step, t) -> onTime.putObject(step).put("met", t.met()).put("missed", t.missed())
                .put("running", t.running()).put("rate", t.rate()));
        j.put("escalations", r.escalations());
        j.set("escalationsByLevel", JsonLines.MAPPER.valueToTree(r.escalationsByLevel()));
        j.put("callbacksDone", r.callbacksDone());
        j.put("callbacksDue", r.callbacksDue());
        j.put("reopened", r.reopened());
        j.put("reopenRate", r.reopenRate());
        ArrayNode kpis = j.putArray("kpis");
        for (MonthlyReport.Kpi k : r.kpis()) {
            ObjectNode n = kpis.addObject().put("id", k.id()).put("description", k.description()).put("target", k.target());
            if (Double.isNaN(k.measured())) {
                n.putNull("measured");
            } else {
                n.put("measured", k.measured());
            }
            n.put("met", k.met());
        }
        DemoMonth.Survey s = o.survey();
        j.putObject("survey").put("issued", s.issued()).put("returned", s.returned()).put("satisfied", s.satisfied())
                .put("lower95", s.interval().lower()).put("upper95", s.interval().upper());
        ObjectNode n = j.putObject("notifications");
        n.put("delivered", delivered.size()).put("pending", o.pending()).put("dead", o.dead());
        Map<String, Integer> byTemplate = new TreeMap<>();
        delivered.forEach(x -> byTemplate.merge(x.template(), 1, Integer::sum));
        n.set("byTemplate", JsonLines.MAPPER.valueToTree(byTemplate));
        j.set("spotCheck", JsonLines.MAPPER.valueToTree(o.spotCheck().stream().map(ComplaintId::value).toList()));
        j.set("callbackRecheck", JsonLines.MAPPER.valueToTree(o.callbackRecheck().stream().map(ComplaintId::value).toList()));
        ArrayNode due = j.putArray("callbacksDueList");
        for (DeskReports.CallbackDue c : o.callbacksDue()) {
            ObjectNode d = due.addObject().put("id", c.id().value()).put("overdue", c.overdue());
            c.due().ifPresent(x -> d.put("due", x.toString()));
            c.owner().ifPresent(x -> d.put("owner", x.value()));
        }
        j.set("checks", JsonLines.MAPPER.valueToTree(checks));
        j.set("refused", JsonLines.MAPPER.valueToTree(o.scriptErrors()));
        return j;
    }
}
