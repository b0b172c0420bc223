package io.propcare.roster;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One day of one person changed by a repair.
 *
 * <p>Implementation requirements: immutable value type.
 *
 * @param staffId the person
 * @param day the day index
 * @param date the date
 * @param before the shift before, or empty for a day off
 * @param after the shift after, or empty for a day off
 * @since 0.1
 */
public record Change(String staffId, int day, LocalDate date, Optional<String> before, Optional<String> after) {
    /** Checks the fields. */
    public Change {
        Objects.requireNonNull(staffId, "staffId must not be null");
        Objects.requireNonNull(date, "date must not be null");
        Objects.requireNonNull(before, "before must not be null");
        Objects.requireNonNull(after, "after must not be null");
    }

    @Override
    public String toString() {
        return staffId + " " + date + ": " + before.orElse("off") + " -> " + after.orElse("off");
    }
}
