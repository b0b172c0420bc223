package io.propcare.roster;

import java.util.List;
import java.util.Objects;

/**
 * Why a problem has no roster that keeps every hard rule: the rules that cannot all hold, and
 * for whom or when.
 *
 * <p>Implementation requirements: immutable value type.
 *
 * @param ruleIds the conflicting rules' ids, not empty
 * @param subject who or what is concerned, e.g. {@code "staff A"} or {@code "day 3 shift N"}
 * @param message what cannot hold and why
 * @since 0.1
 */
public record Conflict(List<String> ruleIds, String subject, String message) {
    /** Checks and copies the fields. */
    public Conflict {
        ruleIds = List.copyOf(Objects.requireNonNull(ruleIds, "ruleIds must not be null"));
        Objects.requireNonNull(subject, "subject must not be null");
        Objects.requireNonNull(message, "message must not be null");
        if (ruleIds.isEmpty()) {
            throw new IllegalArgumentException("ruleIds must not be empty");
        }
    }

    @Override
    public String toString() {
        return String.join(" vs ", ruleIds) + ": " + subject + ": " + message;
    }
}
