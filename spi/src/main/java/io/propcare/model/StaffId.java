package io.propcare.model;

import io.propcare.model.internal.Checks;

/**
 * A staff member's identifier within a property, e.g. {@code "E017"}.
 *
 * <p>Implementation requirements: immutable value type.
 *
 * @param value 1-64 characters, not blank
 * @since 0.1
 */
public record StaffId(String value) {
    /** Checks the value. */
    public StaffId {
        Checks.text(value, "staffId", 64);
    }

    /**
     * Creates a staff id.
     *
     * @param value the id
     * @return the id
     */
    public static StaffId of(String value) {
        return new StaffId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
