package io.propcare.model.notification;

/**
 * Who a notification is for.
 *
 * @since 0.1
 */
public enum RecipientKind {
    /** A staff member, by staff id. */
    STAFF,
    /** A resident, by complaint or unit reference. */
    RESIDENT,
    /** A role such as the company complaint center, by role id. */
    ROLE
}
