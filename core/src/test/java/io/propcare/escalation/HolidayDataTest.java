package io.propcare.escalation;

import static io.propcare.config.ConfigAssertions.assertProblems;
import static io.propcare.config.ConfigAssertions.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.propcare.config.ConfigErrorCode;
import io.propcare.config.ConfigurationException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HolidayDataTest {
    private static final String DIR = "/io/propcare/escalation/broken-holidays/";

    @Test
    @DisplayName("every broken day of every year file is reported with its file, path and value")
    void everyProblemIsReported() {
        assertThatThrownBy(() -> HolidayData.fromResources("broken", DIR))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> {
                    assertThat(e.problems()).extracting(ConfigurationException::source, ConfigurationException::path,
                            ConfigurationException::value, ConfigurationException::errorCode).containsExactly(
                            tuple(DIR + "2025.json", "$.days[1].date", "2025-02-30", ConfigErrorCode.CONFIG_BAD_TIME),
                            tuple(DIR + "2025.json", "$.days[2].isOffDay", "", ConfigErrorCode.CONFIG_BAD_VALUE),
                            tuple(DIR + "2026.json", "$.days[0]", "2025-12-31", ConfigErrorCode.CONFIG_BAD_VALUE),
                            tuple(DIR + "2026.json", "$.days[1].date", "2026-1-2", ConfigErrorCode.CONFIG_BAD_TIME),
                            tuple(DIR + "2026.json", "$.days[2].isOffDay", "\"yes\"", ConfigErrorCode.CONFIG_BAD_VALUE));
                    assertThat(e.getMessage()).contains("and 4 more problems:")
                            .contains("a date listed by two notices must agree on isOffDay");
                });
    }

    @Test
    @DisplayName("a day with a bad date and a bad isOffDay is reported for both")
    void everyBadValueOfOneDayIsReported() {
        String dir = "/io/propcare/escalation/bad-day-holidays/";
        assertProblems(() -> HolidayData.fromResources("bad-day", dir),
                problem("$.days[1].date", "2027-02-30", ConfigErrorCode.CONFIG_BAD_TIME),
                problem("$.days[1].isOffDay", "\"yes\"",
                        ConfigErrorCode.CONFIG_BAD_VALUE));
    }

    @Test
    @DisplayName("the shipped China data reads through the same checks")
    void shippedDataReads() {
        HolidayData cn = HolidayData.fromResources("cn", "/io/propcare/escalation/holidays/cn/");
        assertThat(cn.firstYear()).isEqualTo(2019);
        assertThat(cn.find(java.time.LocalDate.of(2026, 1, 1))).hasValueSatisfying(d -> assertThat(d.offDay()).isTrue());
    }
}
