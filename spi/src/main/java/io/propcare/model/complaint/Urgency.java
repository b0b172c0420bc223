package io.propcare.model.complaint;

import java.util.Locale;
import java.util.Objects;

/**
 * How urgent a complaint is, from most to least urgent. {@link #compareTo} orders EMERGENCY first.
 *
 * @since 0.1
 */
public enum Urgency {
    /** Danger to people or property now: fire, gas, flooding, someone trapped. */
    EMERGENCY,
    /** Must be handled today. */
    URGENT,
    /** The normal time limits apply. */
    NORMAL,
    /** No time pressure. */
    LOW;

    /**
     * The lower-case id used in JSON, e.g. {@code "emergency"}.
     *
     * @return the id
     */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether this urgency is at least as urgent as another.
     *
     * @param other the other urgency
     * @return true when this is as urgent or more
     */
    public boolean isAtLeast(Urgency other) {
        Objects.requireNonNull(other, "other must not be null");
        return compareTo(other) <= 0;
    }

    /**
     * Parses an id such as {@code "emergency"} (case-insensitive).
     *
     * @param id the id
     * @return the urgency
     * @throws IllegalArgumentException naming the accepted values
     */
    public static Urgency parse(String id) {
        return Enums.parse(Urgency.class, id, "urgency");
    }
}
