package io.propcare.escalation;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.threeten.extra.Interval;

/**
 * The brute-force reference: walks the calendar minute by minute. It shares no code with the
 * engine: it reads the spec and the raw holiday data, resolves each day's windows itself and asks,
 * for every minute, whether a window of that day or the day before contains it.
 * All inputs must be whole minutes.
 */
final class MinuteOracle {
    private final CalendarSpec spec;
    private final ZoneRules rules;
    private final Map<LocalDate, List<long[]>> cache = new HashMap<>();

    MinuteOracle(CalendarSpec spec) {
        this.spec = spec;
        this.rules = spec.zone().getRules();
    }

    List<WorkWindow> windowsOn(LocalDate d) {
        if (spec.special().containsKey(d)) {
            return spec.special().get(d);
        }
        if (spec.holidays().contains(d)) {
            return List.of();
        }
        if (spec.workingDays().contains(d)) {
            return spec.weekly().getOrDefault(DayOfWeek.MONDAY, List.of());
        }
        if (spec.includeCn()) {
            var dd = HolidayData.chinaMainland().find(d);
            if (dd.isPresent()) {
                return dd.get().offDay() ? List.of() : spec.weekly().getOrDefault(DayOfWeek.MONDAY, List.of());
            }
        }
        return spec.weekly().getOrDefault(d.getDayOfWeek(), List.of());
    }

    private List<long[]> intervals(LocalDate d) {
        return cache.computeIfAbsent(d, day -> {
            List<long[]> out = new ArrayList<>();
            for (WorkWindow w : windowsOn(day)) {
                LocalDateTime ls = day.atTime(w.start());
                LocalDateTime le = (w.end().isAfter(w.start()) ? day : day.plusDays(1)).atTime(w.end());
                boolean sGap = rules.getValidOffsets(ls).isEmpty();
                boolean eGap = rules.getValidOffsets(le).isEmpty();
                ZoneOffsetTransition ts = rules.getTransition(ls);
                if (sGap && eGap && ts.equals(rules.getTransition(le))) {
                    continue;
                }
                out.add(new long[] {ZonedDateTime.of(ls, spec.zone()).toEpochSecond(),
                        ZonedDateTime.of(le, spec.zone()).toEpochSecond()});
            }
            return out;
        });
    }

    boolean open(long minuteStart) {
        LocalDate d = LocalDateTime.ofEpochSecond(minuteStart, 0,
                rules.getOffset(Instant.ofEpochSecond(minuteStart))).toLocalDate();
        for (LocalDate day : List.of(d.minusDays(1), d)) {
            for (long[] iv : intervals(day)) {
                if (minuteStart >= iv[0] && minuteStart < iv[1]) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean counts(long m, List<Interval> pauses) {
        if (!open(m)) {
            return false;
        }
        Instant t = Instant.ofEpochSecond(m);
        for (Interval p : pauses) {
            if (p.contains(t)) {
                return false;
            }
        }
        return true;
    }

    Duration elapsed(Instant from, Instant to, List<Interval> pauses) {
        long n = 0;
        for (long m = from.getEpochSecond(); m < to.getEpochSecond(); m += 60) {
            if (counts(m, pauses)) {
                n++;
            }
        }
        return Duration.ofMinutes(n);
    }

    Instant add(Instant start, Duration d, List<Interval> pauses) {
        long need = d.toMinutes();
        long m = start.getEpochSecond();
        if (need == 0) {
            while (!counts(m, pauses)) {
                m += 60;
            }
            return Instant.ofEpochSecond(m);
        }
        long n = 0;
        while (true) {
            if (counts(m, pauses) && ++n == need) {
                return Instant.ofEpochSecond(m + 60);
            }
            m += 60;
        }
    }

    Instant subtract(Instant end, Duration d) {
        long need = d.toMinutes();
        long m = end.getEpochSecond() - 60;
        if (need == 0) {
            while (!open(m)) {
                m -= 60;
            }
            return Instant.ofEpochSecond(m + 60);
        }
        long n = 0;
        while (true) {
            if (open(m) && ++n == need) {
                return Instant.ofEpochSecond(m);
            }
            m -= 60;
        }
    }

    LocalDate addWorkingDays(LocalDate date, int days) {
        LocalDate d = date;
        int step = days > 0 ? 1 : -1;
        for (int left = Math.abs(days); left > 0; ) {
            d = d.plusDays(step);
            if (!windowsOn(d).isEmpty()) {
                left--;
            }
        }
        return d;
    }
}
