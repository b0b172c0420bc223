package io.propcare.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComplaintCommandsTest {
    @TempDir
    Path dir;

    record Run(int status, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = PropcareCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(status, out.toString(), err.toString());
    }

    static Path corpus() {
        Path d = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (d != null) {
            Path p = d.resolveSibling("shared").resolve("data/complaints/corpus.jsonl");
            if (Files.isRegularFile(p)) {
                return p;
            }
            d = d.getParent();
        }
        throw new IllegalStateException("shared corpus not found");
    }

    static List<JsonNode> lines(String text) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String l : text.split("\n")) {
            if (!l.isBlank()) {
                out.add(JsonLines.MAPPER.readTree(l));
            }
        }
        return out;
    }

    @Test
    void classifyAnswersEveryLineInInputOrderWithCollectiveCasesInTimeOrder() throws IOException {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, String.join("\n",
                "{\"id\":\"c3\",\"text\":\"我家也没水了\",\"receivedAt\":\"2026-07-17T08:30:00+08:00\",\"channel\":\"wechat\",\"unit\":\"5-303\",\"building\":\"5\"}",
                "{\"id\":\"c1\",\"text\":\"5栋停水了？家里一滴水都没有\",\"receivedAt\":\"2026-07-17T07:40:00+08:00\",\"channel\":\"wechat\",\"unit\":\"5-101\",\"building\":\"5\"}",
                "{\"id\":\"bad\",\"text\":\"x\",\"receivedAt\":\"yesterday\"}",
                "not json",
                "{\"id\":\"c2\",\"text\":\"没水了，什么时候来水\",\"receivedAt\":\"2026-07-17T08:00:00+08:00\",\"channel\":\"phone\",\"unit\":\"5-202\",\"building\":\"5\"}",
                "{\"id\":\"e1\",\"text\":\"厨房着火了！快来人\",\"receivedAt\":\"2026-07-17T23:00:00+08:00\",\"channel\":\"phone\",\"unit\":\"2-801\",\"building\":\"2\"}"),
                StandardCharsets.UTF_8);
        Run r = run("classify", "--in", in.toString());
        assertThat(r.status()).isEqualTo(1);
        List<JsonNode> out = lines(r.out());
        assertThat(out).hasSize(6);
        assertThat(out.get(0).get("id").asText()).isEqualTo("c3");
        assertThat(out.get(0).get("category").asText()).isEqualTo("plumbing");
        assertThat(out.get(0).get("collective").get("members")).hasSize(3);
        assertThat(out.get(1).get("collective").isNull()).isTrue();
        assertThat(out.get(2).get("error").get("code").asText()).isEqualTo("INVALID_INPUT");
        assertThat(out.get(2).get("error").get("message").asText()).contains("receivedAt");
        assertThat(out.get(3).get("error").get("code").asText()).isEqualTo("BAD_JSON");
        JsonNode fire = out.get(5);
        assertThat(fire.get("urgency").asText()).isEqualTo("emergency");
        assertThat(fire.get("department").asText()).isEqualTo("security");
        assertThat(fire.get("routing").get("receiver").asText()).isEqualTo("fire_control_center");
        assertThat(fire.get("explain").toString()).contains("EMG-FIRE");
        assertThat(fire.get("alternatives").get(0).has("score")).isTrue();
        assertThat(fire.get("confidence").asDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void anUnreadableFileIsExitStatusTwoWithOneLine() {
        Run r = run("classify", "--in", dir.resolve("missing.jsonl").toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(1);
    }

    @Test
    void trainThenEvaluateOnTheCorpus() throws IOException {
        Path model = dir.resolve("model.json");
        Run t = run("train", "--in", corpus().toString(), "--split", "train", "--out", model.toString());
        assertThat(t.status()).as(t.err()).isEqualTo(0);
        assertThat(JsonLines.MAPPER.readTree(t.out()).get("lines").asInt()).isEqualTo(674);
        Run e = run("evaluate", "--model", model.toString(), "--in", corpus().toString(), "--split", "dev");
        assertThat(e.status()).as(e.err()).isEqualTo(0);
        JsonNode report = JsonLines.MAPPER.readTree(e.out());
        assertThat(report.get("lines").asInt()).isEqualTo(226);
        assertThat(report.get("category").get("perClass")).hasSize(21);
        assertThat(report.get("category").get("confusion")).hasSize(21);
        assertThat(report.get("category").get("accuracy").asDouble()).isGreaterThan(0.65);
        assertThat(report.get("urgency").get("labels").toString()).contains("emergency");
        assertThat(report.get("collective").get("linkPrecision").asDouble()).isGreaterThan(0.0);
    }
    @Test
    void extraLinesTrainTheModelButAreNeverScoredInCrossValidation() throws IOException {
        List<String> corpusLines = Files.readAllLines(corpus(), StandardCharsets.UTF_8).stream()
                .filter(l -> l.contains("\"split\": \"train\"")).limit(200).toList();
        Path in = dir.resolve("in.jsonl");
        Files.write(in, corpusLines, StandardCharsets.UTF_8);
        List<String> extraLines = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            extraLines.add("{\"id\":\"x" + i + "\",\"text\":\"zorblax seen again near flat " + (i + 1)
                    + "\",\"receivedAt\":\"2026-07-17T08:30:00+08:00\",\"category\":\"pests\""
                    + (i == 0 ? ",\"split\":\"dev\"" : "") + "}");
        }
        extraLines.add("{\"id\":\"y\",\"text\":\"no label here\",\"receivedAt\":\"2026-07-17T08:30:00+08:00\"}");
        Path extra = dir.resolve("extra.jsonl");
        Files.write(extra, extraLines, StandardCharsets.UTF_8);
        Path with = dir.resolve("with.json");
        Path cvOut = dir.resolve("cv.jsonl");
        Run t = run("train", "--in", in.toString(), "--extra", extra.toString(), "--cv", "2", "--cv-out",
                cvOut.toString(), "--out", with.toString());
        assertThat(t.status()).as(t.err()).isEqualTo(0);
        JsonNode summary = JsonLines.MAPPER.readTree(t.out());
        assertThat(summary.get("lines").asInt()).isEqualTo(200);
        assertThat(summary.get("extraLines").asInt()).isEqualTo(12);
        assertThat(summary.get("extraUnlabelled").asInt()).isEqualTo(1);
        List<JsonNode> scored = lines(Files.readString(cvOut, StandardCharsets.UTF_8));
        assertThat(scored).hasSize(200);
        assertThat(scored).noneMatch(n -> n.get("id").asText().startsWith("x"));
        Path without = dir.resolve("without.json");
        assertThat(run("train", "--in", in.toString(), "--out", without.toString()).status()).isEqualTo(0);
        Path q = dir.resolve("q.jsonl");
        Files.writeString(q, "{\"id\":\"q\",\"text\":\"zorblax everywhere\",\"receivedAt\":\"2026-07-18T08:30:00+08:00\"}\n",
                StandardCharsets.UTF_8);
        Run a = run("classify", "--model", with.toString(), "--in", q.toString());
        Run b = run("classify", "--model", without.toString(), "--in", q.toString());
        assertThat(lines(a.out()).get(0).get("category").asText()).isEqualTo("pests");
        assertThat(lines(b.out()).get(0).get("category").asText()).isNotEqualTo("pests");
    }

    @Test
    void anExtraDirectoryStandsForItsJsonLinesFilesAndARepeatedIdIsReadOnce() throws IOException {
        Path in = dir.resolve("in.jsonl");
        Files.write(in, Files.readAllLines(corpus(), StandardCharsets.UTF_8).stream()
                .filter(l -> l.contains("\"split\": \"train\"")).limit(120).toList(), StandardCharsets.UTF_8);
        String firstId = JsonLines.MAPPER.readTree(Files.readAllLines(in, StandardCharsets.UTF_8).get(0)).get("id").asText();
        Path extras = Files.createDirectories(dir.resolve("extras"));
        Files.writeString(extras.resolve("a.jsonl"), "{\"id\":\"e1\",\"text\":\"zorblax in the bin room\","
                + "\"receivedAt\":\"2026-07-17T08:30:00+08:00\",\"category\":\"pests\"}\n"
                + "{\"id\":\"" + firstId + "\",\"text\":\"a line the corpus already has\","
                + "\"receivedAt\":\"2026-07-17T08:30:00+08:00\",\"category\":\"pests\"}\n", StandardCharsets.UTF_8);
        Files.writeString(extras.resolve("b.jsonl"), "{\"id\":\"e1\",\"text\":\"zorblax again\","
                + "\"receivedAt\":\"2026-07-17T08:30:00+08:00\",\"category\":\"pests\"}\n"
                + "{\"id\":\"e2\",\"text\":\"zorblax under the sink\","
                + "\"receivedAt\":\"2026-07-17T08:30:00+08:00\",\"category\":\"pests\"}\n", StandardCharsets.UTF_8);
        Files.writeString(extras.resolve("notes.txt"), "not JSON Lines, not read\n", StandardCharsets.UTF_8);
        Files.createDirectories(extras.resolve("later"));
        Files.writeString(extras.resolve("later").resolve("c.jsonl"), "{\"id\":\"e3\",\"text\":\"zorblax\","
                + "\"receivedAt\":\"2026-07-17T08:30:00+08:00\",\"category\":\"pests\"}\n", StandardCharsets.UTF_8);
        Run t = run("train", "--in", in.toString(), "--extra", extras.toString(), "--out", dir.resolve("m.json").toString());
        assertThat(t.status()).as(t.err()).isEqualTo(0);
        JsonNode summary = JsonLines.MAPPER.readTree(t.out());
        assertThat(summary.get("lines").asInt()).isEqualTo(120);
        assertThat(summary.get("extraLines").asInt()).isEqualTo(2);
        assertThat(summary.get("repeatedIds").asInt()).isEqualTo(2);
    }

    /** The corpus's first 200 train lines, as a file. */
    private Path trainLines() throws IOException {
        Path in = dir.resolve("in.jsonl");
        Files.write(in, Files.readAllLines(corpus(), StandardCharsets.UTF_8).stream()
                .filter(l -> l.contains("\"split\": \"train\"")).limit(200).toList(), StandardCharsets.UTF_8);
        return in;
    }

    /** A one-line file asking about the made-up word the extra lines teach. */
    private Path zorblaxQuery() throws IOException {
        Path q = dir.resolve("q.jsonl");
        Files.writeString(q, "{\"id\":\"q\",\"text\":\"zorblax seen again\",\"receivedAt\":\"2026-07-18T08:30:00+08:00\"}\n",
                StandardCharsets.UTF_8);
        return q;
    }

    @Test
    void categoryOnlyExtraLinesTeachTheCategoryButNotTheValidity() throws IOException {
        Path in = trainLines();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            lines.add("{\"id\":\"z" + i + "\",\"text\":\"zorblax seen again near flat " + (i + 1)
                    + "\",\"receivedAt\":\"2026-07-17T08:30:00+08:00\",\"category\":\"pests\","
                    + "\"urgency\":\"low\",\"validity\":\"invalid\"}");
        }
        Path extra = dir.resolve("zorblax.jsonl");
        Files.write(extra, lines, StandardCharsets.UTF_8);
        Path q = zorblaxQuery();
        Path all = dir.resolve("all.json");
        Path category = dir.resolve("category.json");
        assertThat(run("train", "--in", in.toString(), "--extra", extra.toString(), "--out", all.toString()).status())
                .isEqualTo(0);
        Run t = run("train", "--in", in.toString(), "--extra-category", extra.toString(), "--out", category.toString());
        assertThat(t.status()).as(t.err()).isEqualTo(0);
        assertThat(JsonLines.MAPPER.readTree(t.out()).get("extraLines").asInt()).isEqualTo(40);
        JsonNode a = lines(run("classify", "--model", all.toString(), "--in", q.toString()).out()).get(0);
        JsonNode c = lines(run("classify", "--model", category.toString(), "--in", q.toString()).out()).get(0);
        assertThat(a.get("category").asText()).isEqualTo("pests");
        assertThat(c.get("category").asText()).isEqualTo("pests");
        assertThat(a.get("validity").asText()).isEqualTo("invalid");
        assertThat(c.get("validity").asText()).isEqualTo("valid");
    }

    @Test
    void theExtraWeightsDecideBetweenExtraLinesThatDisagree() throws IOException {
        Path in = trainLines();
        Path pests = dir.resolve("pests.jsonl");
        Path greening = dir.resolve("greening.jsonl");
        List<String> p = new ArrayList<>();
        List<String> g = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String line = "\"text\":\"zorblax seen again near flat " + (i + 1)
                    + "\",\"receivedAt\":\"2026-07-17T08:30:00+08:00\",";
            p.add("{\"id\":\"p" + i + "\"," + line + "\"category\":\"pests\"}");
            g.add("{\"id\":\"g" + i + "\"," + line + "\"category\":\"greening\"}");
        }
        Files.write(pests, p, StandardCharsets.UTF_8);
        Files.write(greening, g, StandardCharsets.UTF_8);
        Path q = zorblaxQuery();
        Path lightGreening = dir.resolve("light-greening.json");
        Path lightPests = dir.resolve("light-pests.json");
        Run a = run("train", "--in", in.toString(), "--extra", pests.toString(), "--extra-category", greening.toString(),
                "--extra-category-weight", "0.1", "--out", lightGreening.toString());
        assertThat(a.status()).as(a.err()).isEqualTo(0);
        Run b = run("train", "--in", in.toString(), "--extra", pests.toString(), "--extra-category", greening.toString(),
                "--extra-weight", "0.1", "--out", lightPests.toString());
        assertThat(b.status()).as(b.err()).isEqualTo(0);
        assertThat(lines(run("classify", "--model", lightGreening.toString(), "--in", q.toString()).out()).get(0)
                .get("category").asText()).isEqualTo("pests");
        assertThat(lines(run("classify", "--model", lightPests.toString(), "--in", q.toString()).out()).get(0)
                .get("category").asText()).isEqualTo("greening");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"--extra-weight, 0", "--extra-category-weight, -1",
            "--extra-weight, NaN", "--extra-category-weight, Infinity"})
    void anExtraWeightThatIsNotAPositiveNumberIsExitStatusTwo(String option, String value) {
        Run r = run("train", "--in", corpus().toString(), option, value, "--out", dir.resolve("m.json").toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains(option + " must be a finite number greater than 0, was");
        assertThat(Files.exists(dir.resolve("m.json"))).isFalse();
    }

    @Test
    void anExtraDirectoryWithoutJsonLinesIsAnError() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Run r = run("train", "--in", corpus().toString(), "--extra", empty.toString(),
                "--out", dir.resolve("m.json").toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("--extra").contains("empty").contains("no *.jsonl file");
    }

    @Test
    void aMissingExtraFileIsExitStatusTwo() {
        Run r = run("train", "--in", corpus().toString(), "--extra", dir.resolve("missing.jsonl").toString(),
                "--out", dir.resolve("m.json").toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("missing.jsonl");
    }
}
