package io.propcare.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SurveyCommandTest {
    @TempDir
    Path dir;

    private static final String QUESTIONNAIRE = """
            {"round": {"period": "2026-12", "occupiedUnits": 10, "issued": 10},
             "items": [
               {"id": "front_desk", "label": {"zh": "前台服务", "en": "Front desk"}, "scale": "satisfaction5", "satisfiedAtLeast": 4},
               {"id": "cleaning", "scale": "satisfaction5"},
               {"id": "recommend", "scale": "nps"}],
             "minGroupSize": 3}
            """;

    private int run(StringWriter out, StringWriter err, String... args) {
        return PropcareCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void printsOneReportAndListsRejectedRows() throws Exception {
        Path q = write("q.json", QUESTIONNAIRE);
        Path r = write("r.csv", "id,building,front_desk,cleaning,recommend\n"
                + "a,1,5,4,10\nb,1,4,NA,9\nc,1,2,,6\nd,2,5,5,9\ne,2,9,5,8\n");
        Path prev = write("p.csv", "id,building,front_desk,cleaning,recommend\n"
                + "x,1,3,3,5\ny,1,4,4,7\nz,2,5,2,9\n");
        Path table = dir.resolve("table.csv");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = run(out, err, "survey", "--questionnaire", q.toString(), "--responses", r.toString(),
                "--compare", prev.toString(), "--by", "building", "--ci", "jeffreys", "--table", table.toString());
        assertThat(status).as(err.toString()).isEqualTo(1);
        JsonNode json = JsonLines.MAPPER.readTree(out.toString());
        assertThat(json.get("responses").asLong()).isEqualTo(4);
        assertThat(json.at("/ingest/0/problems/0/row").asLong()).isEqualTo(6);
        assertThat(json.at("/ingest/0/problems/0/column").asText()).isEqualTo("front_desk");
        assertThat(json.at("/ingest/0/problems/0/value").asText()).isEqualTo("9");
        assertThat(json.at("/items/0/satisfaction/interval/method").asText()).isEqualTo("jeffreys");
        assertThat(json.at("/items/2/nps/promoters").asLong()).isEqualTo(3);
        assertThat(json.at("/comparison/items/0/item").asText()).isEqualTo("front_desk");
        assertThat(json.at("/comparison/previousPeriod").isNull()).isTrue();
        assertThat(json.at("/comparison/nps/0/item").asText()).isEqualTo("recommend");
        // NPS now: promoters 10, 9, 9 of 4 with one detractor (6): 50; before: 5, 7, 9: 0
        assertThat(json.at("/comparison/nps/0/difference").asDouble()).isEqualTo(50.0);
        assertThat(json.at("/breakdowns/0/groups/1/suppressed").asBoolean()).isTrue();
        assertThat(json.at("/pareto/cut").asText()).isEqualTo("strict");
        assertThat(Files.readString(table)).contains("前台服务");
    }

    @Test
    void badOptionsAndUnreadableFilesExitWithTwo() throws Exception {
        Path q = write("q.json", QUESTIONNAIRE);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(run(out, err, "survey", "--questionnaire", q.toString(), "--responses", dir.resolve("none.csv").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("none.csv").doesNotContain("Exception\n\tat");
        assertThat(run(out, err, "survey", "--questionnaire", q.toString(), "--responses", q.toString(), "--ci", "bogus"))
                .isEqualTo(2);
        Path badQ = write("bad.json", "{\"items\": [{\"id\": \"a\", \"scale\": \"stars\"}]}");
        err.getBuffer().setLength(0);
        assertThat(run(out, err, "survey", "--questionnaire", badQ.toString(), "--responses", q.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("$.items[0].scale");
    }
}
