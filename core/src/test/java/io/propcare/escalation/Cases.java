package io.propcare.escalation;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.threeten.extra.Interval;

/** Generators that reach DST gaps and overlaps, midnight-crossing windows, holidays and make-up days. */
final class Cases {
    static final List<ZoneId> ZONES = List.of(ZoneId.of("Asia/Shanghai"), ZoneId.of("America/New_York"),
            ZoneId.of("Europe/Berlin"), ZoneId.of("Australia/Sydney"));
    private static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    /** A calendar, a start, durations and pauses. */
    record Case(CalendarSpec spec, Instant start, Duration duration, Duration second, List<Interval> pauses) {
        @Override
        public String toString() {
            return spec + " start=" + start.atZone(spec.zone()) + " d=" + duration + " d2=" + second
                    + " pauses=" + pauses;
        }
    }

    private Cases() {
    }

    static Arbitrary<Map<DayOfWeek, List<WorkWindow>>> weekly() {
        Map<DayOfWeek, List<WorkWindow>> office = map(WEEKDAYS, List.of(w("08:30-17:30")));
        Map<DayOfWeek, List<WorkWindow>> split = map(WEEKDAYS, List.of(w("08:00-12:00"), w("13:30-17:30")));
        split.put(DayOfWeek.SATURDAY, List.of(w("09:00-12:00")));
        Map<DayOfWeek, List<WorkWindow>> night = map(List.of(DayOfWeek.values()), List.of(w("21:00-08:30")));
        Map<DayOfWeek, List<WorkWindow>> always = map(List.of(DayOfWeek.values()), List.of(w("00:00-24:00")));
        Map<DayOfWeek, List<WorkWindow>> dstEdge = map(List.of(DayOfWeek.values()),
                List.of(w("01:30-03:30"), w("02:10-02:40"), w("09:00-17:00")));
        Map<DayOfWeek, List<WorkWindow>> desk = map(WEEKDAYS, List.of(w("08:30-17:30"), w("21:00-08:30")));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, Arbitraries.just(office)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(split)),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(night)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(always)),
                net.jqwik.api.Tuple.of(2, Arbitraries.just(dstEdge)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(desk)),
                net.jqwik.api.Tuple.of(3, randomWeekly()));
    }

    private static Arbitrary<Map<DayOfWeek, List<WorkWindow>>> randomWeekly() {
        Arbitrary<WorkWindow> window = Combinators.combine(
                Arbitraries.integers().between(0, 24 * 60 - 1),
                Arbitraries.integers().between(30, 14 * 60)).as((s, len) ->
                WorkWindow.of(LocalTime.ofSecondOfDay(s * 60L), LocalTime.ofSecondOfDay(((s + len) % 1440) * 60L)));
        Arbitrary<List<WorkWindow>> day = window.list().ofMinSize(1).ofMaxSize(2);
        return Combinators.combine(day.list().ofSize(7), Arbitraries.integers().between(0, 127)).as((days, mask) -> {
            Map<DayOfWeek, List<WorkWindow>> m = new EnumMap<>(DayOfWeek.class);
            for (int i = 0; i < 7; i++) {
                if (i < 3 || (mask & (1 << i)) != 0) {
                    m.put(DayOfWeek.of(i + 1), days.get(i));
                }
            }
            return m;
        });
    }

    /** Dates worth starting near: DST changes, Spring Festival, National Day, year ends. */
    static List<LocalDate> interestingDates(ZoneId zone) {
        List<LocalDate> out = new ArrayList<>(List.of(LocalDate.of(2020, 1, 22), LocalDate.of(2023, 1, 19),
                LocalDate.of(2025, 1, 25), LocalDate.of(2026, 2, 12), LocalDate.of(2024, 9, 28),
                LocalDate.of(2025, 9, 27), LocalDate.of(2026, 9, 24), LocalDate.of(2024, 12, 30),
                LocalDate.of(2019, 12, 31), LocalDate.of(2025, 4, 30), LocalDate.of(2026, 6, 18)));
        ZoneRules rules = zone.getRules();
        ZoneOffsetTransition t = rules.nextTransition(Instant.parse("2019-01-01T00:00:00Z"));
        while (t != null && t.getInstant().isBefore(Instant.parse("2026-10-20T00:00:00Z"))) {
            out.add(t.getDateTimeBefore().toLocalDate());
            t = rules.nextTransition(t.getInstant());
        }
        return out;
    }

    static Arbitrary<Case> cases() {
        return Combinators.combine(Arbitraries.of(ZONES), weekly(), Arbitraries.integers().between(0, 3))
                .as((zone, weekly, cn) -> new Object[] {zone, weekly, cn})
                .flatMap(a -> {
                    ZoneId zone = (ZoneId) a[0];
                    @SuppressWarnings("unchecked")
                    Map<DayOfWeek, List<WorkWindow>> weekly = (Map<DayOfWeek, List<WorkWindow>>) a[1];
                    boolean cn = zone.getId().equals("Asia/Shanghai") && (int) a[2] > 0;
                    long weeklyMinutes = weekly.values().stream().flatMap(List::stream)
                            .mapToLong(WorkWindow::nominalSeconds).sum() / 60;
                    long maxMinutes = Math.max(1, Math.min(15_000, 3 * weeklyMinutes));
                    return Combinators.combine(
                            Arbitraries.of(interestingDates(zone)),
                            Arbitraries.integers().between(-5 * 1440, 5 * 1440),
                            Arbitraries.integers().between(-10, 10).set().ofMaxSize(5),
                            Combinators.combine(Arbitraries.integers().between(-10, 10).set().ofMaxSize(3),
                                    Arbitraries.integers().between(-10, 10).set().ofMaxSize(2),
                                    Arbitraries.of("09:00-12:00", "20:00-02:00", "00:00-24:00", "01:30-02:45"))
                                    .as((w, sp, win) -> new Object[] {w, sp, win}),
                            minutes(maxMinutes), minutes(maxMinutes),
                            pauses()).as((base, offset, hol, ws0, d1, d2, pauses) -> {
                                @SuppressWarnings("unchecked")
                                Set<Integer> work = (Set<Integer>) ws0[0];
                                @SuppressWarnings("unchecked")
                                Set<Integer> sp = (Set<Integer>) ws0[1];
                                Map<LocalDate, List<WorkWindow>> special = new java.util.HashMap<>();
                                sp.forEach(i -> special.put(base.plusDays(i), i % 3 == 0 ? List.of() : List.of(w((String) ws0[2]))));
                                Set<LocalDate> hs = new HashSet<>();
                                hol.forEach(i -> hs.add(base.plusDays(i)));
                                Set<LocalDate> ws = new HashSet<>();
                                work.forEach(i -> {
                                    LocalDate d = base.plusDays(i);
                                    if (!hs.contains(d)) {
                                        ws.add(d);
                                    }
                                });
                                Instant start = ZonedDateTime.of(base.atStartOfDay(), zone).toInstant()
                                        .plusSeconds(offset * 60L);
                                List<Interval> ps = new ArrayList<>();
                                pauses.forEach(p -> ps.add(Interval.of(start.plusSeconds(p[0] * 60L),
                                        start.plusSeconds((p[0] + p[1]) * 60L))));
                                CalendarSpec spec = new CalendarSpec(zone, weekly, hs, ws, special, cn, "");
                                return new Case(spec, start, d1, d2, ps);
                            });
                });
    }

    private static Arbitrary<Duration> minutes(long max) {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.just(0L)),
                net.jqwik.api.Tuple.of(5, Arbitraries.longs().between(1, Math.min(600, max))),
                net.jqwik.api.Tuple.of(4, Arbitraries.longs().between(1, max))).map(Duration::ofMinutes);
    }

    private static Arbitrary<List<long[]>> pauses() {
        return Combinators.combine(Arbitraries.longs().between(-600, 6 * 1440), Arbitraries.longs().between(1, 2 * 1440))
                .as((s, len) -> new long[] {s, len}).list().ofMaxSize(3);
    }

    static WorkWindow w(String s) {
        return WorkWindow.parse(s);
    }

    private static Map<DayOfWeek, List<WorkWindow>> map(List<DayOfWeek> days, List<WorkWindow> windows) {
        Map<DayOfWeek, List<WorkWindow>> m = new EnumMap<>(DayOfWeek.class);
        days.forEach(d -> m.put(d, windows));
        return m;
    }

    /** Labels saying which edges the span {@code [from, to]} reaches. */
    static void collect(Case c, Instant to) {
        ZoneRules rules = c.spec().zone().getRules();
        Instant from = c.start();
        ZoneOffsetTransition t = rules.nextTransition(from.minusSeconds(1));
        boolean dst = t != null && !t.getInstant().isAfter(to);
        boolean gap = dst && t.isGap();
        boolean overlap = dst && t.isOverlap();
        boolean holiday = false;
        boolean makeUp = false;
        MinuteOracle o = new MinuteOracle(c.spec());
        for (LocalDate d = from.atZone(c.spec().zone()).toLocalDate(); !d.isAfter(to.atZone(c.spec().zone()).toLocalDate());
             d = d.plusDays(1)) {
            boolean listedOff = c.spec().holidays().contains(d) || (c.spec().includeCn()
                    && HolidayData.chinaMainland().find(d).map(HolidayData.DataDay::offDay).orElse(false));
            boolean listedWork = c.spec().workingDays().contains(d) || (c.spec().includeCn()
                    && HolidayData.chinaMainland().find(d).map(x -> !x.offDay()).orElse(false));
            holiday |= listedOff && !c.spec().weekly().getOrDefault(d.getDayOfWeek(), List.of()).isEmpty();
            makeUp |= listedWork && !o.windowsOn(d).isEmpty();
        }
        boolean midnight = c.spec().crossesMidnight()
                && !from.atZone(c.spec().zone()).toLocalDate().equals(to.atZone(c.spec().zone()).toLocalDate());
        net.jqwik.api.statistics.Statistics.label("DST gap crossed").collect(gap);
        net.jqwik.api.statistics.Statistics.label("DST overlap crossed").collect(overlap);
        net.jqwik.api.statistics.Statistics.label("holiday crossed").collect(holiday);
        net.jqwik.api.statistics.Statistics.label("make-up day crossed").collect(makeUp);
        net.jqwik.api.statistics.Statistics.label("midnight window crossed").collect(midnight);
    }

    static void checkCoverage() {
        for (String label : List.of("DST gap crossed", "DST overlap crossed", "holiday crossed", "make-up day crossed", "midnight window crossed")) {
            net.jqwik.api.statistics.Statistics.label(label).coverage(cov -> cov.check(true).count(n -> n > 0));
        }
    }
}
