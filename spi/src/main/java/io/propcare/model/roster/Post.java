package io.propcare.model.roster;

import io.propcare.model.internal.Checks;
import java.util.Objects;
import java.util.Set;

/**
 * A duty post that must be staffed, such as the front desk or the fire-control center.
 *
 * <p>Implementation requirements: immutable value type.
 *
 * @param id the post's identifier, 1-64 characters, e.g. {@code "front-desk"}
 * @param name a display name, 1-100 characters
 * @param requiredQualifications ids of the qualifications everyone on this post must hold;
 *     may be empty
 * @since 0.1
 */
public record Post(String id, String name, Set<String> requiredQualifications) {
    /** Checks the fields and copies the set. */
    public Post {
        Checks.text(id, "post.id", 64);
        Checks.text(name, "post.name", 100);
        Checks.notNull(requiredQualifications, "post.requiredQualifications");
        for (String q : requiredQualifications) {
            Checks.text(q, "post.requiredQualifications[]", 64);
        }
        requiredQualifications = Set.copyOf(Objects.requireNonNull(requiredQualifications, "requiredQualifications must not be null"));
    }

    /**
     * Creates a post.
     *
     * @param id the id
     * @param name the display name
     * @param requiredQualifications the qualifications required
     * @return the post
     */
    public static Post of(String id, String name, Set<String> requiredQualifications) {
        return new Post(id, name, requiredQualifications);
    }

    /**
     * A copy with other required qualifications.
     *
     * @param qualifications the new set
     * @return the copy
     */
    public Post withRequiredQualifications(Set<String> qualifications) {
        return new Post(id, name, qualifications);
    }
}
