package io.propcare.spi;

import io.propcare.model.PropertyId;
import io.propcare.model.roster.Roster;
import io.propcare.model.roster.RosterId;
import java.util.List;
import java.util.Optional;
import org.threeten.extra.LocalDateRange;

/**
 * Stores duty rosters with optimistic versioning, scoped to one property per call.
 *
 * <p>Implementation requirements: thread-safe, atomic writes, property isolation. The
 * compatibility kit's {@code RosterStoreContract} checks every clause.
 *
 * @since 0.1
 */
public interface RosterStore {
    /**
     * Saves a roster if and only if the stored version equals the roster's {@link Roster#version()}
     * (0 for a roster not stored yet). Of concurrent savers of the same version exactly one succeeds.
     *
     * <p>Kit groups: "save", "optimistic concurrency".
     *
     * @param roster the roster; its property id scopes the call
     * @return the stored roster, with version increased by one
     * @throws ConcurrentModificationException when the stored version differs (a roster with version
     *     0 that already exists is such a conflict)
     */
    Roster save(Roster roster);

    /**
     * Loads a roster.
     *
     * @param property the property
     * @param id the roster id
     * @return the roster, or empty
     */
    Optional<Roster> find(PropertyId property, RosterId id);

    /**
     * The property's rosters whose period overlaps the given range, ordered by period start then id.
     *
     * <p>Kit group: "overlap".
     *
     * @param property the property
     * @param range the range of days, half-open
     * @return the rosters, possibly empty
     */
    List<Roster> findOverlapping(PropertyId property, LocalDateRange range);
}
