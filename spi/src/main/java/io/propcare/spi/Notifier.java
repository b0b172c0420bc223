package io.propcare.spi;

import io.propcare.model.notification.Notification;
import io.propcare.model.notification.NotificationChannel;

/**
 * Delivers one notification through one channel: SMS, WeChat, e-mail and so on. The outbox worker
 * asks {@link #supports} before {@link #deliver}.
 *
 * <p>Implementation requirements: thread-safe. Must not log personal data unmasked.
 *
 * @since 0.1
 */
public interface Notifier {
    /**
     * The notifier's name, e.g. {@code "sms-gateway"}.
     *
     * @return the name
     */
    String name();

    /**
     * Whether this notifier delivers through a channel.
     *
     * @param channel the channel
     * @return true when it does
     */
    boolean supports(NotificationChannel channel);

    /**
     * Delivers a notification; returns only when the channel accepted it.
     *
     * @param notification the notification
     * @throws DeliveryException when it failed
     */
    void deliver(Notification notification);
}
