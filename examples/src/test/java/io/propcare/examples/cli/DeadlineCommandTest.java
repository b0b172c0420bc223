package io.propcare.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeadlineCommandTest {
    private static final String DESK = "{\"zone\": \"Asia/Shanghai\", \"weekly\": {\"MON\": [\"08:30-17:30\"],"
            + " \"TUE\": [\"08:30-17:30\"], \"WED\": [\"08:30-17:30\"], \"THU\": [\"08:30-17:30\"],"
            + " \"FRI\": [\"08:30-17:30\"]}, \"include\": [\"cn\"]}";

    @TempDir
    Path dir;

    private record Run(int exit, List<JsonNode> lines, String err) {
    }

    private Run run(String calendar, String... requests) throws Exception {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, String.join("\n", requests) + "\n");
        List<String> args = new ArrayList<>(List.of("deadline", "--in", in.toString()));
        if (calendar != null) {
            Path cal = dir.resolve("calendar.json");
            Files.writeString(cal, calendar);
            args.addAll(List.of("--calendar", cal.toString()));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = PropcareCommand.execute(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            if (!line.isBlank()) {
                lines.add(JsonLines.MAPPER.readTree(line));
            }
        }
        return new Run(exit, lines, err.toString());
    }

    @Test
    @DisplayName("every operation answers per the contract, echoing ids, with the calendar zone's offset")
    void operations() throws Exception {
        Run r = run(DESK,
                "{\"id\":\"a\",\"op\":\"add\",\"start\":\"2026-09-30T17:00:00+08:00\",\"duration\":\"PT1H\"}",
                "{\"id\":\"s\",\"op\":\"subtract\",\"start\":\"2026-09-30T09:00:00+08:00\",\"duration\":\"PT24H\"}",
                "{\"id\":\"e\",\"op\":\"elapsed\",\"from\":\"2025-01-24T09:00:00Z\",\"to\":\"2025-02-05T00:30:00Z\"}",
                "{\"id\":\"n\",\"op\":\"next-open\",\"at\":\"2026-10-01T00:00:00Z\"}",
                "{\"id\":\"o\",\"op\":\"is-open\",\"at\":\"2026-09-20T02:00:00Z\"}",
                "{\"id\":\"w\",\"op\":\"add-working-days\",\"date\":\"2026-09-30\",\"days\":3}",
                "{\"id\":\"p\",\"op\":\"add\",\"start\":\"2026-09-30T16:00:00+08:00\",\"duration\":\"PT1H\","
                        + "\"pauses\":[[\"2026-09-30T16:30:00+08:00\",\"2026-10-08T09:00:00+08:00\"]]}");
        assertThat(r.exit()).isZero();
        assertThat(r.lines()).hasSize(7);
        assertThat(r.lines().get(0).get("id").asText()).isEqualTo("a");
        assertThat(r.lines().get(0).get("deadline").asText()).isEqualTo("2026-10-08T09:00:00+08:00");
        assertThat(r.lines().get(0).get("explain").asText()).contains("国庆节").contains("2026-10-01");
        assertThat(r.lines().get(1).get("instant").asText()).isEqualTo("2026-09-24T12:00:00+08:00");
        assertThat(r.lines().get(2).get("elapsed").asText()).isEqualTo("PT18H30M");
        assertThat(r.lines().get(2).get("seconds").asLong()).isEqualTo(66_600);
        assertThat(r.lines().get(3).get("instant").asText()).isEqualTo("2026-10-08T08:30:00+08:00");
        assertThat(r.lines().get(4).get("open").asBoolean()).isTrue();
        assertThat(r.lines().get(5).get("date").asText()).isEqualTo("2026-10-10");
        // 16:00-16:30 counts, paused until 10-08 09:00, then 30 min more
        assertThat(r.lines().get(6).get("deadline").asText()).isEqualTo("2026-10-08T09:30:00+08:00");
        assertThat(r.lines().get(6).get("explain").asText()).contains("Paused");
    }

    @Test
    @DisplayName("a calendar on the line overrides --calendar; zero durations, closing times and midnight windows follow the conventions")
    void embeddedCalendarAndConventions() throws Exception {
        String night = "{\"zone\":\"Europe/Berlin\",\"weekly\":{\"SAT\":[\"21:00-08:30\"]}}";
        Run r = run(DESK,
                "{\"op\":\"add\",\"start\":\"2026-03-28T21:00:00+01:00\",\"duration\":\"PT10H30M\",\"calendar\":" + night + "}",
                "{\"op\":\"add\",\"start\":\"2026-03-28T12:00:00+01:00\",\"duration\":\"PT0S\",\"calendar\":" + night + "}",
                "{\"op\":\"subtract\",\"start\":\"2026-03-29T12:00:00+02:00\",\"duration\":\"PT0S\",\"calendar\":" + night + "}",
                "{\"op\":\"add\",\"start\":\"2026-09-30T08:30:00+08:00\",\"duration\":\"PT9H\"}");
        assertThat(r.exit()).isZero();
        assertThat(r.lines().get(0).get("deadline").asText()).isEqualTo("2026-03-29T08:30:00+02:00");
        assertThat(r.lines().get(1).get("deadline").asText()).isEqualTo("2026-03-28T21:00:00+01:00");
        assertThat(r.lines().get(2).get("instant").asText()).isEqualTo("2026-03-29T08:30:00+02:00");
        assertThat(r.lines().get(3).get("deadline").asText()).as("lands on closing time").isEqualTo("2026-09-30T17:30:00+08:00");
    }

    @Test
    @DisplayName("a bad line gets an error line with a code, the run goes on, and the exit status is 1")
    void badLines() throws Exception {
        Run r = run(DESK,
                "{\"id\":1,\"op\":\"add\",\"start\":\"2026-12-31T17:00:00+08:00\",\"duration\":\"PT1H\"}",
                "{\"id\":2,\"op\":\"add\",\"start\":\"2026-12-31T17:00\",\"duration\":\"PT1H\"}",
                "{\"id\":3,\"op\":\"add\",\"start\":\"2026-12-01T17:00:00Z\",\"duration\":\"-PT1H\"}",
                "{\"id\":4,\"op\":\"jump\"}",
                "{\"id\":5,\"op\":\"is-open\",\"at\":\"2026-01-01T00:00:00Z\",\"calendar\":{\"zone\":\"UTC\"}}",
                "not json",
                "{\"id\":7,\"op\":\"is-open\",\"at\":\"2026-10-09T01:00:00Z\"}");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.lines()).hasSize(7);
        assertThat(r.lines().get(0).at("/error/code").asText()).isEqualTo("CALENDAR_OUTSIDE_DATA");
        assertThat(r.lines().get(1).at("/error/code").asText()).isEqualTo("DEADLINE_BAD_REQUEST");
        assertThat(r.lines().get(2).at("/error/code").asText()).isEqualTo("DEADLINE_BAD_REQUEST");
        assertThat(r.lines().get(3).at("/error/code").asText()).isEqualTo("DEADLINE_BAD_REQUEST");
        assertThat(r.lines().get(4).at("/error/code").asText()).isEqualTo("CONFIG_MISSING");
        assertThat(r.lines().get(4).at("/error/message").asText()).contains("$.calendar.weekly");
        assertThat(r.lines().get(5).at("/error/code").asText()).isEqualTo("BAD_JSON");
        assertThat(r.lines().get(6).get("open").asBoolean()).isTrue();
        assertThat(r.lines().get(0).get("id").asInt()).isEqualTo(1);
    }

    @Test
    @DisplayName("a calendar with several problems names every one, in the file and on a request line")
    void everyProblemOfACalendarIsNamed() throws Exception {
        String bad = "{\"zone\": \"Mars/Olympus\", \"weekly\": {\"MON\": [\"25:00-17:30\"], \"XYZ\": [\"08:30-17:30\"]},"
                + " \"include\": [\"atlantis\"]}";
        Run file = run(bad, "{\"op\":\"is-open\",\"at\":\"2026-01-01T00:00:00Z\"}");
        assertThat(file.exit()).isEqualTo(2);
        assertThat(file.lines()).isEmpty();
        assertThat(file.err()).contains("$.zone", "Mars/Olympus", "CONFIG_BAD_VALUE", "$.weekly.MON[0]", "25:00-17:30",
                "CONFIG_BAD_TIME", "$.weekly.XYZ", "CONFIG_UNKNOWN_PROPERTY", "$.include[0]", "atlantis",
                "CONFIG_UNKNOWN_REFERENCE", "and 3 more problems").doesNotContain("\tat ");

        String embedded = "{\"zone\": \"Mars/Olympus\", \"weekly\": {\"MON\": [\"25:00-17:30\"]}, \"include\": [\"atlantis\"]}";
        Run line = run(DESK, "{\"id\":1,\"op\":\"is-open\",\"at\":\"2026-01-01T00:00:00Z\",\"calendar\":" + embedded + "}",
                "{\"id\":2,\"op\":\"is-open\",\"at\":\"2026-10-09T01:00:00Z\"}");
        assertThat(line.exit()).isEqualTo(1);
        assertThat(line.lines()).hasSize(2);
        assertThat(line.lines().get(0).at("/error/code").asText()).isEqualTo("CONFIG_BAD_VALUE");
        assertThat(line.lines().get(0).at("/error/message").asText()).contains("$.calendar.zone",
                "$.calendar.weekly.MON[0]", "$.calendar.include[0]", "and 2 more problems");
        assertThat(line.lines().get(1).get("open").asBoolean()).isTrue();
    }

    @Test
    @DisplayName("a calendar file adds 2027 from a year file next to it: deadlines into 2027 are computed, not refused")
    void aYearFileNextToTheCalendarExtendsTheData() throws Exception {
        // invented 2027 days for the test, not the State Council's notice: 1 January off, Saturday 6 February worked
        Files.createDirectories(dir.resolve("holidays"));
        Files.writeString(dir.resolve("holidays/2027.json"), "{\"year\": 2027, \"days\": ["
                + "{\"name\": \"元旦\", \"date\": \"2027-01-01\", \"isOffDay\": true},"
                + "{\"name\": \"春节\", \"date\": \"2027-02-06\", \"isOffDay\": false}]}");
        String line = "{\"id\":\"a\",\"op\":\"add\",\"start\":\"2026-12-31T17:00:00+08:00\",\"duration\":\"PT1H\"}";
        Run shipped = run(DESK, line);
        assertThat(shipped.exit()).isEqualTo(1);
        assertThat(shipped.lines().get(0).at("/error/code").asText()).isEqualTo("CALENDAR_OUTSIDE_DATA");
        assertThat(shipped.lines().get(0).at("/error/message").asText()).contains("\"years\": [\"2027.json\"]");

        Run extended = run(DESK.replace("\"include\": [\"cn\"]",
                "\"include\": [{\"data\": \"cn\", \"years\": [\"holidays/2027.json\"]}]"), line,
                "{\"id\":\"o\",\"op\":\"is-open\",\"at\":\"2027-02-06T02:00:00Z\"}");
        assertThat(extended.exit()).isZero();
        assertThat(extended.lines().get(0).get("deadline").asText()).isEqualTo("2027-01-04T09:00:00+08:00");
        assertThat(extended.lines().get(1).get("open").asBoolean()).isTrue();
    }

    @Test
    @DisplayName("an unreadable calendar file or a missing calendar is exit status 2 with one line on standard error")
    void badUsage() throws Exception {
        Run r = run("{\"zone\": \"Asia/Shanghai\", \"weekly\": \"sometimes\"}", "{\"op\":\"is-open\",\"at\":\"2026-01-01T00:00:00Z\"}");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("CONFIG_BAD_VALUE").doesNotContain("\tat ");
        Run none = run(null, "{\"op\":\"is-open\",\"at\":\"2026-01-01T00:00:00Z\"}");
        assertThat(none.exit()).isEqualTo(1);
        assertThat(none.lines().get(0).at("/error/code").asText()).isEqualTo("DEADLINE_BAD_REQUEST");
    }
}
