package io.propcare.model.complaint;

import java.util.Locale;

/**
 * Whether a complaint concerns one household or many (集体投诉).
 *
 * @since 0.1
 */
public enum Scope {
    /** One household. */
    INDIVIDUAL,
    /** Many households about the same matter; has its own reporting chain. */
    COLLECTIVE;

    /**
     * The lower-case id used in JSON.
     *
     * @return the id
     */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses an id (case-insensitive).
     *
     * @param id the id
     * @return the scope
     */
    public static Scope parse(String id) {
        return Enums.parse(Scope.class, id, "scope");
    }
}
