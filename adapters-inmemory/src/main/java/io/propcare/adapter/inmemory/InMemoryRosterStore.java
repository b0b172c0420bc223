package io.propcare.adapter.inmemory;

import io.propcare.model.PropertyId;
import io.propcare.model.internal.Checks;
import io.propcare.model.roster.Roster;
import io.propcare.model.roster.RosterId;
import io.propcare.spi.ConcurrentModificationException;
import io.propcare.spi.RosterStore;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.threeten.extra.LocalDateRange;

final class InMemoryRosterStore implements RosterStore {
    private final InMemoryStorage storage;
    private final Map<InMemoryStorage.Key, Roster> rosters = new HashMap<>();

    InMemoryRosterStore(InMemoryStorage storage) {
        this.storage = storage;
    }

    @Override
    public Roster save(Roster roster) {
        Checks.notNull(roster, "roster");
        return storage.locked(() -> {
            InMemoryStorage.Key key = new InMemoryStorage.Key(roster.propertyId(), roster.id().value());
            Roster current = rosters.get(key);
            long actual = current == null ? 0 : current.version();
            if (actual != roster.version()) {
                throw new ConcurrentModificationException(InMemoryStorage.NAME, "rosters.save",
                        "roster " + roster.id(), roster.version(), actual);
            }
            Roster saved = roster.withVersion(actual + 1);
            rosters.put(key, saved);
            storage.onRollback(() -> {
                if (current == null) {
                    rosters.remove(key);
                } else {
                    rosters.put(key, current);
                }
            });
            return saved;
        });
    }

    @Override
    public Optional<Roster> find(PropertyId property, RosterId id) {
        Checks.notNull(property, "property");
        Checks.notNull(id, "id");
        return storage.locked(() -> Optional.ofNullable(rosters.get(new InMemoryStorage.Key(property, id.value()))));
    }

    @Override
    public List<Roster> findOverlapping(PropertyId property, LocalDateRange range) {
        Checks.notNull(property, "property");
        Checks.notNull(range, "range");
        return storage.locked(() -> rosters.entrySet().stream()
                .filter(e -> e.getKey().property().equals(property))
                .map(Map.Entry::getValue)
                .filter(r -> r.period().overlaps(range))
                .sorted(Comparator.comparing((Roster r) -> r.period().getStart()).thenComparing(r -> r.id().value()))
                .toList());
    }
}
