package io.propcare.complaint;

import io.propcare.model.complaint.Category;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * When complaints make a collective case (集体投诉): at least {@code minUnits} distinct flats of
 * the same place (building, or the zone a building belongs to, or a shared facility named in
 * the text) about the same matter within {@code window}. Two complaints are about the same
 * matter when they have the same category or their texts are similar (Jaccard similarity of
 * their Chinese character bigrams and English words at least {@code similarity}); a complaint the
 * classifier was unsure of also joins a case worded like it (see {@link CollectiveDetector}).
 *
 * <p>Two sets of categories say how the detector reads a complaint's category:
 * <ul>
 *   <li>{@code responses}: categories that say how the office responds rather than what the matter
 *       is (by default staff conduct, inquiry, other). A follow-up of such a category from a new flat
 *       ("还没好？电话一直占线") counts as a member of the matter its neighbours report, and takes the
 *       case's category ({@link ComplaintEngine#withCollective(ComplaintText, ClassificationResult,
 *       CollectiveCase, CollectiveSettings)}). Being the runner-up of many a text for want of a better,
 *       such a category joins a complaint of another category to its case only when the complaint names
 *       a kind of the case's matter, where the case names one.</li>
 *   <li>{@code faults}: categories whose collective matter is a fault that starts at one moment (a
 *       water cut, a dead lift, an alarm; by default the engineering trades and fire safety). A
 *       complaint of such a category that says its fault has lasted for days ("好几天了", "for a
 *       week") is another fault than a case that opened hours ago, unless the case's members say so
 *       too or its text is similar to theirs. Chronic nuisances (a dog barking every night for a
 *       month) are not in it: their members do say "for a month".</li>
 *   <li>{@code nuisances}: categories whose matter is told by what it is about (by default noise: a
 *       party, a dog, the pump room, footsteps, a car alarm, a television, a quarrel, works; cleaning:
 *       the bins, vomit or excrement, leaves, small ads, debris; security: the entrance's access
 *       control, a stranger at a door, a theft, the cameras; fees: an invoice, a payment taken twice, a
 *       claim for damages, a shared cost, a price rise, a late fee; hvac: the room's warmth or coolness, an
 *       extractor fan or the kitchen flue, the hot water; other: the building's broadband or television,
 *       something lost or found; pests: ants and termites, cockroaches, rats and mice, mosquitoes, flies,
 *       bees and wasps, caterpillars, snakes; another category is told by the noises' kinds). Two complaints of such
 *       a category that each name a kind, and no kind in common, are two matters unless their texts are
 *       similar: a child skipping rope upstairs is not part of the
 *       building's night of car-alarm complaints, nor a lift someone was sick in of the morning's full
 *       bins, nor a rattling bathroom fan of the afternoon's warm air conditioning, nor keys handed in at
 *       the desk of the evening's broadband outage, nor cockroaches in one kitchen of the evening's swarm of
 *       flying ants.</li>
 * </ul>
 * The defaults name the ids of the default taxonomy; a property with its own taxonomy names its own.
 *
 * <p>Implementation requirements: immutable value type.
 *
 * @param minUnits distinct flats needed to open a case, at least 2 (default 3)
 * @param window how far apart the complaints may be, positive (default two hours)
 * @param similarity the text similarity that counts as the same matter, 0 to 1 (default 0.3)
 * @param zones building id to zone name, for buildings that count as one place; may be empty
 * @param responses categories that say how the office responds rather than what the matter is; may be empty
 * @param faults categories whose collective matter is a fault with an onset; may be empty
 * @param nuisances categories whose matter is told by its source; may be empty
 * @since 0.1
 */
public record CollectiveSettings(int minUnits, Duration window, double similarity, Map<String, String> zones,
                                 Set<Category> responses, Set<Category> faults, Set<Category> nuisances) {
    /** The default {@link #responses()}: staff conduct, inquiry, other. */
    public static final Set<Category> DEFAULT_RESPONSES = categories("staff_conduct", "inquiry", "other");
    /** The default {@link #faults()}: the engineering trades of the default taxonomy and fire safety. */
    public static final Set<Category> DEFAULT_FAULTS = categories("plumbing", "electrical", "elevator",
            "doors_windows", "hvac", "building_fabric", "common_facilities", "fire_safety");
    /** The default {@link #nuisances()}: noise, cleaning, security, fees, hvac, other, pests. */
    public static final Set<Category> DEFAULT_NUISANCES = categories("noise", "cleaning", "security", "fees", "hvac",
            "other", "pests");

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
        responses = copy(responses, "responses");
        faults = copy(faults, "faults");
        nuisances = copy(nuisances, "nuisances");
    }

    /**
     * Settings with the default {@link #nuisances()}.
     *
     * @param minUnits distinct flats needed to open a case, at least 2
     * @param window how far apart the complaints may be, positive
     * @param similarity the text similarity that counts as the same matter, 0 to 1
     * @param zones building id to zone name; may be empty
     * @param responses categories that say how the office responds; may be empty
     * @param faults categories whose collective matter is a fault with an onset; may be empty
     */
    public CollectiveSettings(int minUnits, Duration window, double similarity, Map<String, String> zones,
                              Set<Category> responses, Set<Category> faults) {
        this(minUnits, window, similarity, zones, responses, faults, DEFAULT_NUISANCES);
    }

    /**
     * Settings with the default {@link #responses()}, {@link #faults()} and {@link #nuisances()}.
     *
     * @param minUnits distinct flats needed to open a case, at least 2
     * @param window how far apart the complaints may be, positive
     * @param similarity the text similarity that counts as the same matter, 0 to 1
     * @param zones building id to zone name; may be empty
     */
    public CollectiveSettings(int minUnits, Duration window, double similarity, Map<String, String> zones) {
        this(minUnits, window, similarity, zones, DEFAULT_RESPONSES, DEFAULT_FAULTS);
    }

    /**
     * The defaults from the procedures: 3 flats within 2 hours, similarity 0.3, every building its
     * own place, and the default response and fault categories.
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
        return new CollectiveSettings(n, window, similarity, zones, responses, faults, nuisances);
    }

    /**
     * The same settings with another window.
     *
     * @param w the window, positive
     * @return a copy
     */
    public CollectiveSettings withWindow(Duration w) {
        return new CollectiveSettings(minUnits, w, similarity, zones, responses, faults, nuisances);
    }

    /**
     * The same settings with other response categories.
     *
     * @param categories the categories that say how the office responds; may be empty
     * @return a copy
     */
    public CollectiveSettings withResponses(Set<Category> categories) {
        return new CollectiveSettings(minUnits, window, similarity, zones, categories, faults, nuisances);
    }

    /**
     * The same settings with other fault categories.
     *
     * @param categories the categories whose collective matter is a fault with an onset; may be empty
     * @return a copy
     */
    public CollectiveSettings withFaults(Set<Category> categories) {
        return new CollectiveSettings(minUnits, window, similarity, zones, responses, categories, nuisances);
    }

    /**
     * The same settings with other nuisance categories.
     *
     * @param categories the categories whose matter is told by its source; may be empty
     * @return a copy
     */
    public CollectiveSettings withNuisances(Set<Category> categories) {
        return new CollectiveSettings(minUnits, window, similarity, zones, responses, faults, categories);
    }

    private static Set<Category> copy(Set<Category> categories, String name) {
        Objects.requireNonNull(categories, name + " must not be null");
        for (Category c : categories) {
            if (c == null) {
                throw new IllegalArgumentException(name + " must not contain null, got " + categories);
            }
        }
        return Set.copyOf(categories);
    }

    private static Set<Category> categories(String... ids) {
        return Stream.of(ids).map(Category::of).collect(Collectors.toUnmodifiableSet());
    }
}
