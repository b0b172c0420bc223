package io.propcare.complaint;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * When complaints make a collective case (集体投诉): at least {@code minUnits} distinct flats of
 * the same place (building, or the zone a building belongs to, or a shared facility named in
 * the text) about the same matter within {@code window}. Two complaints are about the same
 * matter when they have the same category or their texts are similar (Jaccard similarity of
 * their Chinese character bigrams and English words at least {@code similarity}); a complaint the
 * classifier was unsure of also joins a case worded like it (see {@link CollectiveDetector}).
 *
 * <p>Implementation requirements: immutable value type.
 *
 * @param minUnits distinct flats needed to open a case, at least 2 (default 3)
 * @param window how far apart the complaints may be, positive (default two hours)
 * @param similarity the text similarity that counts as the same matter, 0 to 1 (default 0.3)
 * @param zones building id to zone name, for buildings that count as one place; may be empty
 * @since 0.1
 */
public record CollectiveSettings(int minUnits, Duration window, double similarity, Map<String, String> zones) {
    /** Checks every component. */
    public CollectiveSettings {
        if (minUnits < 2) {
            throw new IllegalArgumentException("minUnits must be at least 2, got " + minUnits);
        }
        Objects.requireNonNull(window, "window must not be null");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive, got " + window);
        }
        if (!(similarity >= 0 && similarity <= 1)) {
            throw new IllegalArgumentException("similarity must be from 0 to 1, got " + similarity);
        }
        zones = Map.copyOf(Objects.requireNonNull(zones, "zones must not be null"));
    }

    /**
     * The defaults from the procedures: 3 flats within 2 hours, similarity 0.3, every building its own place.
     *
     * @return the defaults
     */
    public static CollectiveSettings defaults() {
        return new CollectiveSettings(3, Duration.ofHours(2), 0.3, Map.of());
    }

    /**
     * The same settings with another number of flats.
     *
     * @param n the number, at least 2
     * @return a copy
     */
    public CollectiveSettings withMinUnits(int n) {
        return new CollectiveSettings(n, window, similarity, zones);
    }

    /**
     * The same settings with another window.
     *
     * @param w the window, positive
     * @return a copy
     */
    public CollectiveSettings withWindow(Duration w) {
        return new CollectiveSettings(minUnits, w, similarity, zones);
    }
}
