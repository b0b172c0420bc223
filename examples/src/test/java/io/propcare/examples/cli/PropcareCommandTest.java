package io.propcare.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.propcare.spi.InvalidInputException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class PropcareCommandTest {
    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = PropcareCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void versionAndHelp() {
        Run v = run("--version");
        assertThat(v.exit()).isZero();
        assertThat(v.out()).startsWith("propcare ");
        Run h = run("--help");
        assertThat(h.exit()).isZero();
        assertThat(h.out()).contains("demo").contains("Exit status");
        assertThat(run("demo", "--help").out()).contains("--db").contains("--seed");
    }

    @Test
    void badOptionsExitTwoWithOneLineAndNoStackTrace() {
        Run r = run("--no-such-option");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("propcare: Unknown option").doesNotContain("\tat ");
        Run d = run("demo", "--complaints", "0", "--db", "memory:");
        assertThat(d.exit()).isEqualTo(2);
        assertThat(d.err()).contains("--complaints must be from 1 to 10000, got 0");
    }

    @Test
    void unknownStorageIsAOneLineError() {
        Run r = run("demo", "--db", "jdbc:oracle:thin:@nowhere");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("No storage provider accepts").doesNotContain("\tat ");
    }

    @Test
    void demoRunsEndToEndAndMasksPersonalData() {
        Run r = run("demo", "--db", "memory:", "--complaints", "12", "--days", "3", "--seed", "7");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Monthly complaint report").contains("Received 12:")
                .contains("every escalation has its notification    ok").doesNotContain("FAILED");
        for (int unit = 0; unit < 120; unit++) {
            io.propcare.model.complaint.Resident resident = DemoScript.resident(unit);
            assertThat(r.out()).doesNotContain(resident.phone().orElseThrow().digits())
                    .doesNotContain(resident.name().orElseThrow().value());
        }
        assertThat(run("demo", "--db", "memory:", "--complaints", "12", "--days", "3", "--seed", "7").out())
                .isEqualTo(r.out());
    }

    @Test
    void jsonLinesEchoIdsAndReportBadLines() {
        StringWriter out = new StringWriter();
        int exit = JsonLines.process(new StringReader("{\"id\":1,\"x\":2}\n\nnot json\n{\"id\":\"b\",\"x\":-1}\n[1]\n"), out,
                req -> {
                    int x = req.get("x").asInt();
                    if (x < 0) {
                        throw InvalidInputException.of("x", x, "expected a number of 0 or more");
                    }
                    ObjectNode n = JsonLines.MAPPER.createObjectNode();
                    n.put("double", 2 * x);
                    return n;
                });
        assertThat(exit).isEqualTo(1);
        String[] lines = out.toString().split("\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).isEqualTo("{\"id\":1,\"double\":4}");
        assertThat(lines[1]).contains("\"code\":\"BAD_JSON\"");
        JsonNode third = JsonLines.answerLine(lines[2], r -> JsonLines.MAPPER.createObjectNode());
        assertThat(third.get("id").asText()).isEqualTo("b");
        assertThat(lines[2]).contains("\"code\":\"INVALID_INPUT\"").contains("expected a number of 0 or more");
        assertThat(lines[3]).contains("expected a JSON object");
    }
}
