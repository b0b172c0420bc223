package io.propcare.model.escalation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import io.propcare.spi.InvalidInputException;

/**
 * A named step of complaint handling that has a time limit.
 *
 * @since 0.1
 */
public enum SlaStep {
    /** First answer to the resident (an inquiry: within 5 minutes). */
    FIRST_REPLY,
    /** Someone on site (a water or electric fault: within 15 minutes). */
    ON_SITE,
    /** A preliminary solution and an estimated repair time (within 1 hour). */
    PRELIMINARY_PLAN,
    /** The result fed back to the resident (within 24 hours). */
    RESULT_FEEDBACK,
    /** Settled by the reply time agreed with the resident. */
    SETTLEMENT,
    /** An on-the-spot settlement reported to the office (within 1 hour). */
    REPORT_TO_OFFICE,
    /** A collective complaint reported to the director (within 15 minutes). */
    REPORT_TO_DIRECTOR,
    /** The director's report to the company (within 2 hours). */
    REPORT_TO_COMPANY,
    /** A complaint transferred from the company center reported back after settlement (within 12 hours). */
    REPORT_BACK_TO_CENTER,
    /** The resident called back after settlement. */
    CALLBACK;

    /**
     * The lower-case id used in JSON, e.g. {@code "first_reply"}.
     *
     * @return the id
     */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses an id such as {@code "on_site"} (case-insensitive, '-' or '_').
     *
     * @param id the id
     * @return the step
     * @throws InvalidInputException naming the accepted values
     */
    public static SlaStep parse(String id) {
        Objects.requireNonNull(id, "step must not be null");
        String key = id.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (SlaStep s : values()) {
            if (s.name().equals(key)) {
                return s;
            }
        }
        throw InvalidInputException.of("step", id, "expected one of "
                + Arrays.stream(values()).map(SlaStep::id).collect(Collectors.joining(", ")));
    }
}
