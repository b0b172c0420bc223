package io.propcare.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Months and years of working time, checked against laws that need no oracle walk. */
class LongDurationProperties {
    private static final BusinessCalendar DESK = BusinessCalendar.builder(ZoneId.of("Asia/Shanghai"))
            .weekly(WeeklyHours.ofWeekdays(WorkWindow.parse("08:30-17:30")))
            .include(HolidayData.chinaMainland()).build();

    private static final java.util.Map<ZoneId, BusinessCalendar> ALWAYS = new java.util.concurrent.ConcurrentHashMap<>();

    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.of(Cases.ZONES);
    }

    @Property(tries = 300)
    void aroundTheClockWorkingTimeIsElapsedTime(@ForAll("zones") ZoneId zone,
                                                @ForAll @LongRange(min = 1_546_300_800L, max = 1_800_000_000L) long start,
                                                @ForAll @LongRange(min = 0, max = 3L * 366 * 86_400) long seconds) {
        BusinessCalendar always = ALWAYS.computeIfAbsent(zone, BusinessCalendar::ofAlwaysOpen);
        Instant s = Instant.ofEpochSecond(start);
        Duration d = Duration.ofSeconds(seconds);
        assertThat(always.add(s, d)).isEqualTo(s.plus(d));
        assertThat(always.subtract(s.plus(d), d)).isEqualTo(s);
        assertThat(always.elapsed(s, s.plus(d))).isEqualTo(d);
    }

    @Property(tries = 300)
    void nWorkingDaysOfDeskHoursEndAtTheCloseOfTheMatchingWorkingDay(
            @ForAll @IntRange(min = 0, max = 2100) int dayOffset, @ForAll @IntRange(min = 1, max = 400) int n) {
        LocalDate first = DESK.addWorkingDays(LocalDate.of(2019, 1, 1).plusDays(dayOffset), 1);
        LocalDate last = DESK.addWorkingDays(first, n - 1);
        Instant start = ZonedDateTime.of(first.atTime(8, 30), DESK.zone()).toInstant();
        assertThat(DESK.add(start, Duration.ofHours(9L * n)))
                .isEqualTo(ZonedDateTime.of(last.atTime(17, 30), DESK.zone()).toInstant());
        assertThat(DESK.elapsed(start, ZonedDateTime.of(last.atTime(17, 30), DESK.zone()).toInstant()))
                .isEqualTo(Duration.ofHours(9L * n));
    }
}
