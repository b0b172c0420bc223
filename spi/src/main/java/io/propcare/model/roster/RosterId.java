package io.propcare.model.roster;

import io.propcare.model.internal.Checks;

/**
 * A roster's identifier within a property, e.g. {@code "2026-11-security"}.
 *
 * <p>Implementation requirements: immutable value type.
 *
 * @param value 1-64 characters, not blank
 * @since 0.1
 */
public record RosterId(String value) {
    /** Checks the value. */
    public RosterId {
        Checks.text(value, "rosterId", 64);
    }

    /**
     * Creates a roster id.
     *
     * @param value the id
     * @return the id
     */
    public static RosterId of(String value) {
        return new RosterId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
