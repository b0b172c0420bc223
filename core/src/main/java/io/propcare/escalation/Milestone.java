package io.propcare.escalation;

import io.propcare.spi.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Something that happens in a complaint's handling and starts or stops a time limit.
 *
 * @since 0.1
 */
public enum Milestone {
    /** The complaint was received (the complaint's received instant; needs no event). */
    RECEIVED,
    /** The resident got a first answer. */
    REPLIED,
    /** Someone arrived on site. */
    ON_SITE,
    /** A preliminary solution and estimated repair time were given. */
    PLAN_GIVEN,
    /** The result was fed back to the resident. */
    RESULT_FED_BACK,
    /** The complaint was settled. */
    SETTLED,
    /** The staff member who received it settled it on the spot. */
    SETTLED_ON_THE_SPOT,
    /** Reported to the management office. */
    REPORTED_TO_OFFICE,
    /** Reported to the director. */
    REPORTED_TO_DIRECTOR,
    /** Reported to the company (deputy general manager and complaint center). */
    REPORTED_TO_COMPANY,
    /** The result was reported back to the company complaint center. */
    REPORTED_BACK_TO_CENTER,
    /** The resident was called back. */
    CALLED_BACK;

    /**
     * The lower-case id used in JSON, e.g. {@code "plan_given"}.
     *
     * @return the id
     */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses an id (case-insensitive, '-' or '_').
     *
     * @param id the id
     * @return the milestone
     * @throws InvalidInputException naming the accepted values
     */
    public static Milestone parse(String id) {
        Objects.requireNonNull(id, "milestone must not be null");
        String key = id.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (Milestone m : values()) {
            if (m.name().equals(key)) {
                return m;
            }
        }
        throw InvalidInputException.of("milestone", id, "expected one of "
                + Arrays.stream(values()).map(Milestone::id).collect(Collectors.joining(", ")));
    }
}
