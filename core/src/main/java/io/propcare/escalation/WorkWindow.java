package io.propcare.escalation;

import io.propcare.spi.InvalidInputException;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * One daily window of working hours in local wall-clock time, half-open, such as
 * {@code 08:30-17:30}. A window whose end is not after its start crosses midnight and belongs to
 * the day it starts on: {@code 21:00-08:30} runs from 21:00 to 08:30 the next morning, and
 * {@code 00:00-24:00} is a whole day ({@code 24:00} is read as the next midnight).
 *
 * <p>Implementation requirements: immutable value type.
 *
 * @param start the local start time
 * @param end the local end time; {@link LocalTime#MIDNIGHT} or any time not after {@code start}
 *     means the next day
 * @since 0.1
 */
public record WorkWindow(LocalTime start, LocalTime end) {
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter HMS = DateTimeFormatter.ofPattern("HH:mm:ss");

    /** Checks that both times are present and whole seconds. */
    public WorkWindow {
        Objects.requireNonNull(start, "start must not be null");
        Objects.requireNonNull(end, "end must not be null");
        if (start.getNano() != 0 || end.getNano() != 0) {
            throw InvalidInputException.of("window", start + "-" + end, "expected whole seconds");
        }
    }

    /**
     * Creates a window.
     *
     * @param start the start
     * @param end the end; not after {@code start} means the next day
     * @return the window
     */
    public static WorkWindow of(LocalTime start, LocalTime end) {
        return new WorkWindow(start, end);
    }

    /**
     * Parses {@code "HH:MM-HH:MM"} (seconds allowed, {@code 24:00} as an end).
     *
     * @param text the text, e.g. {@code "21:00-08:30"}
     * @return the window
     * @throws InvalidInputException when the text is not of that form
     */
    public static WorkWindow parse(CharSequence text) {
        String s = Objects.requireNonNull(text, "text must not be null").toString().strip();
        int dash = s.indexOf('-');
        if (dash < 0) {
            throw InvalidInputException.of("window", s, "expected \"HH:MM-HH:MM\" such as \"08:30-17:30\"");
        }
        return new WorkWindow(time(s.substring(0, dash).strip(), s, false), time(s.substring(dash + 1).strip(), s, true));
    }

    private static LocalTime time(String t, String whole, boolean end) {
        if (end && (t.equals("24:00") || t.equals("24:00:00"))) {
            return LocalTime.MIDNIGHT;
        }
        try {
            if (!t.matches("\\d\\d:\\d\\d(:\\d\\d)?")) {
                throw new DateTimeParseException("bad form", t, 0);
            }
            return LocalTime.parse(t);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("window", whole,
                    "expected \"HH:MM-HH:MM\" such as \"08:30-17:30\" (seconds allowed, 24:00 as an end)");
        }
    }

    /**
     * Whether the window ends on the next day ({@code end} is not after {@code start}).
     *
     * @return true for windows such as {@code 21:00-08:30} or {@code 00:00-24:00}
     */
    public boolean crossesMidnight() {
        return !end.isAfter(start);
    }

    /**
     * The nominal length in seconds, ignoring daylight-saving changes.
     *
     * @return the length, 1 to 86400
     */
    public long nominalSeconds() {
        long s = start.toSecondOfDay();
        long e = end.toSecondOfDay();
        return crossesMidnight() ? 86_400 - s + e : e - s;
    }

    /** Returns the form {@link #parse} reads, e.g. {@code "21:00-08:30"} or {@code "08:00-24:00"}. */
    @Override
    public String toString() {
        String e = end.equals(LocalTime.MIDNIGHT) ? "24:00" : fmt(end);
        return fmt(start) + "-" + e;
    }

    private static String fmt(LocalTime t) {
        return t.getSecond() == 0 ? t.format(HM) : t.format(HMS);
    }
}
