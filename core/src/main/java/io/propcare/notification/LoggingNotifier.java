package io.propcare.notification;

import io.propcare.model.internal.Checks;
import io.propcare.model.notification.Notification;
import io.propcare.model.notification.NotificationChannel;
import io.propcare.spi.Notifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A notifier that writes each notification to the log at INFO (template, channel, recipient with
 * masked address, payload keys — never payload values or unmasked personal data). The fallback
 * when no notifier is configured or discovered.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1
 */
public final class LoggingNotifier implements Notifier {
    private static final Logger log = LoggerFactory.getLogger(LoggingNotifier.class);

    /** Creates the notifier. */
    public LoggingNotifier() {
        // stateless
    }

    @Override
    public String name() {
        return "logging";
    }

    @Override
    public boolean supports(NotificationChannel channel) {
        Checks.notNull(channel, "channel");
        return true;
    }

    @Override
    public void deliver(Notification notification) {
        Checks.notNull(notification, "notification");
        log.info("notification {}", notification);
    }
}
