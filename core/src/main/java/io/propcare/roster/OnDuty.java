package io.propcare.roster;

import io.propcare.model.PersonName;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One person on duty: who, on which shift and post, from when to when (in the property's zone).
 * {@code toString()} shows the name masked.
 *
 * <p>Implementation requirements: immutable value type.
 *
 * @param staffId the person
 * @param name the person's name
 * @param shiftId the shift
 * @param postId the post, or {@code ""} for a shift without one
 * @param from the shift's start
 * @param to the shift's end
 * @since 0.1
 */
public record OnDuty(String staffId, PersonName name, String shiftId, String postId, OffsetDateTime from, OffsetDateTime to) {
    /** Checks the fields. */
    public OnDuty {
        Objects.requireNonNull(staffId, "staffId must not be null");
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(shiftId, "shiftId must not be null");
        Objects.requireNonNull(postId, "postId must not be null");
        Objects.requireNonNull(from, "from must not be null");
        Objects.requireNonNull(to, "to must not be null");
    }
}
