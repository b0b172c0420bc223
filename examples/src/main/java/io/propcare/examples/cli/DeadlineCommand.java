package io.propcare.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.propcare.escalation.BusinessCalendar;
import io.propcare.escalation.CalendarJson;
import io.propcare.escalation.DeadlineErrorCode;
import io.propcare.escalation.DeadlineExplanation;
import io.propcare.spi.InvalidInputException;
import io.propcare.spi.Violation;
import java.io.BufferedReader;
import java.io.Writer;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.threeten.extra.Interval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code propcare deadline}: working-time arithmetic on a business calendar, one JSON request per
 * line, as specified in the README's command-line contract.
 */
@Command(name = "deadline", mixinStandardHelpOptions = true,
        description = {"Working-time arithmetic on a business calendar: JSON Lines in, JSON Lines out.",
                "",
                "Calendar: --calendar FILE, or a \"calendar\" object on a request line (wins):",
                "  {\"zone\": \"Asia/Shanghai\",",
                "   \"weekly\": {\"MON\": [\"08:30-17:30\"], ..., \"SUN\": [...]} or \"24x7\",",
                "   \"holidays\": [\"2026-05-01\", \"2026-10-01/2026-10-07\"],",
                "   \"workingDays\": [\"2026-09-27\"],",
                "   \"special\": {\"2026-12-31\": [\"08:30-12:00\"]},",
                "   \"include\": [\"cn\"]}",
                "  Windows are half-open local times; an end not after the start crosses",
                "  midnight; 24:00 ends a day. workingDays get Monday's hours. \"cn\" adds",
                "  mainland China's holidays 2019-2026; later dates are refused with",
                "  CALENDAR_OUTSIDE_DATA.",
                "",
                "Requests (\"op\"; an \"id\" is echoed):",
                "  add               start, duration[, pauses] -> deadline, explain",
                "  subtract          start, duration           -> instant",
                "  elapsed           from, to[, pauses]        -> elapsed, seconds",
                "  next-open         at                        -> instant",
                "  is-open           at                        -> open",
                "  add-working-days  date, days                -> date (date not counted)",
                "Instants: ISO-8601 with an offset; durations: ISO-8601 (PT15M); dates:",
                "YYYY-MM-DD; pauses: [[from, to], ...], half-open. Output instants carry",
                "the calendar zone's offset.",
                "Exit status: 0 all lines succeeded, 1 some line failed, 2 bad options or",
                "unreadable file.",
                ""})
public final class DeadlineCommand implements Callable<Integer> {
    private static final int CACHE = 64;

    @Option(names = "--calendar", paramLabel = "FILE", description = "The calendar JSON file.")
    Path calendarFile;

    @Option(names = "--in", paramLabel = "FILE", description = "Requests, one JSON object per line (default: standard input).")
    Path in;

    @Option(names = "--out", paramLabel = "FILE", description = "Answers, one JSON object per line (default: standard output).")
    Path out;

    @Spec
    CommandSpec spec;

    private final Map<String, BusinessCalendar> embedded = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, BusinessCalendar> eldest) {
            return size() > CACHE;
        }
    };

    @Override
    public Integer call() throws Exception {
        BusinessCalendar calendar = calendarFile == null ? null : CalendarJson.read(calendarFile);
        try (BufferedReader reader = JsonLines.open(in)) {
            Writer writer = JsonLines.create(out, spec.commandLine().getOut());
            try {
                return JsonLines.process(reader, writer, request -> answer(request, calendar));
            } finally {
                if (out != null) {
                    writer.close();
                } else {
                    writer.flush();
                }
            }
        }
    }

    ObjectNode answer(JsonNode request, BusinessCalendar fromFile) {
        BusinessCalendar cal = calendar(request, fromFile);
        ZoneId zone = cal.zone();
        ObjectNode a = JsonLines.MAPPER.createObjectNode();
        String op = text(request, "op");
        switch (op) {
            case "add" -> {
                DeadlineExplanation e = cal.explain(instant(request, "start"), duration(request, "duration"),
                        pauses(request));
                a.put("deadline", format(e.deadline(), zone));
                a.put("explain", e.text());
            }
            case "subtract" -> a.put("instant", format(cal.subtract(instant(request, "start"),
                    duration(request, "duration")), zone));
            case "elapsed" -> {
                Instant from = instant(request, "from");
                Instant to = instant(request, "to");
                List<Interval> pauses = pauses(request);
                if (!pauses.isEmpty() && to.isBefore(from)) {
                    throw bad("to", request.get("to"), "expected an instant not before \"from\" when pauses are given");
                }
                Duration d = pauses.isEmpty() ? cal.elapsed(from, to) : cal.elapsed(from, to, pauses);
                a.put("elapsed", d.toString());
                a.put("seconds", d.getSeconds());
            }
            case "next-open" -> a.put("instant", format(cal.nextOpen(instant(request, "at")), zone));
            case "is-open" -> a.put("open", cal.isOpen(instant(request, "at")));
            case "add-working-days" -> {
                JsonNode days = request.get("days");
                if (days == null || !days.canConvertToInt() || !days.isIntegralNumber()) {
                    throw bad("days", days, "expected a whole number of working days");
                }
                a.put("date", cal.addWorkingDays(date(request, "date"), days.intValue()).toString());
            }
            default -> throw bad("op", request.get("op"),
                    "expected add, subtract, elapsed, next-open, is-open or add-working-days");
        }
        return a;
    }

    private BusinessCalendar calendar(JsonNode request, BusinessCalendar fromFile) {
        JsonNode c = request.get("calendar");
        if (c != null && !c.isNull()) {
            String key = c.toString();
            BusinessCalendar cal = embedded.get(key);
            if (cal == null) {
                cal = CalendarJson.fromTree(c, "request line", "$.calendar");
                embedded.put(key, cal);
            }
            return cal;
        }
        if (fromFile == null) {
            throw bad("calendar", null, "expected --calendar FILE or a \"calendar\" object on the line");
        }
        return fromFile;
    }

    private static String format(Instant t, ZoneId zone) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.atZone(zone).toOffsetDateTime());
    }

    private static String text(JsonNode request, String field) {
        JsonNode n = request.get(field);
        if (n == null || !n.isTextual()) {
            throw bad(field, n, "expected a string");
        }
        return n.asText();
    }

    private static Instant instant(JsonNode request, String field) {
        return parseInstant(request.get(field), field);
    }

    private static Instant parseInstant(JsonNode n, String field) {
        if (n == null || !n.isTextual()) {
            throw bad(field, n, "expected an instant with an offset such as \"2026-10-09T08:30:00+08:00\"");
        }
        try {
            return OffsetDateTime.parse(n.asText().strip()).toInstant();
        } catch (DateTimeException e) {
            throw bad(field, n, "expected an instant with an offset such as \"2026-10-09T08:30:00+08:00\"");
        }
    }

    private static Duration duration(JsonNode request, String field) {
        JsonNode n = request.get(field);
        Duration d;
        try {
            d = n != null && n.isTextual() ? Duration.parse(n.asText().strip()) : null;
        } catch (DateTimeException e) {
            d = null;
        }
        if (d == null || d.isNegative()) {
            throw bad(field, n, "expected a non-negative ISO-8601 duration such as \"PT15M\"");
        }
        return d;
    }

    private static LocalDate date(JsonNode request, String field) {
        JsonNode n = request.get(field);
        try {
            if (n != null && n.isTextual()) {
                return LocalDate.parse(n.asText().strip());
            }
        } catch (DateTimeException e) {
            // reported below
        }
        throw bad(field, n, "expected a date YYYY-MM-DD");
    }

    private static List<Interval> pauses(JsonNode request) {
        JsonNode n = request.get("pauses");
        List<Interval> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (!n.isArray()) {
            throw bad("pauses", n, "expected a list of [from, to] instant pairs");
        }
        for (int i = 0; i < n.size(); i++) {
            JsonNode p = n.get(i);
            String path = "pauses[" + i + "]";
            if (!p.isArray() || p.size() != 2) {
                throw bad(path, p, "expected a pair [from, to]");
            }
            Instant from = parseInstant(p.get(0), path + "[0]");
            Instant to = parseInstant(p.get(1), path + "[1]");
            if (to.isBefore(from)) {
                throw bad(path, p, "expected the pause's end not before its start");
            }
            out.add(Interval.of(from, to));
        }
        return out;
    }

    private static InvalidInputException bad(String field, JsonNode value, String expected) {
        return new InvalidInputException(List.of(Violation.of(field, value == null ? "" : value.toString(),
                DeadlineErrorCode.DEADLINE_BAD_REQUEST, expected)));
    }
}
