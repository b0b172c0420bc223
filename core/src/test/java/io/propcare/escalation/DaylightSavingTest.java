package io.propcare.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Windows across daylight-saving changes in New York, Berlin and Sydney, checked by hand. */
class DaylightSavingTest {
    private static Instant at(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }

    private static BusinessCalendar daily(String zone, String... windows) {
        return BusinessCalendar.builder(ZoneId.of(zone))
                .weekly(WeeklyHours.of(List.of(windows).stream().map(WorkWindow::parse).toList(),
                        java.time.DayOfWeek.values())).build();
    }

    @Test
    @DisplayName("New York, 8 March 2026: the spring-forward day has 23 hours, a window in the gap none")
    void newYorkSpringForward() {
        BusinessCalendar always = BusinessCalendar.ofAlwaysOpen(ZoneId.of("America/New_York"));
        assertThat(always.elapsed(at("2026-03-08T00:00:00-05:00"), at("2026-03-09T00:00:00-04:00")))
                .isEqualTo(Duration.ofHours(23));
        assertThat(always.add(at("2026-03-08T01:30:00-05:00"), Duration.ofHours(1)))
                .isEqualTo(at("2026-03-08T03:30:00-04:00"));
        BusinessCalendar night = daily("America/New_York", "01:30-03:30");
        assertThat(night.elapsed(at("2026-03-08T00:00:00-05:00"), at("2026-03-08T12:00:00-04:00")))
                .as("01:30 EST to 03:30 EDT").isEqualTo(Duration.ofHours(1));
        BusinessCalendar inGap = daily("America/New_York", "02:10-02:40");
        assertThat(inGap.elapsed(at("2026-03-08T00:00:00-05:00"), at("2026-03-08T12:00:00-04:00")))
                .as("wholly inside the gap").isZero();
        assertThat(inGap.elapsed(at("2026-03-09T00:00:00-04:00"), at("2026-03-09T12:00:00-04:00")))
                .isEqualTo(Duration.ofMinutes(30));
        BusinessCalendar startInGap = daily("America/New_York", "02:30-04:00");
        assertThat(startInGap.nextOpen(at("2026-03-08T00:00:00-05:00")))
                .as("02:30 moves forward by the gap to 03:30 EDT").isEqualTo(at("2026-03-08T03:30:00-04:00"));
    }

    @Test
    @DisplayName("New York, 1 November 2026: the fall-back day has 25 hours; an ambiguous time takes the earlier offset")
    void newYorkFallBack() {
        BusinessCalendar always = BusinessCalendar.ofAlwaysOpen(ZoneId.of("America/New_York"));
        assertThat(always.elapsed(at("2026-11-01T00:00:00-04:00"), at("2026-11-02T00:00:00-05:00")))
                .isEqualTo(Duration.ofHours(25));
        BusinessCalendar early = daily("America/New_York", "01:00-01:30");
        assertThat(early.elapsed(at("2026-11-01T00:00:00-04:00"), at("2026-11-01T12:00:00-05:00")))
                .isEqualTo(Duration.ofMinutes(30));
        assertThat(early.nextOpen(at("2026-11-01T00:00:00-04:00"))).isEqualTo(at("2026-11-01T01:00:00-04:00"));
        BusinessCalendar across = daily("America/New_York", "01:30-03:00");
        assertThat(across.elapsed(at("2026-11-01T00:00:00-04:00"), at("2026-11-01T12:00:00-05:00")))
                .as("01:30 EDT to 03:00 EST").isEqualTo(Duration.ofMinutes(150));
    }

    @Test
    @DisplayName("Berlin, 29 March 2026: the Saturday night duty 21:00-08:30 lasts 10.5 hours")
    void berlinNightDuty() {
        BusinessCalendar night = daily("Europe/Berlin", "21:00-08:30");
        assertThat(night.add(at("2026-03-28T21:00:00+01:00"), Duration.ofMinutes(630)))
                .isEqualTo(at("2026-03-29T08:30:00+02:00"));
        assertThat(night.add(at("2026-03-28T21:00:00+01:00"), Duration.ofMinutes(631)))
                .isEqualTo(at("2026-03-29T21:01:00+02:00"));
        assertThat(night.elapsed(at("2026-10-24T21:00:00+02:00"), at("2026-10-25T08:30:00+01:00")))
                .as("autumn night is 12.5 hours").isEqualTo(Duration.ofMinutes(750));
    }

    @Test
    @DisplayName("Sydney: the night of 4-5 April 2026 lasts 12.5 hours, the night of 3-4 October 2026 10.5 hours")
    void sydney() {
        BusinessCalendar night = daily("Australia/Sydney", "21:00-08:30");
        assertThat(night.elapsed(at("2026-04-04T21:00:00+11:00"), at("2026-04-05T08:30:00+10:00")))
                .isEqualTo(Duration.ofMinutes(750));
        assertThat(night.elapsed(at("2026-10-03T21:00:00+10:00"), at("2026-10-04T08:30:00+11:00")))
                .isEqualTo(Duration.ofMinutes(630));
        BusinessCalendar office = BusinessCalendar.builder(ZoneId.of("Australia/Sydney"))
                .weekly(WeeklyHours.ofWeekdays(WorkWindow.parse("09:00-17:00"))).build();
        assertThat(office.add(at("2026-10-02T16:00:00+10:00"), Duration.ofHours(2)))
                .as("Friday before the change to Monday after").isEqualTo(at("2026-10-05T10:00:00+11:00"));
        assertThat(office.addWorkingDays(LocalDate.of(2026, 10, 2), 1)).isEqualTo(LocalDate.of(2026, 10, 5));
    }

    @Test
    @DisplayName("across a year end: night windows of 31 December continue into 1 January")
    void yearEnd() {
        BusinessCalendar night = daily("Europe/Berlin", "21:00-08:30");
        assertThat(night.add(at("2025-12-31T22:00:00+01:00"), Duration.ofHours(3)))
                .isEqualTo(at("2026-01-01T01:00:00+01:00"));
        assertThat(night.elapsed(at("2025-12-31T00:00:00+01:00"), at("2026-01-02T00:00:00+01:00")))
                .isEqualTo(Duration.ofMinutes(510 + 690 + 180));
    }
}
