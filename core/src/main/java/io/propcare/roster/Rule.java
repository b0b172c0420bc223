package io.propcare.roster;

import java.util.Objects;

/**
 * One rule of a roster problem as data: which kind, whether it is hard, and the weight by which
 * each unit of violation is multiplied (on top of the weight a cover line or a request carries).
 *
 * <p>Implementation requirements: immutable value type.
 *
 * @param kind the rule's kind
 * @param hard true when every violation makes the roster infeasible
 * @param weight the multiplier, 0 to 1,000,000 (0 switches a soft rule off)
 * @since 0.1
 */
public record Rule(RuleKind kind, boolean hard, int weight) {
    /** Checks the fields. */
    public Rule {
        Objects.requireNonNull(kind, "kind must not be null");
        if (weight < 0 || weight > 1_000_000) {
            throw new IllegalArgumentException("rule " + kind.id() + ": weight must be 0 to 1000000, got " + weight);
        }
    }

    /**
     * A hard rule of weight 1.
     *
     * @param kind the kind
     * @return the rule
     */
    public static Rule hard(RuleKind kind) {
        return new Rule(kind, true, 1);
    }

    /**
     * A soft rule.
     *
     * @param kind the kind
     * @param weight the weight
     * @return the rule
     */
    public static Rule soft(RuleKind kind, int weight) {
        return new Rule(kind, false, weight);
    }

    /**
     * The rule's id, that of its kind.
     *
     * @return the id
     */
    public String id() {
        return kind.id();
    }
}
