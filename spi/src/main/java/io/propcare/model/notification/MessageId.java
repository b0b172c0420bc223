package io.propcare.model.notification;

import io.propcare.model.internal.Checks;

/**
 * The id an outbox gives a message.
 *
 * @param value 1-64 characters
 * @since 0.1
 */
public record MessageId(String value) {
    /** Checks the value. */
    public MessageId {
        Checks.text(value, "messageId", 64);
    }

    /**
     * Creates an id.
     *
     * @param value the id
     * @return the id
     */
    public static MessageId of(String value) {
        return new MessageId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
