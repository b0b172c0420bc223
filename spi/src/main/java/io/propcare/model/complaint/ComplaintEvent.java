package io.propcare.model.complaint;

import io.propcare.model.internal.Checks;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * One entry of a complaint's append-only history: what happened, who did it, when, and details
 * (e.g. {@code "step" -> "on_site"}, {@code "agreedReplyAt" -> "2026-03-01T10:00:00Z"}).
 *
 * <p>Implementation requirements: immutable value type. {@code details} is unmodifiable and
 * sorted by key, so equal events print equally. Personal data does not belong in details.
 *
 * @param type what happened
 * @param actor who did it
 * @param at when it happened
 * @param details keys of 1-64 characters, values of at most 2000 characters
 * @since 0.1
 */
public record ComplaintEvent(EventType type, Actor actor, Instant at, Map<String, String> details) {
    /** Checks every component and copies the details. */
    public ComplaintEvent {
        Checks.notNull(type, "type");
        Checks.notNull(actor, "actor");
        Checks.notNull(at, "at");
        Map<String, String> copy = new TreeMap<>(Checks.map(details, "details"));
        copy.forEach((k, v) -> {
            Checks.text(k, "details key", 64);
            if (v.length() > 2000) {
                throw io.propcare.spi.InvalidInputException.of("details." + k, Checks.abbreviate(v),
                        "expected at most 2000 characters, got " + v.length());
            }
        });
        details = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * An event without details.
     *
     * @param type what happened
     * @param actor who
     * @param at when
     * @return the event
     */
    public static ComplaintEvent of(EventType type, Actor actor, Instant at) {
        return new ComplaintEvent(type, actor, at, Map.of());
    }

    /**
     * An event with details.
     *
     * @param type what happened
     * @param actor who
     * @param at when
     * @param details the details
     * @return the event
     */
    public static ComplaintEvent of(EventType type, Actor actor, Instant at, Map<String, String> details) {
        return new ComplaintEvent(type, actor, at, details);
    }
}
