package io.propcare.desk;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * The nightly window in which non-urgent messages wait, e.g. 22:00-08:00 in the property's zone.
 * A window whose end is not after its start crosses midnight. Urgent messages (emergencies,
 * urgent and collective complaints) are never held back.
 *
 * <p>Implementation requirements: immutable value type.
 *
 * @param start when quiet hours begin, local time
 * @param end when they end, local time
 * @param zone the property's zone
 * @since 0.1
 */
public record QuietHours(LocalTime start, LocalTime end, ZoneId zone) {
    /** Checks the components. */
    public QuietHours {
        Objects.requireNonNull(start, "start must not be null");
        Objects.requireNonNull(end, "end must not be null");
        Objects.requireNonNull(zone, "zone must not be null");
    }

    /**
     * Quiet hours from {@code start} to {@code end}.
     *
     * @param start local start
     * @param end local end
     * @param zone the zone
     * @return the quiet hours
     */
    public static QuietHours of(LocalTime start, LocalTime end, ZoneId zone) {
        return new QuietHours(start, end, zone);
    }

    /**
     * No quiet hours: every message goes at once.
     *
     * @param zone the zone
     * @return a window of no length
     */
    public static QuietHours none(ZoneId zone) {
        return new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, zone);
    }

    /**
     * When a non-urgent message created at an instant may go: the end of the quiet window it falls
     * in, or empty when it may go at once.
     *
     * @param at when the message was created
     * @return the instant it may go, or empty
     */
    public Optional<Instant> holdUntil(Instant at) {
        Objects.requireNonNull(at, "at must not be null");
        if (start.equals(end)) {
            return Optional.empty();
        }
        LocalDateTime local = LocalDateTime.ofInstant(at, zone);
        LocalDate day = local.toLocalDate();
        for (LocalDate d : new LocalDate[] {day.minusDays(1), day}) {
            LocalDateTime from = d.atTime(start);
            LocalDateTime to = (end.isAfter(start) ? d : d.plusDays(1)).atTime(end);
            if (!local.isBefore(from) && local.isBefore(to)) {
                return Optional.of(to.atZone(zone).toInstant());
            }
        }
        return Optional.empty();
    }
}
