package io.propcare.model.notification;

import io.propcare.model.PropertyId;
import io.propcare.model.internal.Checks;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A message to send: to whom, through which channel, which template with which payload, and a
 * stable deduplication key (the same cause always gives the same key, so a retried command never
 * sends twice).
 *
 * <p>Implementation requirements: immutable value type. {@code toString()} lists the payload's
 * keys, not its values, and masks the recipient's address.
 *
 * @param propertyId the property
 * @param recipient who
 * @param channel how
 * @param template the template id, e.g. {@code "escalation.director"}
 * @param payload template variables; unmodifiable, sorted by key
 * @param dedupKey the deduplication key, unique per property, 1-200 characters
 * @param urgent true when quiet hours do not apply
 * @param createdAt when it was made
 * @since 0.1
 */
public record Notification(PropertyId propertyId, Recipient recipient, NotificationChannel channel,
                           String template, Map<String, String> payload, String dedupKey, boolean urgent,
                           Instant createdAt) {
    /** Checks every component. */
    public Notification {
        Checks.notNull(propertyId, "propertyId");
        Checks.notNull(recipient, "recipient");
        Checks.notNull(channel, "channel");
        Checks.text(template, "template", 100);
        Map<String, String> copy = new TreeMap<>(Checks.map(payload, "payload"));
        copy.forEach((k, v) -> {
            Checks.text(k, "payload key", 64);
            if (v.length() > 4000) {
                throw io.propcare.spi.InvalidInputException.of("payload." + k, Checks.abbreviate(v),
                        "expected at most 4000 characters, got " + v.length());
            }
        });
        payload = Collections.unmodifiableMap(copy);
        Checks.text(dedupKey, "dedupKey", 200);
        Checks.notNull(createdAt, "createdAt");
    }

    @Override
    public String toString() {
        return "Notification[" + propertyId + " " + template + " via " + channel + " to " + recipient
                + ", payload keys=" + payload.keySet() + ", dedupKey=" + dedupKey + ", urgent=" + urgent
                + ", createdAt=" + createdAt + "]";
    }
}
