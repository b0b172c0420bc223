package io.propcare.complaint;

import io.propcare.model.complaint.Category;
import java.time.Instant;
import java.util.List;
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
 * @since 0.1
 */
public record CollectiveCase(String caseId, String place, Category category, Instant openedAt, List<String> memberIds,
                             List<String> units, String reason) {
    /** Checks every component. */
    public CollectiveCase {
        Objects.requireNonNull(caseId, "caseId must not be null");
        Objects.requireNonNull(place, "place must not be null");
        Objects.requireNonNull(category, "category must not be null");
        Objects.requireNonNull(openedAt, "openedAt must not be null");
        memberIds = List.copyOf(memberIds);
        units = List.copyOf(units);
        Objects.requireNonNull(reason, "reason must not be null");
    }
}
