package io.propcare.model.escalation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One rung of the ladder for one step of one complaint: who is told, when, and why. The key is
 * stable across re-planning (a pause that moves the instant keeps the key), so a store that
 * records fired keys never fires the same step twice.
 *
 * <p>Implementation requirements: immutable value type.
 *
 * @param key the stable key, e.g. {@code "C-2025-000123/on_site/director/0"}
 * @param step the step whose time limit is concerned
 * @param level the rung
 * @param recipients who is notified, in order
 * @param at when the step fires
 * @param reason why, in words
 * @since 0.1
 */
public record EscalationStep(String key, SlaStep step, EscalationLevel level, List<EscalationLevel> recipients,
                             Instant at, String reason) {
    /** Checks the components. */
    public EscalationStep {
        Objects.requireNonNull(key, "key must not be null");
        if (key.isBlank()) {
            throw new IllegalArgumentException("key must not be blank");
        }
        Objects.requireNonNull(step, "step must not be null");
        Objects.requireNonNull(level, "level must not be null");
        recipients = List.copyOf(Objects.requireNonNull(recipients, "recipients must not be null"));
        Objects.requireNonNull(at, "at must not be null");
        Objects.requireNonNull(reason, "reason must not be null");
    }
}
