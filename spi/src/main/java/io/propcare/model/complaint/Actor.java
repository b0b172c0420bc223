package io.propcare.model.complaint;

import io.propcare.model.internal.Checks;

/**
 * Who did something: a staff member's id, {@code "system"} for automatic steps, or {@code "resident"}.
 * Holds an id, never a name, so it is safe in logs.
 *
 * <p>Implementation requirements: immutable value type.
 *
 * @param id 1-64 characters
 * @since 0.1
 */
public record Actor(String id) {
    /** The library itself (sweeper, classifier). */
    public static final Actor SYSTEM = new Actor("system");

    /** Checks the id. */
    public Actor {
        Checks.text(id, "actor", 64);
    }

    /**
     * An actor by id.
     *
     * @param id the id
     * @return the actor
     */
    public static Actor of(String id) {
        return new Actor(id);
    }

    /**
     * A staff member as actor.
     *
     * @param staff the staff id
     * @return the actor
     */
    public static Actor of(io.propcare.model.StaffId staff) {
        Checks.notNull(staff, "staff");
        return new Actor(staff.value());
    }

    @Override
    public String toString() {
        return id;
    }
}
