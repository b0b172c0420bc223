package io.propcare.model.complaint;

import java.util.Locale;

/**
 * Whether a complaint is valid (有效投诉), invalid (无效投诉) or needs assistance from another
 * department or party (协助处理投诉).
 *
 * @since 0.1
 */
public enum Validity {
    /** A valid complaint: agree a reply time and settle it. */
    VALID,
    /** Invalid: explain patiently to the resident. */
    INVALID,
    /** Needs another department's or an outside party's help. */
    NEEDS_ASSISTANCE;

    /**
     * The lower-case id used in JSON, e.g. {@code "needs_assistance"}.
     *
     * @return the id
     */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses an id such as {@code "needs_assistance"} (case-insensitive).
     *
     * @param id the id
     * @return the validity
     */
    public static Validity parse(String id) {
        return Enums.parse(Validity.class, id, "validity");
    }
}
