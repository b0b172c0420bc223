package io.propcare.model.complaint;

import io.propcare.model.internal.Checks;
import java.util.Optional;

/**
 * Where a complaint is: building, unit (flat) and zone, each optional. A complaint about a public
 * area has no unit; an estate-wide matter has none of them.
 *
 * <p>Implementation requirements: immutable value type.
 *
 * @param building the building, e.g. {@code "3"}
 * @param unit the unit, e.g. {@code "3-1502"}
 * @param zone the management zone, e.g. {@code "north"}
 * @since 0.1
 */
public record Location(Optional<String> building, Optional<String> unit, Optional<String> zone) {
    private static final Location NOWHERE = new Location(Optional.empty(), Optional.empty(), Optional.empty());

    /** Checks each part: when present, 1-40 characters. */
    public Location {
        Checks.notNull(building, "building");
        Checks.notNull(unit, "unit");
        Checks.notNull(zone, "zone");
        building.ifPresent(b -> Checks.text(b, "building", 40));
        unit.ifPresent(u -> Checks.text(u, "unit", 40));
        zone.ifPresent(z -> Checks.text(z, "zone", 40));
    }

    /**
     * No location: an estate-wide matter.
     *
     * @return the empty location
     */
    public static Location nowhere() {
        return NOWHERE;
    }

    /**
     * A unit in a building.
     *
     * @param building the building
     * @param unit the unit
     * @return the location
     */
    public static Location ofUnit(String building, String unit) {
        return new Location(Optional.of(Checks.notNull(building, "building")), Optional.of(Checks.notNull(unit, "unit")), Optional.empty());
    }

    /**
     * A building's public area.
     *
     * @param building the building
     * @return the location
     */
    public static Location ofBuilding(String building) {
        return new Location(Optional.of(Checks.notNull(building, "building")), Optional.empty(), Optional.empty());
    }

    /**
     * This location in a zone.
     *
     * @param newZone the zone
     * @return a copy
     */
    public Location withZone(String newZone) {
        return new Location(building, unit, Optional.of(Checks.notNull(newZone, "zone")));
    }

    /**
     * Whether the complaint concerns a public area rather than a unit.
     *
     * @return true when there is no unit
     */
    public boolean isPublicArea() {
        return unit.isEmpty();
    }
}
