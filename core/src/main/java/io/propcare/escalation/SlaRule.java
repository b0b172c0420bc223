package io.propcare.escalation;

import java.util.List;
import java.util.Objects;

/**
 * A policy rule: the targets that apply to the complaints it matches.
 *
 * <p>Implementation requirements: immutable value type.
 *
 * @param name what the rule is for, e.g. {@code "water and electric repairs"}
 * @param when the complaints it applies to
 * @param unless complaints excluded again ({@link ClassificationMatcher#ANY} here excludes nothing)
 * @param targets the targets
 * @since 0.1
 */
public record SlaRule(String name, ClassificationMatcher when, ClassificationMatcher unless, List<SlaTarget> targets) {
    /** Checks the components. */
    public SlaRule {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(when, "when must not be null");
        Objects.requireNonNull(unless, "unless must not be null");
        targets = List.copyOf(Objects.requireNonNull(targets, "targets must not be null"));
    }

    /**
     * Whether the rule applies to a complaint.
     *
     * @param f the complaint
     * @return true when {@code when} matches and {@code unless} (if not {@code ANY}) does not
     */
    public boolean appliesTo(ComplaintFacts f) {
        Objects.requireNonNull(f, "facts must not be null");
        return when.matches(f) && (unless.isAny() || !unless.matches(f));
    }
}
