package io.propcare.model.complaint;

import java.util.Locale;

/**
 * How the office received a complaint.
 *
 * @since 0.1
 */
public enum Channel {
    /** A call to the service desk or duty phone. */
    PHONE,
    /** The resident came to the management office. */
    WALK_IN,
    /** WeChat official account, group or a butler's WeChat. */
    WECHAT,
    /** The property app's form. */
    APP,
    /** E-mail. */
    EMAIL,
    /** Told to reception or a lobby desk. */
    FRONT_DESK,
    /** Told to a butler in person. */
    BUTLER,
    /** Found by staff on their rounds. */
    PATROL,
    /** Transferred down from the company complaint-handling center. */
    COMPANY_CENTER;

    /**
     * The lower-case id used in JSON, e.g. {@code "walk_in"}.
     *
     * @return the id
     */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses an id such as {@code "walk_in"} or {@code "WeChat"} (case-insensitive).
     *
     * @param id the id
     * @return the channel
     */
    public static Channel parse(String id) {
        return Enums.parse(Channel.class, id, "channel");
    }
}
