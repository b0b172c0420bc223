/**
 * Notification delivery: the outbox dispatcher with its retry policy, and the logging notifier
 * used when none is configured. Everything is non-null unless documented.
 */
package io.propcare.notification;
