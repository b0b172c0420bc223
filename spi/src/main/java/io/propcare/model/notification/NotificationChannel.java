package io.propcare.model.notification;

/**
 * The channel a notification is delivered through.
 *
 * @since 0.1
 */
public enum NotificationChannel {
    /** A text message. */
    SMS,
    /** WeChat (official account template message or enterprise WeChat). */
    WECHAT,
    /** E-mail. */
    EMAIL,
    /** A push message in the property app. */
    APP_PUSH,
    /** An automated or operator voice call. */
    VOICE_CALL,
    /** The staff console or duty screen of the office. */
    CONSOLE
}
