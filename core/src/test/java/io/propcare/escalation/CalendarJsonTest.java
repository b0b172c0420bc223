package io.propcare.escalation;

import static io.propcare.config.ConfigAssertions.assertProblems;
import static io.propcare.config.ConfigAssertions.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.json.JsonMapper;
import io.propcare.config.ConfigErrorCode;
import io.propcare.config.ConfigurationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CalendarJsonTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static BusinessCalendar parse(String json) throws Exception {
        return CalendarJson.fromTree(JSON.readTree(json), "test.json");
    }

    @Test
    @DisplayName("the command line's example calendar reads with its holidays, make-up day and the China data")
    void example() throws Exception {
        BusinessCalendar cal = parse("""
                {"zone": "Asia/Shanghai",
                 "weekly": {"MON": ["08:30-17:30"], "TUE": ["08:30-17:30"], "WED": ["08:30-17:30"],
                            "THU": ["08:30-17:30"], "FRI": ["08:30-17:30"]},
                 "holidays": ["2026-05-01", "2026-10-01/2026-10-07"],
                 "workingDays": ["2026-09-27"],
                 "special": {"2026-12-31": ["08:30-12:00"]},
                 "include": ["cn"]}""");
        assertThat(cal.day(LocalDate.of(2026, 10, 4)).kind()).isEqualTo(CalendarDay.Kind.HOLIDAY);
        assertThat(cal.day(LocalDate.of(2026, 9, 27)).kind()).as("own make-up day beats the data")
                .isEqualTo(CalendarDay.Kind.MAKE_UP_WORKING_DAY);
        assertThat(cal.day(LocalDate.of(2026, 12, 31)).windows())
                .containsExactly(WorkWindow.of(LocalTime.of(8, 30), LocalTime.NOON));
        assertThat(cal.isOpen(Instant.parse("2026-12-31T05:00:00Z"))).isFalse();
        assertThat(cal.coverage().getEndInclusive()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    @DisplayName("'24x7' is always open and windows may cross midnight or end at 24:00")
    void shapes() throws Exception {
        assertThat(parse("{\"zone\":\"UTC\",\"weekly\":\"24x7\"}").weekly().isAlwaysOpen()).isTrue();
        BusinessCalendar night = parse("{\"zone\":\"UTC\",\"weekly\":{\"MON\":[\"21:00-08:30\",\"12:00-24:00\"]}}");
        assertThat(night.isOpen(Instant.parse("2026-11-24T08:00:00Z"))).as("Tuesday morning").isTrue();
        assertThat(night.isOpen(Instant.parse("2026-11-23T23:59:59Z"))).isTrue();
        assertThat(night.isOpen(Instant.parse("2026-11-24T08:30:00Z"))).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"zone\":\"Mars/Base\",\"weekly\":\"24x7\"}|$.zone|CONFIG_BAD_VALUE",
            "{\"weekly\":\"24x7\"}|$.zone|CONFIG_MISSING",
            "{\"zone\":\"UTC\"}|$.weekly|CONFIG_MISSING",
            "{\"zone\":\"UTC\",\"weekly\":{\"MON\":[\"8:30-17:30\"]}}|$.weekly.MON[0]|CONFIG_BAD_TIME",
            "{\"zone\":\"UTC\",\"weekly\":{\"MONDAY\":[]}}|$.weekly.MONDAY|CONFIG_UNKNOWN_PROPERTY",
            "{\"zone\":\"UTC\",\"weekly\":\"24x7\",\"holidays\":[\"2026-13-01\"]}|$.holidays[0]|CONFIG_BAD_TIME",
            "{\"zone\":\"UTC\",\"weekly\":\"24x7\",\"include\":[\"us\"]}|$.include[0]|CONFIG_UNKNOWN_REFERENCE",
            "{\"zone\":\"UTC\",\"weekly\":\"24x7\",\"holiday\":[]}|$.holiday|CONFIG_UNKNOWN_PROPERTY",
            "{\"zone\":\"UTC\",\"weekly\":\"24x7\",\"holidays\":{\"a\":1}}|$.holidays|CONFIG_BAD_VALUE",
            "{\"zone\":\"UTC\",\"weekly\":\"24x7\",\"holidays\":[\"2026-01-01\"],\"workingDays\":[\"2026-01-01\"]}|$.workingDays[0]|CONFIG_BAD_VALUE",
    })
    @DisplayName("a wrong calendar names the JSON path and the code")
    void errors(String json, String path, String code) {
        assertThatThrownBy(() -> parse(json)).isInstanceOfSatisfying(ConfigurationException.class, e -> {
            assertThat(e.path()).isEqualTo(path);
            assertThat(e.errorCode()).isEqualTo(ConfigErrorCode.valueOf(code));
            assertThat(e.source()).isEqualTo("test.json");
        });
    }

    @Test
    @DisplayName("a calendar with several problems names every one of them with its path, and no correct entry")
    void everyProblemIsReported() {
        String json = """
                {"zone": "Mars/Base",
                 "weekly": {"MON": ["8:30-17:30", "13:00-17:00"], "MONDAY": []},
                 "holidays": ["2026-13-01", "2026-05-01"],
                 "workingDays": ["2026-05-01", "2026-09-27"],
                 "special": {"2026-12-31": ["noon"]},
                 "include": ["us", "cn"],
                 "holiday": []}""";
        assertThatThrownBy(() -> parse(json)).isInstanceOfSatisfying(ConfigurationException.class, e -> {
            assertThat(e.problems()).extracting(ConfigurationException::path, ConfigurationException::value,
                    ConfigurationException::errorCode).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("$.holiday", "\"holiday\"", ConfigErrorCode.CONFIG_UNKNOWN_PROPERTY),
                    org.assertj.core.groups.Tuple.tuple("$.zone", "\"Mars/Base\"", ConfigErrorCode.CONFIG_BAD_VALUE),
                    org.assertj.core.groups.Tuple.tuple("$.weekly.MON[0]", "\"8:30-17:30\"", ConfigErrorCode.CONFIG_BAD_TIME),
                    org.assertj.core.groups.Tuple.tuple("$.weekly.MONDAY", "\"MONDAY\"", ConfigErrorCode.CONFIG_UNKNOWN_PROPERTY),
                    org.assertj.core.groups.Tuple.tuple("$.holidays[0]", "\"2026-13-01\"", ConfigErrorCode.CONFIG_BAD_TIME),
                    org.assertj.core.groups.Tuple.tuple("$.workingDays[0]", "\"2026-05-01\"", ConfigErrorCode.CONFIG_BAD_VALUE),
                    org.assertj.core.groups.Tuple.tuple("$.special.2026-12-31[0]", "\"noon\"", ConfigErrorCode.CONFIG_BAD_TIME),
                    org.assertj.core.groups.Tuple.tuple("$.include[0]", "\"us\"", ConfigErrorCode.CONFIG_UNKNOWN_REFERENCE));
            assertThat(e.path()).isEqualTo("$.holiday");
            assertThat(e.getMessage()).contains("and 7 more problems:").contains("$.include[0]: got \"us\"");
            assertThat(e.problems()).allSatisfy(p -> assertThat(p.source()).isEqualTo("test.json"));
        });
    }

    @Test
    @DisplayName("a special date that is no date and has bad windows is reported for the date and each window")
    void everyBadValueOfOneSpecialDateIsReported() {
        String json = "{\"zone\":\"UTC\",\"weekly\":\"24x7\",\"special\":{\"2026-12-32\":[\"noon\",\"25:00-26:00\"]}}";
        assertProblems(() -> parse(json),
                problem("$.special.2026-12-32", "\"2026-12-32\"",
                        ConfigErrorCode.CONFIG_BAD_TIME),
                problem("$.special.2026-12-32[0]", "\"noon\"",
                        ConfigErrorCode.CONFIG_BAD_TIME),
                problem("$.special.2026-12-32[1]", "\"25:00-26:00\"",
                        ConfigErrorCode.CONFIG_BAD_TIME));
    }

    @Test
    @DisplayName("a policy names each problem of a broken calendar once, under the calendar's path")
    void problemsOfAnEmbeddedCalendarAreListedOneByOne() {
        String json = "{\"calendars\":{\"office\":{\"zone\":\"UTC\",\"weekly\":{\"MON\":[\"9-5\"]},"
                + "\"holidays\":[\"soon\"]}},\"ladder\":[],\"rules\":[]}";
        assertThatThrownBy(() -> SlaPolicy.fromTree(JSON.readTree(json), "p.json"))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> {
                    assertThat(e.problems()).extracting(ConfigurationException::path).containsExactly(
                            "$.calendars.office.weekly.MON[0]", "$.calendars.office.holidays[0]");
                    assertThat(e.problems()).allSatisfy(p -> assertThat(p.problems()).containsExactly(p));
                });
    }

    @Test
    void readsAFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path f = dir.resolve("cal.json");
        java.nio.file.Files.writeString(f, "{\"zone\":\"Asia/Shanghai\",\"weekly\":\"24x7\"}");
        assertThat(CalendarJson.read(f).zone().getId()).isEqualTo("Asia/Shanghai");
        assertThatThrownBy(() -> CalendarJson.read(dir.resolve("missing.json")))
                .isInstanceOfSatisfying(ConfigurationException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(ConfigErrorCode.CONFIG_UNREADABLE));
    }
}
