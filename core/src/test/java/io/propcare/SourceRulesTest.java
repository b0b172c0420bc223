package io.propcare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Scans the library's main sources (every module but {@code examples}) for what the style guide
 * forbids: reading time without the injected clock, console output, and raw stack traces.
 */
class SourceRulesTest {
    private static final Pattern HIDDEN_TIME = Pattern.compile(
            "\\b(LocalDateTime|LocalDate|LocalTime|ZonedDateTime|OffsetDateTime|Instant|Year|YearMonth)\\.now\\(\\s*\\)"
                    + "|System\\.currentTimeMillis\\(|new\\s+java\\.util\\.Date\\(\\s*\\)|new\\s+Date\\(\\s*\\)"
                    + "|ZoneId\\.systemDefault\\(|Clock\\.systemDefaultZone\\(");
    private static final Pattern CONSOLE = Pattern.compile("System\\.(out|err)\\.|\\.printStackTrace\\(");

    static Path projectRoot() {
        Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("spi").resolve("src"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("cannot find the project root above " + System.getProperty("user.dir"));
        }
        return p;
    }

    static List<Path> librarySources() {
        Path root = projectRoot();
        List<Path> files = new ArrayList<>();
        for (String module : List.of("spi", "core", "adapters-jdbc", "adapters-inmemory")) {
            Path src = root.resolve(module).resolve("src/main/java");
            if (!Files.isDirectory(src)) {
                continue;
            }
            try (Stream<Path> s = Files.walk(src)) {
                s.filter(f -> f.toString().endsWith(".java")).forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    private static List<String> hits(Pattern pattern) throws IOException {
        List<String> hits = new ArrayList<>();
        for (Path f : librarySources()) {
            List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.startsWith("*") || line.startsWith("//")) {
                    continue;
                }
                if (pattern.matcher(line).find()) {
                    hits.add(projectRoot().relativize(f) + ":" + (i + 1) + ": " + line);
                }
            }
        }
        return hits;
    }

    @Test
    void scansTheSources() {
        assertThat(librarySources()).hasSizeGreaterThan(20);
    }

    @Test
    void timeIsReadOnlyFromTheInjectedClock() throws IOException {
        assertThat(hits(HIDDEN_TIME)).isEmpty();
    }

    @Test
    void noConsoleOutputInLibraryCode() throws IOException {
        assertThat(hits(CONSOLE)).isEmpty();
    }

    @Test
    void thePatternsCatchWhatTheyAreFor() {
        assertThat(HIDDEN_TIME.matcher("Instant now = Instant.now();").find()).isTrue();
        assertThat(HIDDEN_TIME.matcher("ZoneId z = ZoneId.systemDefault();").find()).isTrue();
        assertThat(HIDDEN_TIME.matcher("Instant now = clock.instant(); LocalDate.now(clock)").find()).isFalse();
        assertThat(CONSOLE.matcher("System.out.println(x)").find()).isTrue();
    }
}
