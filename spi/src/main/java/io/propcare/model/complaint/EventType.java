package io.propcare.model.complaint;

/**
 * What happened to a complaint: the kinds of entries in its append-only history (the duty log).
 *
 * @since 0.1
 */
public enum EventType {
    /** Logged by whoever first received it. */
    RECEIVED,
    /** Classified (category, urgency, validity, scope). */
    CLASSIFIED,
    /** Assigned or handed over to a named person. */
    ASSIGNED,
    /** The resident was contacted: first reply given. */
    ACKNOWLEDGED,
    /** Staff arrived on site. */
    ON_SITE,
    /** A preliminary plan and estimated time were given. */
    PRELIMINARY_PLAN_GIVEN,
    /** A reply time was agreed with the resident. */
    REPLY_TIME_AGREED,
    /** The clocks were paused (e.g. waiting for parts or the resident). */
    PAUSED,
    /** The clocks were resumed. */
    RESUMED,
    /** The matter was settled. */
    SETTLED,
    /** Reported to the office, the director, the company or back to the company center. */
    REPORTED,
    /** The resident was called back after settlement (回访). */
    CALLED_BACK,
    /** Escalated to a higher rung of the ladder. */
    ESCALATED,
    /** Reopened after settlement or closure. */
    REOPENED,
    /** Closed. */
    CLOSED
}
