package io.propcare.model.roster;

import io.propcare.model.internal.Checks;
import io.propcare.spi.InvalidInputException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;

/**
 * A shift: a wall-clock time window worked on one post, belonging to the day it starts on.
 * A shift whose end is not after its start crosses midnight ({@code 21:00-08:30} runs from
 * 21:00 to 08:30 the next morning); a start equal to the end is a 24-hour shift.
 *
 * <p>Implementation requirements: immutable value type.
 *
 * @param id the shift's code in duty tables, 1-16 characters, e.g. {@code "D"} or {@code "N1"}
 * @param postId the post worked, or empty for a shift not tied to a post
 * @param start the local start time
 * @param end the local end time
 * @since 0.1
 */
public record ShiftType(String id, Optional<String> postId, LocalTime start, LocalTime end) {
    /** Checks the fields. */
    public ShiftType {
        Checks.text(id, "shift.id", 16);
        Checks.notNull(postId, "shift.postId");
        postId.ifPresent(p -> Checks.text(p, "shift.postId", 64));
        Checks.notNull(start, "shift.start");
        Checks.notNull(end, "shift.end");
    }

    /**
     * Creates a shift on a post.
     *
     * @param id the shift code
     * @param postId the post
     * @param start the start time
     * @param end the end time (at or before {@code start} to cross midnight)
     * @return the shift
     */
    public static ShiftType of(String id, String postId, LocalTime start, LocalTime end) {
        return new ShiftType(id, Optional.of(Checks.notNull(postId, "postId")), start, end);
    }

    /**
     * Creates a shift not tied to a post.
     *
     * @param id the shift code
     * @param start the start time
     * @param length the length, more than zero and at most 24 hours
     * @return the shift
     * @throws InvalidInputException if the length is out of range
     */
    public static ShiftType ofLength(String id, LocalTime start, Duration length) {
        Checks.notNull(start, "shift.start");
        Checks.notNull(length, "shift.length");
        if (length.isNegative() || length.isZero() || length.compareTo(Duration.ofDays(1)) > 0) {
            throw InvalidInputException.of("shift.length", length, "expected more than PT0S and at most PT24H");
        }
        return new ShiftType(id, Optional.empty(), start, start.plus(length));
    }

    /**
     * Whether this shift ends on the day after it starts.
     *
     * @return true when the end is not after the start
     */
    public boolean crossesMidnight() {
        return !end.isAfter(start);
    }

    /**
     * The shift's nominal length (wall-clock, ignoring DST changes).
     *
     * @return the length, more than zero and at most 24 hours
     */
    public Duration duration() {
        Duration d = Duration.between(start, end);
        return crossesMidnight() ? d.plusDays(1) : d;
    }

    /**
     * The local start of this shift worked on a date.
     *
     * @param date the date the shift starts on
     * @return the start
     */
    public LocalDateTime startOn(LocalDate date) {
        return Checks.notNull(date, "date").atTime(start);
    }

    /**
     * The local end of this shift worked on a date.
     *
     * @param date the date the shift starts on
     * @return the end, on the next day for a shift crossing midnight
     */
    public LocalDateTime endOn(LocalDate date) {
        return (crossesMidnight() ? Checks.notNull(date, "date").plusDays(1) : Checks.notNull(date, "date")).atTime(end);
    }
}
