package io.propcare.complaint;

import io.propcare.model.complaint.Category;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Objects;

/**
 * A collective complaint case as it stands: where, about what, its members so far and why it was
 * opened. Reporting chain: the duty person tells the director within 15 minutes of {@code openedAt}.
 *
 * <p>Implementation requirements: immutable value type (a snapshot; later members give a new one).
 *
 * @param caseId the case id, {@code "CC-"} and the first member's id
 * @param place the place key, e.g. {@code "building:5"} or {@code "facility:car_park"}
 * @param category the category of the complaint that opened the case
 * @param openedAt when the case was opened (the arrival of the complaint that reached the threshold)
 * @param memberIds the member complaints' ids in arrival order; unmodifiable
 * @param units the distinct flats among the members, in arrival order; unmodifiable
 * @param reason why the case was opened, in words
 * @param unitsByRule for each rule that fired on a member, the distinct flats of those members (at most
 *                    500 each); empty when members were offered without
 *                    their classification; unmodifiable
 * @since 0.1
 */
public record CollectiveCase(String caseId, String place, Category category, Instant openedAt, List<String> memberIds,
                             List<String> units, String reason, Map<String, List<String>> unitsByRule) {
    /** Checks every component. */
    public CollectiveCase {
        Objects.requireNonNull(caseId, "caseId must not be null");
        Objects.requireNonNull(place, "place must not be null");
        Objects.requireNonNull(category, "category must not be null");
        Objects.requireNonNull(openedAt, "openedAt must not be null");
        memberIds = List.copyOf(Objects.requireNonNull(memberIds, "memberIds must not be null"));
        units = List.copyOf(Objects.requireNonNull(units, "units must not be null"));
        Objects.requireNonNull(reason, "reason must not be null");
        Map<String, List<String>> copy = new LinkedHashMap<>();
        Objects.requireNonNull(unitsByRule, "unitsByRule must not be null")
                .forEach((k, v) -> copy.put(k, List.copyOf(v)));
        unitsByRule = Collections.unmodifiableMap(copy);
    }

    /**
     * A case without per-rule flats (as before {@code unitsByRule} existed).
     *
     * @param caseId the case id
     * @param place the place key
     * @param category the category of the complaint that opened the case
     * @param openedAt when the case was opened
     * @param memberIds the member complaints' ids in arrival order
     * @param units the distinct flats among the members
     * @param reason why the case was opened
     */
    public CollectiveCase(String caseId, String place, Category category, Instant openedAt, List<String> memberIds,
                          List<String> units, String reason) {
        this(caseId, place, category, openedAt, memberIds, units, reason, Map.of());
    }

    /**
     * The distinct flats whose member complaints fired any of the given rules.
     *
     * @param ruleIds rule ids
     * @return the flats, in the order first seen; may be empty
     */
    public Set<String> unitsFiring(Collection<String> ruleIds) {
        Objects.requireNonNull(ruleIds, "ruleIds must not be null");
        Set<String> out = new LinkedHashSet<>();
        for (String id : ruleIds) {
            out.addAll(unitsByRule.getOrDefault(id, List.of()));
        }
        return out;
    }
}
