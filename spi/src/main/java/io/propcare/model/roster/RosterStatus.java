package io.propcare.model.roster;

import io.propcare.model.internal.Checks;

/**
 * Where a roster is in its approval cycle: compiled as a draft, approved by the director,
 * then published to the staff.
 *
 * @since 0.1
 */
public enum RosterStatus {
    /** Being compiled or changed; not binding. */
    DRAFT,
    /** Approved by the director; not yet shown to the staff. */
    APPROVED,
    /** Published to the staff; changes need a new version. */
    PUBLISHED;

    /**
     * Whether a roster in this status may move to another one. A draft may be approved; an
     * approved roster may be published or sent back to draft; a published roster may go back
     * to draft (for a change after illness, which then needs approval again).
     *
     * @param next the status wanted
     * @return true when the transition is allowed (never to the same status)
     */
    public boolean canBecome(RosterStatus next) {
        Checks.notNull(next, "next");
        switch (this) {
            case DRAFT:
                return next == APPROVED;
            case APPROVED:
                return next == PUBLISHED || next == DRAFT;
            case PUBLISHED:
                return next == DRAFT;
            default:
                throw new IllegalStateException("unknown status " + this);
        }
    }
}
