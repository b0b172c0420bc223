package io.propcare.escalation;

import io.propcare.model.complaint.Category;
import io.propcare.model.complaint.Channel;
import io.propcare.model.complaint.Scope;
import io.propcare.model.complaint.Urgency;
import io.propcare.model.complaint.Validity;
import java.util.Objects;
import java.util.Set;

/**
 * Which complaints a policy rule applies to: each non-empty set must contain the complaint's
 * value; an empty set accepts any value, so a matcher with every set empty matches everything.
 *
 * <p>Implementation requirements: immutable value type.
 *
 * @param categories accepted categories
 * @param urgencies accepted urgencies
 * @param validities accepted validities
 * @param scopes accepted scopes
 * @param channels accepted channels ({@code company_center} for complaints transferred from the center)
 * @since 0.1
 */
public record ClassificationMatcher(Set<Category> categories, Set<Urgency> urgencies, Set<Validity> validities,
                                    Set<Scope> scopes, Set<Channel> channels) {
    /** A matcher that accepts every complaint. */
    public static final ClassificationMatcher ANY = new ClassificationMatcher(Set.of(), Set.of(), Set.of(), Set.of(), Set.of());

    /** Copies the sets. */
    public ClassificationMatcher {
        categories = Set.copyOf(Objects.requireNonNull(categories, "categories must not be null"));
        urgencies = Set.copyOf(Objects.requireNonNull(urgencies, "urgencies must not be null"));
        validities = Set.copyOf(Objects.requireNonNull(validities, "validities must not be null"));
        scopes = Set.copyOf(Objects.requireNonNull(scopes, "scopes must not be null"));
        channels = Set.copyOf(Objects.requireNonNull(channels, "channels must not be null"));
    }

    /**
     * Whether a complaint matches.
     *
     * @param f the complaint
     * @return true when every non-empty set holds the complaint's value
     */
    public boolean matches(ComplaintFacts f) {
        Objects.requireNonNull(f, "facts must not be null");
        return (categories.isEmpty() || categories.contains(f.category()))
                && (urgencies.isEmpty() || urgencies.contains(f.urgency()))
                && (validities.isEmpty() || validities.contains(f.validity()))
                && (scopes.isEmpty() || scopes.contains(f.scope()))
                && (channels.isEmpty() || channels.contains(f.channel()));
    }

    /**
     * Whether every set is empty.
     *
     * @return true for a matcher that accepts everything
     */
    public boolean isAny() {
        return equals(ANY);
    }
}
