package io.propcare.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.propcare.model.complaint.ComplaintRecord;
import io.propcare.model.complaint.EventType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ReadmeExampleTest {
    @Test
    void theExampleRuns() {
        ComplaintRecord r = ReadmeExample.run(Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"), ZoneId.of("Asia/Shanghai")),
                "memory:");
        assertThat(r.version()).isEqualTo(1);
        assertThat(r.history()).singleElement().satisfies(e -> assertThat(e.type()).isEqualTo(EventType.RECEIVED));
    }

    @Test
    void theReadmeShowsTheExampleAsItIsCompiled() throws IOException {
        Path module = Path.of(System.getProperty("user.dir"));
        String source = Files.readString(module.resolve("src/main/java/io/propcare/examples/ReadmeExample.java"),
                StandardCharsets.UTF_8);
        String readme = Files.readString(module.resolveSibling("README.md"), StandardCharsets.UTF_8);
        String example = source.substring(source.indexOf("// --- README example starts ---") + 33,
                source.indexOf("        // --- README example ends ---"));
        String unindented = example.lines().map(l -> l.length() >= 8 ? l.substring(8) : l.strip())
                .reduce("", (a, b) -> a + b + "\n");
        assertThat(readme).contains(unindented.strip());
    }
}
