package io.propcare.model.complaint;

import io.propcare.model.internal.Checks;
import java.time.OffsetDateTime;

/**
 * What a classifier sees of a complaint: its text and the facts logged with it (when and how it
 * arrived, the flat and building it was logged against).
 *
 * <p>Implementation requirements: immutable value type.
 *
 * @param id the complaint's id, 1-64 characters
 * @param text the text as the resident wrote it or staff logged it, 1-5000 characters
 * @param receivedAt when it arrived, with the property's offset
 * @param channel how it arrived
 * @param unit the flat, e.g. {@code "3-1502"}, or {@code ""} when no flat was given (public area, estate-wide)
 * @param building the building concerned, e.g. {@code "3"}, or {@code ""} when not tied to one building
 * @since 0.1
 */
public record ComplaintText(String id, String text, OffsetDateTime receivedAt, Channel channel,
                            String unit, String building) {
    /** Checks every component. */
    public ComplaintText {
        Checks.text(id, "id", 64);
        Checks.text(text, "text", 5000);
        Checks.notNull(receivedAt, "receivedAt");
        Checks.notNull(channel, "channel");
        Checks.notNull(unit, "unit");
        Checks.notNull(building, "building");
        unit = unit.strip();
        building = building.strip();
    }

    /**
     * A complaint with no flat and no building (estate-wide or off-site).
     *
     * @param id the id
     * @param text the text
     * @param receivedAt when it arrived
     * @param channel how it arrived
     * @return the complaint text
     */
    public static ComplaintText of(String id, String text, OffsetDateTime receivedAt, Channel channel) {
        return new ComplaintText(id, text, receivedAt, channel, "", "");
    }

    /**
     * Whether a flat was given.
     *
     * @return true when {@link #unit()} is not empty
     */
    public boolean hasUnit() {
        return !unit.isEmpty();
    }

    /**
     * Whether a building was given.
     *
     * @return true when {@link #building()} is not empty
     */
    public boolean hasBuilding() {
        return !building.isEmpty();
    }

    /**
     * The same complaint with another text, e.g. after an edit.
     *
     * @param newText the text
     * @return a copy
     */
    public ComplaintText withText(String newText) {
        return new ComplaintText(id, newText, receivedAt, channel, unit, building);
    }
}
