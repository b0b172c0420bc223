package io.propcare.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RosterCommandTest {
    @TempDir
    Path dir;

    private static Path instance(int n) {
        for (Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath(); p != null; p = p.getParent()) {
            Path c = p.resolveSibling("shared/benchmarks/shift-scheduling/instances/Instance" + n + ".txt");
            if (Files.isRegularFile(c)) {
                return c;
            }
        }
        throw new IllegalStateException("shared benchmarks not found");
    }

    private record Run(int status, String out, String err) {
        JsonNode json() throws Exception {
            return JsonLines.MAPPER.readTree(out);
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = PropcareCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void solveWritesARosterThatCheckScoresTheSame() throws Exception {
        Path sol = dir.resolve("sol.txt");
        Run solve = run("roster", "solve", "--instance", instance(1).toString(), "--time-limit", "PT30S", "--seed", "3",
                "--threads", "1", "--max-steps", "300000", "--out", sol.toString());
        assertThat(solve.status()).isZero();
        JsonNode s = solve.json();
        assertThat(s.get("instance").asText()).isEqualTo("Instance1");
        assertThat(s.get("hardViolations").asInt()).isZero();
        assertThat(s.get("seed").asLong()).isEqualTo(3);
        Run check = run("roster", "check", "--instance", instance(1).toString(), "--solution", sol.toString());
        assertThat(check.status()).isZero();
        assertThat(check.json().get("objective").asLong()).isEqualTo(s.get("objective").asLong());
        assertThat(check.json().get("penalties")).isEqualTo(s.get("penalties"));
        assertThat(Files.readAllLines(sol)).hasSize(8).allSatisfy(l -> assertThat(l.split("\t", -1)).hasSize(15));
    }

    @Test
    void checkListsEveryViolationWithWhoWhenAndHowMuch() throws Exception {
        Path sol = dir.resolve("off.txt");
        StringBuilder sb = new StringBuilder();
        for (String e : new String[] {"A", "B", "C", "D", "E", "F", "G", "H"}) {
            sb.append(e).append("\t".repeat(14)).append('\n');
        }
        Files.writeString(sol, sb);
        Run check = run("roster", "check", "--instance", instance(1).toString(), "--solution", sol.toString());
        assertThat(check.status()).isEqualTo(1);
        JsonNode j = check.json();
        assertThat(j.get("objective").asLong()).isEqualTo(7137);
        assertThat(j.get("hardViolations").asInt()).isEqualTo(8);
        JsonNode first = j.get("violations").get(0);
        assertThat(first.get("rule").asText()).isEqualTo("cover-under");
        assertThat(first.get("amount").asLong()).isPositive();
        assertThat(first.get("from").asText()).isEqualTo("2024-01-01");
    }

    @Test
    void badOptionsAndMissingFilesExitWithTwoAndOneLine() {
        Run missing = run("roster", "check", "--instance", dir.resolve("nope.txt").toString(), "--solution", "x");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err().lines().count()).isEqualTo(1);
        assertThat(missing.err()).contains("nope.txt");
        Run badLimit = run("roster", "solve", "--instance", instance(1).toString(), "--time-limit", "60s");
        assertThat(badLimit.status()).isEqualTo(2);
        assertThat(badLimit.err()).contains("PT60S");
    }

    @Test
    void solvesThePropertyFormat() throws Exception {
        Path spec = dir.resolve("month.json");
        try (var in = io.propcare.roster.PropertyRoster.class.getResourceAsStream("sample-property-roster.json")) {
            Files.copy(in, spec);
        }
        Run solve = run("roster", "solve", "--format", "propcare", "--instance", spec.toString(), "--threads", "1",
                "--max-steps", "300000", "--out", dir.resolve("r.txt").toString());
        assertThat(solve.status()).isZero();
        assertThat(solve.json().get("instance").asText()).isEqualTo("talent-apartments-2027-01");
        assertThat(Files.readAllLines(dir.resolve("r.txt"))).hasSize(12);
        Run table = run("roster", "table", "--instance", spec.toString(), "--solution", dir.resolve("r.txt").toString());
        assertThat(table.status()).isZero();
        assertThat(table.out().lines().findFirst().orElseThrow()).startsWith("staff,name,2027-01-01");
        assertThat(table.out()).doesNotContain("张伟");
        Path req = dir.resolve("at.jsonl");
        Files.writeString(req, "{\"id\":1,\"at\":\"2027-01-06T02:00:00+08:00\"}\n{\"id\":2,\"at\":\"noon\"}\n");
        Run duty = run("roster", "on-duty", "--instance", spec.toString(), "--solution", dir.resolve("r.txt").toString(),
                "--in", req.toString());
        assertThat(duty.status()).isEqualTo(1);
        List<String> lines = duty.out().lines().toList();
        JsonNode first = JsonLines.MAPPER.readTree(lines.get(0));
        assertThat(first.get("onDuty")).anySatisfy(n -> {
            assertThat(n.get("staff").asText()).isEqualTo("E03");
            assertThat(n.get("post").asText()).isEqualTo("fire-control");
        });
        assertThat(JsonLines.MAPPER.readTree(lines.get(1)).get("error").get("code").asText()).isEqualTo("BAD_TIME");
    }
}
