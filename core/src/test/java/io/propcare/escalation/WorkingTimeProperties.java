package io.propcare.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.threeten.extra.Interval;

/**
 * Working-time arithmetic against the minute-by-minute oracle, and its algebraic laws, on
 * generated calendars in four zones (two DST regimes per hemisphere and none), with night windows,
 * holidays, make-up days and the China data.
 */
class WorkingTimeProperties {

    @Provide
    Arbitrary<Cases.Case> cases() {
        return Cases.cases();
    }

    @Property(tries = 300)
    void addAgreesWithTheOracle(@ForAll("cases") Cases.Case c) {
        BusinessCalendar cal = c.spec().toCalendar();
        Instant deadline = cal.add(c.start(), c.duration());
        Cases.collect(c, deadline);
        assertThat(deadline).isEqualTo(new MinuteOracle(c.spec()).add(c.start(), c.duration(), List.of()));
        Cases.checkCoverage();
    }

    @Property(tries = 200)
    void addWithPausesAgreesWithTheOracle(@ForAll("cases") Cases.Case c) {
        BusinessCalendar cal = c.spec().toCalendar();
        Instant deadline = cal.add(c.start(), c.duration(), c.pauses());
        assertThat(deadline).isEqualTo(new MinuteOracle(c.spec()).add(c.start(), c.duration(), c.pauses()));
    }

    @Property(tries = 200)
    void elapsedAgreesWithTheOracle(@ForAll("cases") Cases.Case c) {
        BusinessCalendar cal = c.spec().toCalendar();
        Instant to = c.start().plus(c.duration());
        MinuteOracle o = new MinuteOracle(c.spec());
        assertThat(cal.elapsed(c.start(), to)).isEqualTo(o.elapsed(c.start(), to, List.of()));
        assertThat(cal.elapsed(c.start(), to, c.pauses())).isEqualTo(o.elapsed(c.start(), to, c.pauses()));
        assertThat(cal.elapsed(to, c.start())).isEqualTo(o.elapsed(c.start(), to, List.of()).negated());
    }

    @Property(tries = 200)
    void subtractNextOpenAndIsOpenAgreeWithTheOracle(@ForAll("cases") Cases.Case c) {
        BusinessCalendar cal = c.spec().toCalendar();
        MinuteOracle o = new MinuteOracle(c.spec());
        assertThat(cal.subtract(c.start(), c.second())).isEqualTo(o.subtract(c.start(), c.second()));
        assertThat(cal.isOpen(c.start())).isEqualTo(o.open(c.start().getEpochSecond()));
        assertThat(cal.nextOpen(c.start())).isEqualTo(o.add(c.start(), Duration.ZERO, List.of()));
    }

    @Property(tries = 200)
    void addWorkingDaysAgreesWithTheOracle(@ForAll("cases") Cases.Case c, @ForAll @IntRange(min = -25, max = 25) int n) {
        BusinessCalendar cal = c.spec().toCalendar();
        LocalDate date = c.start().atZone(c.spec().zone()).toLocalDate();
        assertThat(cal.addWorkingDays(date, n)).isEqualTo(new MinuteOracle(c.spec()).addWorkingDays(date, n));
    }

    @Property(tries = 300)
    void elapsedUndoesAddAndSubtract(@ForAll("cases") Cases.Case c) {
        BusinessCalendar cal = c.spec().toCalendar();
        assertThat(cal.elapsed(c.start(), cal.add(c.start(), c.duration()))).isEqualTo(c.duration());
        assertThat(cal.elapsed(cal.subtract(c.start(), c.duration()), c.start())).isEqualTo(c.duration());
        Instant withPauses = cal.add(c.start(), c.duration(), c.pauses());
        assertThat(cal.elapsed(c.start(), withPauses, c.pauses())).isEqualTo(c.duration());
    }

    @Property(tries = 300)
    void aDeadlineLandingOnAClosingTimeStaysThere(@ForAll("cases") Cases.Case c) {
        BusinessCalendar cal = c.spec().toCalendar();
        Instant open = cal.nextOpen(c.start());
        Instant horizon = open.plus(Duration.ofDays(3));
        Interval period = cal.workingPeriods(open, horizon).get(0);
        Assume.that(period.getEnd().isBefore(horizon));
        Duration untilClose = cal.elapsed(c.start(), period.getEnd());
        Instant deadline = cal.add(c.start(), untilClose);
        if (!untilClose.isZero()) {
            assertThat(deadline).isEqualTo(period.getEnd());
            assertThat(cal.isOpen(deadline)).isFalse();
        }
        assertThat(cal.subtract(period.getEnd(), cal.elapsed(period.getStart(), period.getEnd())))
                .isEqualTo(period.getStart());
    }

    @Property(tries = 300)
    void addIsAdditive(@ForAll("cases") Cases.Case c) {
        BusinessCalendar cal = c.spec().toCalendar();
        Duration b = c.second().isZero() ? Duration.ofMinutes(1) : c.second();
        assertThat(cal.add(cal.add(c.start(), c.duration()), b)).isEqualTo(cal.add(c.start(), c.duration().plus(b)));
    }

    @Property(tries = 300)
    void addIsMonotonicInStartAndDuration(@ForAll("cases") Cases.Case c) {
        BusinessCalendar cal = c.spec().toCalendar();
        Instant base = cal.add(c.start(), c.duration());
        assertThat(cal.add(c.start(), c.duration().plus(c.second()))).isAfterOrEqualTo(base);
        assertThat(cal.add(c.start().plus(c.second()), c.duration())).isAfterOrEqualTo(base);
        assertThat(base).isAfterOrEqualTo(c.start());
    }

    @Property(tries = 300)
    void aPauseNeverMakesADeadlineEarlier(@ForAll("cases") Cases.Case c) {
        BusinessCalendar cal = c.spec().toCalendar();
        Instant without = cal.add(c.start(), c.duration());
        Instant with = cal.add(c.start(), c.duration(), c.pauses());
        assertThat(with).isAfterOrEqualTo(without);
        List<Interval> fewer = c.pauses().isEmpty() ? List.of() : c.pauses().subList(1, c.pauses().size());
        assertThat(with).isAfterOrEqualTo(cal.add(c.start(), c.duration(), fewer));
    }

    @Property(tries = 300)
    void noHolidayMinuteIsEverCounted(@ForAll("cases") Cases.Case c) {
        BusinessCalendar cal = c.spec().toCalendar();
        Instant deadline = cal.add(c.start(), c.duration());
        for (Interval period : cal.workingPeriods(c.start(), deadline)) {
            for (Instant t = period.getStart(); t.isBefore(period.getEnd()); t = t.plusSeconds(60)) {
                Instant m = t;
                LocalDate d = m.atZone(c.spec().zone()).toLocalDate();
                boolean fromToday = cal.day(d).windows().stream().anyMatch(w -> covers(cal, d, w, m));
                boolean fromYesterday = cal.day(d.minusDays(1)).windows().stream()
                        .anyMatch(w -> covers(cal, d.minusDays(1), w, m));
                assertThat(fromToday || fromYesterday).as("minute %s belongs to a window of a working day", m).isTrue();
                if (!fromYesterday) {
                    assertThat(cal.day(d).kind()).isNotEqualTo(CalendarDay.Kind.HOLIDAY);
                }
            }
        }
    }

    private static boolean covers(BusinessCalendar cal, LocalDate d, WorkWindow w, Instant m) {
        long[] iv = cal.resolve(d, w);
        return m.getEpochSecond() >= iv[0] && m.getEpochSecond() < iv[1];
    }

}
