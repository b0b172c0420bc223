/**
 * Notification value types: the message, its recipient (address masked in {@code toString}),
 * and its delivery state in the transactional outbox. Everything is non-null unless documented.
 */
package io.propcare.model.notification;
