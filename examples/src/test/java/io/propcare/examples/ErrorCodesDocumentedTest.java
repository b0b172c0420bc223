package io.propcare.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.propcare.spi.ErrorCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every error code the library defines has a row in the README's troubleshooting table. */
class ErrorCodesDocumentedTest {
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);

    static List<Class<?>> errorCodeEnums(Path root) throws IOException, ClassNotFoundException {
        List<Class<?>> found = new ArrayList<>();
        for (String module : List.of("spi", "core", "adapters-jdbc", "adapters-inmemory", "examples")) {
            Path src = root.resolve(module).resolve("src/main/java");
            if (!Files.isDirectory(src)) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> s = Files.walk(src)) {
                files = s.filter(f -> f.toString().endsWith(".java")).toList();
            }
            for (Path f : files) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                if (text.matches("(?s).*\\benum\\s+\\w+\\s+implements\\s+(\\w+\\s*,\\s*)*ErrorCode\\b.*")) {
                    Matcher m = PACKAGE.matcher(text);
                    if (m.find()) {
                        String name = f.getFileName().toString().replace(".java", "");
                        found.add(Class.forName(m.group(1) + "." + name));
                    }
                }
            }
        }
        return found;
    }

    @Test
    void everyCodeHasARowInTheReadme() throws Exception {
        Path root = Path.of(System.getProperty("user.dir")).getParent();
        String readme = Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);
        List<Class<?>> enums = errorCodeEnums(root);
        assertThat(enums).extracting(Class::getSimpleName).contains("SpiErrorCode", "ConfigErrorCode");
        List<String> missing = new ArrayList<>();
        for (Class<?> e : enums) {
            for (Object constant : e.getEnumConstants()) {
                String code = ((ErrorCode) constant).code();
                if (!readme.contains("| `" + code + "`")) {
                    missing.add(e.getSimpleName() + "." + code);
                }
            }
        }
        assertThat(missing).as("codes without a row in the README's troubleshooting table").isEmpty();
    }
}
