package io.propcare.escalation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.StringJoiner;
import org.threeten.extra.Interval;

/**
 * Why a deadline falls where it does, in words a supervisor understands: the calendar hours used,
 * the working periods counted, the holidays and make-up days crossed and the pauses subtracted.
 *
 * <p>Implementation requirements: immutable value type.
 *
 * @param start the instant the clock started
 * @param workingTime the working time added
 * @param deadline the deadline
 * @param counted the working periods counted, in order
 * @param holidays the holidays and closures between start and deadline (dates, with names)
 * @param makeUpDays the make-up working days between start and deadline
 * @param pausesSubtracted each pause overlapping the counted span, with the working time it removed
 * @param text the whole explanation as one paragraph
 * @since 0.1
 */
public record DeadlineExplanation(Instant start, Duration workingTime, Instant deadline, List<Interval> counted,
                                  List<CalendarDay> holidays, List<CalendarDay> makeUpDays,
                                  List<PauseEffect> pausesSubtracted, String text) {
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd", Locale.ENGLISH);
    private static final int SHOWN = 4;

    /**
     * A pause and the working time it removed.
     *
     * @param pause the pause
     * @param removed the working time inside it (zero when the office was closed anyway)
     */
    public record PauseEffect(Interval pause, Duration removed) {
        /** Checks the components. */
        public PauseEffect {
            Objects.requireNonNull(pause, "pause must not be null");
            Objects.requireNonNull(removed, "removed must not be null");
        }
    }

    /** Copies the lists. */
    public DeadlineExplanation {
        Objects.requireNonNull(start, "start must not be null");
        Objects.requireNonNull(workingTime, "workingTime must not be null");
        Objects.requireNonNull(deadline, "deadline must not be null");
        counted = List.copyOf(Objects.requireNonNull(counted, "counted must not be null"));
        holidays = List.copyOf(Objects.requireNonNull(holidays, "holidays must not be null"));
        makeUpDays = List.copyOf(Objects.requireNonNull(makeUpDays, "makeUpDays must not be null"));
        pausesSubtracted = List.copyOf(Objects.requireNonNull(pausesSubtracted, "pausesSubtracted must not be null"));
        Objects.requireNonNull(text, "text must not be null");
    }

    static DeadlineExplanation of(BusinessCalendar cal, Instant start, Duration workingTime, List<Interval> pauses,
                                  Instant deadline) {
        ZoneId zone = cal.zone();
        List<Interval> periods = new ArrayList<>();
        List<PauseEffect> effects = new ArrayList<>();
        List<Interval> raw = cal.workingPeriods(start, deadline);
        for (Interval p : pauses) {
            Instant a = p.getStart().isAfter(start) ? p.getStart() : start;
            Instant e = p.getEnd().isBefore(deadline) ? p.getEnd() : deadline;
            if (a.isBefore(e)) {
                effects.add(new PauseEffect(p, cal.elapsed(a, e)));
            }
        }
        for (Interval period : raw) {
            List<Interval> pieces = new ArrayList<>(List.of(period));
            for (Interval p : pauses) {
                List<Interval> next = new ArrayList<>();
                for (Interval piece : pieces) {
                    if (!piece.overlaps(p)) {
                        next.add(piece);
                        continue;
                    }
                    if (piece.getStart().isBefore(p.getStart())) {
                        next.add(Interval.of(piece.getStart(), p.getStart()));
                    }
                    if (piece.getEnd().isAfter(p.getEnd())) {
                        next.add(Interval.of(p.getEnd(), piece.getEnd()));
                    }
                }
                pieces = next;
            }
            periods.addAll(pieces);
        }
        List<CalendarDay> holidays = new ArrayList<>();
        List<CalendarDay> makeUp = new ArrayList<>();
        LocalDate last = deadline.atZone(zone).toLocalDate();
        for (LocalDate d = start.atZone(zone).toLocalDate(); !d.isAfter(last); d = d.plusDays(1)) {
            CalendarDay day = cal.day(d);
            if (day.kind() == CalendarDay.Kind.HOLIDAY) {
                holidays.add(day);
            } else if (day.kind() == CalendarDay.Kind.MAKE_UP_WORKING_DAY) {
                makeUp.add(day);
            }
        }
        StringBuilder t = new StringBuilder();
        t.append(human(workingTime)).append(" of working time from ").append(fmt(start, zone, DAY_TIME))
                .append(" (").append(zone.getId()).append(") on the hours ").append(cal.weekly());
        if (!cal.includes().isEmpty()) {
            StringJoiner ids = new StringJoiner(", ");
            cal.includes().forEach(h -> ids.add(h.id()));
            t.append(" with the public holidays of ").append(ids);
        }
        t.append(". ");
        if (periods.isEmpty()) {
            t.append(workingTime.isZero() ? "No working time needed" : "No working period counted");
        } else {
            t.append("Counted ");
            StringJoiner c = new StringJoiner(", ");
            for (int i = 0; i < periods.size(); i++) {
                if (periods.size() > SHOWN + 1 && i == SHOWN - 1) {
                    int skipped = periods.size() - SHOWN;
                    Duration sum = Duration.ZERO;
                    for (int k = i; k < i + skipped; k++) {
                        sum = sum.plus(periods.get(k).toDuration());
                    }
                    c.add("then " + skipped + " more periods (" + human(sum) + ")");
                    i += skipped - 1;
                    continue;
                }
                Interval p = periods.get(i);
                boolean sameDay = p.getStart().atZone(zone).toLocalDate().equals(p.getEnd().atZone(zone).toLocalDate());
                c.add(fmt(p.getStart(), zone, DAY_TIME) + " to " + fmt(p.getEnd(), zone, sameDay ? TIME : DAY_TIME)
                        + " (" + human(p.toDuration()) + ")");
            }
            t.append(c);
        }
        t.append(". ");
        if (!holidays.isEmpty()) {
            t.append("Skipped holidays ").append(runs(holidays)).append(". ");
        }
        if (!makeUp.isEmpty()) {
            StringJoiner m = new StringJoiner(", ");
            makeUp.forEach(d -> m.add(DAY.format(d.date()) + (d.name().isEmpty() ? "" : " (" + d.name() + ")")));
            t.append("Worked make-up day").append(makeUp.size() > 1 ? "s " : " ").append(m)
                    .append(" with Monday's hours. ");
        }
        for (PauseEffect e : effects) {
            t.append("Paused ").append(fmt(e.pause().getStart(), zone, DAY_TIME)).append(" to ")
                    .append(fmt(e.pause().getEnd(), zone, DAY_TIME)).append(": ")
                    .append(e.removed().isZero() ? "no working time lost" : human(e.removed()) + " of working time not counted")
                    .append(". ");
        }
        t.append("Deadline ").append(fmt(deadline, zone, DAY_TIME));
        java.time.ZoneOffset before = zone.getRules().getOffset(start);
        java.time.ZoneOffset after = zone.getRules().getOffset(deadline);
        if (!before.equals(after)) {
            t.append(" (the clocks changed on the way: UTC").append(before).append(" then UTC").append(after).append(')');
        }
        t.append('.');
        return new DeadlineExplanation(start, workingTime, deadline, periods, holidays, makeUp, effects, t.toString());
    }

    private static String runs(List<CalendarDay> days) {
        StringJoiner out = new StringJoiner(", ");
        int i = 0;
        while (i < days.size()) {
            int j = i;
            while (j + 1 < days.size() && days.get(j + 1).date().equals(days.get(j).date().plusDays(1))
                    && days.get(j + 1).name().equals(days.get(i).name())) {
                j++;
            }
            CalendarDay a = days.get(i);
            String range = j == i ? DAY.format(a.date()) : DAY.format(a.date()) + " to " + DAY.format(days.get(j).date());
            out.add(range + " (" + a.name() + ")");
            i = j + 1;
        }
        return out.toString();
    }

    private static String fmt(Instant t, ZoneId zone, DateTimeFormatter f) {
        ZonedDateTime z = ZonedDateTime.ofInstant(t, zone);
        String s = z.format(f);
        if (f != DAY && (z.getSecond() != 0 || z.getNano() != 0)) {
            String sec = java.math.BigDecimal.valueOf(z.getSecond()).add(java.math.BigDecimal.valueOf(z.getNano(), 9))
                    .stripTrailingZeros().toPlainString();
            s += ":" + (z.getSecond() < 10 ? "0" : "") + sec;
        }
        return s;
    }

    /**
     * A duration in words such as {@code "1 h 30 min"} or {@code "2 d 3 h"} (days of 24 hours).
     *
     * @param d the duration
     * @return the words
     */
    static String human(Duration d) {
        if (d.isZero()) {
            return "0 min";
        }
        StringJoiner j = new StringJoiner(" ");
        if (d.toDays() > 0) {
            j.add(d.toDays() + " d");
        }
        if (d.toHoursPart() > 0) {
            j.add(d.toHoursPart() + " h");
        }
        if (d.toMinutesPart() > 0) {
            j.add(d.toMinutesPart() + " min");
        }
        if (d.toSecondsPart() > 0 || d.toNanosPart() > 0) {
            j.add(java.math.BigDecimal.valueOf(d.toSecondsPart()).add(java.math.BigDecimal.valueOf(d.toNanosPart(), 9))
                    .stripTrailingZeros().toPlainString() + " s");
        }
        return j.toString();
    }
}
