package io.propcare.roster;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One violated rule: which rule, who (empty for a cover line), when, which shift, what was
 * observed against what was allowed, by how much and at what cost.
 *
 * <p>The cost is the rule's weight times the weight of the cover line or request (1 for the
 * other rules) times the amount. A hard violation's cost is reported but is not part of the
 * objective.
 *
 * <p>Implementation requirements: immutable value type.
 *
 * @param ruleId the rule's id, e.g. {@code "max-weekends"}
 * @param hard whether the rule is hard
 * @param staffId the person, or empty for a cover line
 * @param firstDay the first day index concerned
 * @param lastDay the last day index concerned (inclusive), {@code firstDay} for one day
 * @param from the date of {@code firstDay}
 * @param to the date of {@code lastDay}
 * @param shiftId the shift concerned, or empty
 * @param observed what the roster has (people, minutes, days, weekends, shifts)
 * @param allowed the rule's limit or target
 * @param amount by how much the limit is missed, at least 1
 * @param cost the price of this violation
 * @since 0.1
 */
public record RuleViolation(String ruleId, boolean hard, Optional<String> staffId, int firstDay, int lastDay,
        LocalDate from, LocalDate to, Optional<String> shiftId, long observed, long allowed, long amount, long cost) {
    /** Checks the fields. */
    public RuleViolation {
        Objects.requireNonNull(ruleId, "ruleId must not be null");
        Objects.requireNonNull(staffId, "staffId must not be null");
        Objects.requireNonNull(from, "from must not be null");
        Objects.requireNonNull(to, "to must not be null");
        Objects.requireNonNull(shiftId, "shiftId must not be null");
        if (lastDay < firstDay || amount < 1 || cost < 0) {
            throw new IllegalArgumentException("violation of " + ruleId + ": expected firstDay <= lastDay, amount >= 1, cost >= 0; got "
                    + firstDay + ", " + lastDay + ", " + amount + ", " + cost);
        }
    }

    /**
     * A one-line description, such as {@code "max-weekends (hard): A, days 5-27 (2026-11-07..2026-11-29): 3 > 2 by 1, cost 1"}.
     *
     * @return the description
     */
    public String describe() {
        return ruleId + (hard ? " (hard)" : "") + ": " + staffId.orElse("cover") + shiftId.map(s -> " " + s).orElse("")
                + ", day" + (firstDay == lastDay ? " " + firstDay + " (" + from + ")"
                        : "s " + firstDay + "-" + lastDay + " (" + from + ".." + to + ")")
                + ": observed " + observed + ", allowed " + allowed + ", by " + amount + ", cost " + cost;
    }

    @Override
    public String toString() {
        return describe();
    }
}
