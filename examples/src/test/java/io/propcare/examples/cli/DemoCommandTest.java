package io.propcare.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
    private static int sum(JsonNode counts) {
        int s = 0;
        for (Iterator<JsonNode> it = counts.elements(); it.hasNext(); ) {
            s += it.next().asInt();
        }
        return s;
    }

    @Test
    void shortMonthReportIsConsistentAndWrittenAsJson(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("report.json");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = PropcareCommand.execute(new String[] {"demo", "--db", "memory:", "--seed", "3", "--complaints", "60",
                "--days", "10", "--report", file.toString()}, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(exit).as(err.toString()).isZero();
        JsonNode j = JsonLines.MAPPER.readTree(Files.readString(file));
        int received = j.get("received").asInt();
        assertThat(received).isEqualTo(60);
        assertThat(sum(j.get("byCategory"))).isEqualTo(received);
        assertThat(sum(j.get("byValidity"))).isEqualTo(received);
        assertThat(sum(j.get("byScope"))).isEqualTo(received);
        assertThat(sum(j.get("byChannel"))).isEqualTo(received);
        assertThat(sum(j.get("escalationsByLevel"))).isEqualTo(j.get("escalations").asInt());
        assertThat(j.get("escalations").asInt()).as("some staff were late").isPositive();
        assertThat(j.get("collectiveCases").asInt()).isEqualTo(2);
        assertThat(j.get("byScope").get("collective").asInt()).isBetween(8, 10);
        assertThat(j.get("notifications").get("byTemplate").get("complaint.escalated").asInt())
                .isGreaterThanOrEqualTo(j.get("escalations").asInt());
        assertThat(j.get("handled").asInt()).isLessThanOrEqualTo(received);
        for (Iterator<Map.Entry<String, JsonNode>> it = j.get("checks").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> c = it.next();
            assertThat(c.getValue().asBoolean()).as(c.getKey()).isTrue();
        }
        assertThat(j.get("spotCheck").size()).isEqualTo(12);
        assertThat(out.toString()).contains("Report written to");
    }

    @Test
    void embeddedH2GivesTheSameMonthAsMemory() {
        String[] args = {"demo", "--seed", "5", "--complaints", "30", "--days", "6"};
        StringWriter h2 = new StringWriter();
        StringWriter mem = new StringWriter();
        assertThat(PropcareCommand.execute(args, new PrintWriter(h2, true), new PrintWriter(new StringWriter(), true)))
                .isZero();
        String[] memArgs = java.util.Arrays.copyOf(args, args.length + 2);
        memArgs[args.length] = "--db";
        memArgs[args.length + 1] = "memory:";
        assertThat(PropcareCommand.execute(memArgs, new PrintWriter(mem, true), new PrintWriter(new StringWriter(), true)))
                .isZero();
        assertThat(h2.toString()).contains("storage jdbc;").doesNotContain("FAILED");
        StringWriter again = new StringWriter();
        assertThat(PropcareCommand.execute(args, new PrintWriter(new StringWriter(), true), new PrintWriter(again, true)))
                .as("the same in-memory H2 database a second time").isEqualTo(2);
        assertThat(again.toString()).contains("already holds a demo month").doesNotContain("\tat ");
        assertThat(h2.toString().replace("storage jdbc;", "storage memory;")).isEqualTo(mem.toString());
    }

    @Test
    void badDaysIsAUsageError() {
        StringWriter err = new StringWriter();
        int exit = PropcareCommand.execute(new String[] {"demo", "--db", "memory:", "--days", "31"},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--days must be from 1 to 30, got 31");
    }
}
