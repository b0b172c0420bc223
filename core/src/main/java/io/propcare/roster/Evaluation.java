package io.propcare.roster;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The result of checking a roster: every violation, the objective (sum of the soft costs) and
 * whether any hard rule is broken.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Evaluation {
    private final List<RuleViolation> violations;
    private final long objective;
    private final int hardViolations;
    private final Map<String, Long> penalties;
    private final Map<String, Long> hardByRule;

    Evaluation(List<RuleViolation> violations) {
        this.violations = List.copyOf(Objects.requireNonNull(violations, "violations must not be null"));
        long sum = 0;
        int hard = 0;
        Map<String, Long> soft = new LinkedHashMap<>();
        Map<String, Long> hardMap = new LinkedHashMap<>();
        for (RuleViolation v : this.violations) {
            if (v.hard()) {
                hard++;
                hardMap.merge(v.ruleId(), 1L, Long::sum);
            } else {
                sum += v.cost();
                soft.merge(v.ruleId(), v.cost(), Long::sum);
            }
        }
        this.objective = sum;
        this.hardViolations = hard;
        this.penalties = java.util.Collections.unmodifiableMap(soft);
        this.hardByRule = java.util.Collections.unmodifiableMap(hardMap);
    }

    /**
     * Every violation, hard and soft, grouped by rule in {@link RuleKind} order.
     *
     * @return the violations; empty for a perfect roster
     */
    public List<RuleViolation> violations() {
        return violations;
    }

    /**
     * The objective: the sum of the costs of the soft violations.
     *
     * @return the objective, 0 or more
     */
    public long objective() {
        return objective;
    }

    /**
     * The number of hard violations.
     *
     * @return 0 for a feasible roster
     */
    public int hardViolations() {
        return hardViolations;
    }

    /**
     * Whether no hard rule is broken.
     *
     * @return true when feasible
     */
    public boolean isFeasible() {
        return hardViolations == 0;
    }

    /**
     * The soft cost per rule id, rules without violations left out.
     *
     * @return rule id to cost, in rule order
     */
    public Map<String, Long> penalties() {
        return penalties;
    }

    /**
     * The number of hard violations per rule id.
     *
     * @return rule id to count, in rule order
     */
    public Map<String, Long> hardViolationsByRule() {
        return hardByRule;
    }

    @Override
    public String toString() {
        return "Evaluation[objective=" + objective + ", hardViolations=" + hardViolations + ", penalties=" + penalties + "]";
    }
}
