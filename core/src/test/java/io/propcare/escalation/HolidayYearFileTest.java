package io.propcare.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.propcare.config.ConfigErrorCode;
import io.propcare.config.ConfigurationException;
import io.propcare.spi.PropcareException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A year announced after this version shipped, read from a file in the format of the shipped data
 * and put after the built-in years. The 2027 days below are invented for the test (2027-01-01 a
 * Friday off, 2027-02-06 a Saturday worked); they are not the State Council's notice.
 */
class HolidayYearFileTest {
    private static final String YEAR_2027 = "{\"year\": 2027, \"papers\": [], \"days\": ["
            + "{\"name\": \"元旦\", \"date\": \"2027-01-01\", \"isOffDay\": true},"
            + "{\"name\": \"春节\", \"date\": \"2027-02-06\", \"isOffDay\": false}]}";

    @TempDir
    Path dir;

    private Path write(String name, String json) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, json);
        return file;
    }

    /** Asserts that a read fails with exactly these problems, each as (source, path, value, code), in this order. */
    private static void assertProblemsWithSources(ThrowingCallable read, Tuple... expected) {
        assertThatThrownBy(read).isInstanceOfSatisfying(ConfigurationException.class,
                e -> assertThat(e.problems()).extracting(ConfigurationException::source, ConfigurationException::path,
                        ConfigurationException::value, ConfigurationException::errorCode).containsExactly(expected));
    }

    private static BusinessCalendar desk(HolidayData data) {
        return BusinessCalendar.builder(ZoneId.of("Asia/Shanghai"))
                .weekly(WeeklyHours.ofWeekdays(WorkWindow.parse("08:30-17:30"))).include(data).build();
    }

    @Test
    @DisplayName("a year read from a file extends the shipped data: its days off and make-up days count, the calendar covers it")
    void aYearFileExtendsTheShippedData() throws IOException {
        HolidayData next = HolidayData.readYear(write("2027.json", YEAR_2027));
        HolidayData cn = HolidayData.chinaMainland();
        HolidayData both = cn.followedBy(next);
        assertThat(both.id()).isEqualTo("cn");
        assertThat(both.firstYear()).isEqualTo(cn.firstYear());
        assertThat(both.lastYear()).isEqualTo(2027);
        assertThat(both.find(LocalDate.of(2026, 10, 1))).isEqualTo(cn.find(LocalDate.of(2026, 10, 1)));

        BusinessCalendar calendar = desk(both);
        assertThat(calendar.coverage().getEnd()).isEqualTo(LocalDate.of(2028, 1, 1));
        assertThat(calendar.isOpen(OffsetDateTime.parse("2027-01-01T10:00:00+08:00").toInstant())).isFalse();
        assertThat(calendar.isOpen(OffsetDateTime.parse("2027-02-06T10:00:00+08:00").toInstant())).isTrue();
        // New Year's Eve at 17:00, one working hour: half an hour that day, Friday 1 January off, the weekend, then Monday
        assertThat(calendar.add(OffsetDateTime.parse("2026-12-31T17:00:00+08:00").toInstant(), Duration.ofHours(1)))
                .isEqualTo(OffsetDateTime.parse("2027-01-04T09:00:00+08:00").toInstant());
        assertThatThrownBy(() -> desk(cn).add(OffsetDateTime.parse("2026-12-31T17:00:00+08:00").toInstant(),
                Duration.ofHours(1))).isInstanceOfSatisfying(PropcareException.class,
                e -> assertThat(e.errorCode()).isEqualTo(DeadlineErrorCode.CALENDAR_OUTSIDE_DATA));
    }

    @Test
    @DisplayName("only the year right after the last one follows, and two data sets must agree on a date both name")
    void onlyTheNextYearFollowsAndDatesMustAgree() throws IOException {
        HolidayData later = HolidayData.readYear(write("2028.json", YEAR_2027.replace("2027", "2028")));
        assertThatThrownBy(() -> HolidayData.chinaMainland().followedBy(later))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("starts in 2028; expected 2027");

        HolidayData closing = HolidayData.of("closing", 2026, 2026,
                List.of(new HolidayData.DataDay(LocalDate.of(2026, 12, 31), true, "year-end closing")));
        HolidayData worked = HolidayData.readYear(write("2027.json", "{\"year\": 2027, \"days\": ["
                + "{\"name\": \"调休\", \"date\": \"2026-12-31\", \"isOffDay\": false}]}"));
        assertThatThrownBy(() -> closing.followedBy(worked)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("disagree on 2026-12-31");
    }

    @Test
    @DisplayName("every problem of a year file is reported with its file, path and value")
    void everyProblemOfAYearFileIsReported() throws IOException {
        Path file = write("2027.json", "{\"year\": 2027, \"days\": ["
                + "{\"name\": \"x\", \"date\": \"2025-06-01\", \"isOffDay\": true},"
                + "{\"name\": \"y\", \"date\": \"2027-13-01\", \"isOffDay\": true},"
                + "{\"name\": \"z\", \"date\": \"2027-05-01\", \"isOffDay\": \"yes\"}]}");
        assertProblemsWithSources(() -> HolidayData.readYear(file),
                tuple(file.toString(), "$.days[1].date", "2027-13-01", ConfigErrorCode.CONFIG_BAD_TIME),
                tuple(file.toString(), "$.days[2].isOffDay", "\"yes\"", ConfigErrorCode.CONFIG_BAD_VALUE),
                tuple(file.toString(), "$.days[0].date", "2025-06-01", ConfigErrorCode.CONFIG_BAD_VALUE));
        Path noYear = write("none.json", "{\"days\": []}");
        assertThatThrownBy(() -> HolidayData.readYear(noYear)).isInstanceOfSatisfying(ConfigurationException.class,
                e -> assertThat(e.problems()).extracting(ConfigurationException::path, ConfigurationException::errorCode)
                        .containsExactly(tuple("$.year", ConfigErrorCode.CONFIG_BAD_VALUE)));
    }
    private static final String DESK = "\"zone\": \"Asia/Shanghai\", \"weekly\": {\"MON\": [\"08:30-17:30\"],"
            + " \"TUE\": [\"08:30-17:30\"], \"WED\": [\"08:30-17:30\"], \"THU\": [\"08:30-17:30\"],"
            + " \"FRI\": [\"08:30-17:30\"]}";

    @Test
    @DisplayName("a calendar file extends \"cn\" with a year file next to it, and an SLA policy file's calendars can too")
    void aCalendarFileIncludesAYearFile() throws IOException {
        Files.createDirectories(dir.resolve("holidays"));
        write("holidays/2027.json", YEAR_2027);
        Path file = write("desk.json", "{" + DESK + ", \"include\": [{\"data\": \"cn\", \"years\": [\"holidays/2027.json\"]}]}");
        BusinessCalendar calendar = CalendarJson.read(file);
        assertThat(calendar.coverage().getEnd()).isEqualTo(LocalDate.of(2028, 1, 1));
        assertThat(calendar.add(OffsetDateTime.parse("2026-12-31T17:00:00+08:00").toInstant(), Duration.ofHours(1)))
                .isEqualTo(OffsetDateTime.parse("2027-01-04T09:00:00+08:00").toInstant());
        assertThat(calendar.isOpen(OffsetDateTime.parse("2027-02-06T10:00:00+08:00").toInstant())).isTrue();
        // the shipped years read as before
        BusinessCalendar plain = CalendarJson.read(write("plain.json", "{" + DESK + ", \"include\": [\"cn\"]}"));
        Instant national = OffsetDateTime.parse("2026-10-01T10:00:00+08:00").toInstant();
        assertThat(calendar.isOpen(national)).isEqualTo(plain.isOpen(national)).isFalse();
        assertThat(plain.coverage().getEnd()).isEqualTo(LocalDate.of(2027, 1, 1));

        Path policy = write("policy.json", "{\"calendars\": {\"desk\": {" + DESK
                + ", \"include\": [{\"data\": \"cn\", \"years\": [\"holidays/2027.json\"]}]}},"
                + " \"ladder\": [{\"level\": \"handler\", \"at\": \"75%\"}],"
                + " \"rules\": [{\"targets\": [{\"step\": \"on_site\", \"within\": \"PT1H\", \"calendar\": \"desk\","
                + " \"start\": \"received\", \"stop\": \"on_site\"}]}]}");
        assertThat(SlaPolicy.read(policy).calendars().get("desk").coverage().getEnd()).isEqualTo(LocalDate.of(2028, 1, 1));
    }

    @Test
    @DisplayName("an include entry's problems are all reported: unknown member, unknown data set, missing file, a year that does not follow, the year file's own")
    void everyProblemOfAnIncludeEntryIsReported() throws IOException {
        write("2028.json", YEAR_2027.replace("2027", "2028"));
        Path broken = write("2027.json", "{\"year\": 2027, \"days\": [{\"name\": \"x\", \"date\": \"2027-13-01\", \"isOffDay\": true}]}");
        Path file = write("desk.json", "{" + DESK + ", \"include\": ["
                + "{\"data\": \"cn\", \"year\": [\"2027.json\"]},"
                + "{\"data\": \"us\", \"years\": [\"missing.json\", \"2027.json\"]},"
                + "{\"data\": \"cn\", \"years\": [\"2028.json\"]},"
                + "{\"years\": \"2027.json\"}, 7]}");
        assertProblemsWithSources(() -> CalendarJson.read(file),
                tuple(file.toString(), "$.include[0].year", "\"year\"", ConfigErrorCode.CONFIG_UNKNOWN_PROPERTY),
                tuple(file.toString(), "$.include[1].data", "\"us\"", ConfigErrorCode.CONFIG_UNKNOWN_REFERENCE),
                tuple(file.toString(), "$.include[1].years[0]", "\"missing.json\"", ConfigErrorCode.CONFIG_UNREADABLE),
                tuple(broken.toString(), "$.days[0].date", "2027-13-01", ConfigErrorCode.CONFIG_BAD_TIME),
                tuple(file.toString(), "$.include[2].years[0]", "\"2028.json\"", ConfigErrorCode.CONFIG_BAD_VALUE),
                tuple(file.toString(), "$.include[3].data", "", ConfigErrorCode.CONFIG_MISSING),
                tuple(file.toString(), "$.include[3].years", "\"2027.json\"", ConfigErrorCode.CONFIG_BAD_VALUE),
                tuple(file.toString(), "$.include[4]", "7", ConfigErrorCode.CONFIG_BAD_VALUE));
    }
}
