package io.propcare.complaint;

import static io.propcare.config.ConfigAssertions.assertProblems;
import static io.propcare.config.ConfigAssertions.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.propcare.config.ConfigErrorCode;
import io.propcare.config.ConfigurationException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaxonomyTest {
    private static Path write(Path dir, String json) throws java.io.IOException {
        return Files.writeString(dir.resolve("taxonomy.json"), json);
    }

    @Test
    @DisplayName("a taxonomy file with several problems names every one of them with its path and value")
    void everyProblemOfAFileIsReported(@TempDir Path dir) throws Exception {
        Path file = write(dir, """
                {"version": 2,
                 "departments": [{"id": "engineering", "zh": "工程部", "en": "Engineering"},
                                 {"id": "engineering", "zh": "工程", "en": "Works"},
                                 {"id": "security", "zh": "秩序维护部"}],
                 "urgencies": [{"id": "emergency", "zh": "紧急", "en": "Emergency"}, {"id": "low", "en": "Low"},
                               {"id": "critical", "zh": "危急", "en": "Critical"}, {"id": "emergency", "zh": "紧急", "en": "Emergency"}],
                 "validities": [{"id": "valid", "zh": "有效", "en": "Valid"}, {"id": "Invalid", "zh": "无效", "en": "Invalid"}],
                 "fallbackCategory": "misc",
                 "categories": [{"id": "plumbing", "zh": "给排水", "en": "Plumbing", "department": "engineering"},
                                {"id": "Lifts", "zh": "电梯", "en": "Elevator", "department": "engineering"},
                                {"id": "parking", "zh": "停车", "en": "Parking", "department": "securty"},
                                {"id": "plumbing", "zh": "给排水", "en": "Plumbing", "department": "engineering"},
                                {"id": "noise", "zh": "噪音", "en": "Noise", "department": "security"},
                                {"id": "pests", "department": "engineering"}]}""");
        assertThatThrownBy(() -> Taxonomy.load(file)).isInstanceOfSatisfying(ConfigurationException.class, e -> {
            assertThat(e.problems()).extracting(ConfigurationException::path, ConfigurationException::value,
                    ConfigurationException::errorCode).containsExactly(
                    tuple("$.version", "2", ConfigErrorCode.CONFIG_BAD_VALUE),
                    tuple("$.departments[1].id", "\"engineering\"", ConfigErrorCode.CONFIG_BAD_VALUE),
                    tuple("$.departments[2].en", "", ConfigErrorCode.CONFIG_MISSING),
                    tuple("$.urgencies[1].zh", "", ConfigErrorCode.CONFIG_MISSING),
                    tuple("$.urgencies[2].id", "\"critical\"", ConfigErrorCode.CONFIG_UNKNOWN_REFERENCE),
                    tuple("$.urgencies[3].id", "\"emergency\"", ConfigErrorCode.CONFIG_BAD_VALUE),
                    tuple("$.validities[1].id", "\"Invalid\"", ConfigErrorCode.CONFIG_UNKNOWN_REFERENCE),
                    tuple("$.categories[1].id", "\"Lifts\"", ConfigErrorCode.CONFIG_BAD_VALUE),
                    tuple("$.categories[2].department", "\"securty\"", ConfigErrorCode.CONFIG_UNKNOWN_REFERENCE),
                    tuple("$.categories[3].id", "\"plumbing\"", ConfigErrorCode.CONFIG_BAD_VALUE),
                    tuple("$.categories[5].zh", "", ConfigErrorCode.CONFIG_MISSING),
                    tuple("$.categories[5].en", "", ConfigErrorCode.CONFIG_MISSING),
                    tuple("$.fallbackCategory", "\"misc\"", ConfigErrorCode.CONFIG_UNKNOWN_REFERENCE));
            assertThat(e.problems()).allSatisfy(p -> assertThat(p.source()).isEqualTo(file.toString()));
            assertThat(e.getMessage()).startsWith("$.version: got 2; expected 1").contains("and 12 more problems:");
        });
    }

    @Test
    @DisplayName("every bad value of one category or level is reported, not only the first")
    void everyBadValueOfOneEntryIsReported(@TempDir Path dir) throws Exception {
        Path file = write(dir, """
                {"version": 1, "departments": [{"id": "engineering", "zh": "工程部", "en": "Engineering"}],
                 "urgencies": [{"id": "critical", "en": "Critical"}],
                 "fallbackCategory": "other",
                 "categories": [{"id": "Lifts", "zh": "电梯", "en": "Elevator", "department": "securty"},
                                {"id": "other", "zh": "其他", "en": "Other", "department": "engineering"}]}""");
        assertProblems(() -> Taxonomy.load(file),
                problem("$.urgencies[0].id", "\"critical\"", ConfigErrorCode.CONFIG_UNKNOWN_REFERENCE),
                problem("$.urgencies[0].zh", "", ConfigErrorCode.CONFIG_MISSING),
                problem("$.categories[0].id", "\"Lifts\"", ConfigErrorCode.CONFIG_BAD_VALUE),
                problem("$.categories[0].department", "\"securty\"", ConfigErrorCode.CONFIG_UNKNOWN_REFERENCE));
    }

    @Test
    @DisplayName("a correct file loads, and the default taxonomy reads through the same checks")
    void correctFilesLoad(@TempDir Path dir) throws Exception {
        Path file = write(dir, """
                {"version": 1, "departments": [{"id": "engineering", "zh": "工程部", "en": "Engineering"}],
                 "fallbackCategory": "other",
                 "categories": [{"id": "plumbing", "zh": "给排水", "en": "Plumbing", "department": "engineering"},
                                {"id": "other", "zh": "其他", "en": "Other", "department": "engineering"}]}""");
        Taxonomy t = Taxonomy.load(file);
        assertThat(t.ids()).containsExactly("plumbing", "other");
        assertThat(t.urgencies()).isEmpty();
        assertThat(Taxonomy.defaults().ids()).hasSize(21);
    }
}
