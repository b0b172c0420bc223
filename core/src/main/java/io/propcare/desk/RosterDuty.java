package io.propcare.desk;

import io.propcare.model.StaffId;
import io.propcare.model.roster.Assignment;
import io.propcare.model.roster.Roster;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A {@link DutyRoster} over a stored roster: assignments indexed by date. */
final class RosterDuty implements DutyRoster {
    private final Map<String, DutyShift> shifts = new HashMap<>();
    private final Map<LocalDate, List<Assignment>> byDate = new HashMap<>();
    private final ZoneId zone;

    RosterDuty(Roster roster, List<DutyShift> shiftList, ZoneId zone) {
        Objects.requireNonNull(roster, "roster must not be null");
        Objects.requireNonNull(shiftList, "shifts must not be null");
        this.zone = Objects.requireNonNull(zone, "zone must not be null");
        shiftList.forEach(s -> shifts.put(s.shift().id(), s));
        for (Assignment a : roster.assignments()) {
            if (!shifts.containsKey(a.shiftId())) {
                throw new IllegalArgumentException("roster " + roster.id() + " names shift '" + a.shiftId()
                        + "' that is not among the given shifts " + shifts.keySet());
            }
            byDate.computeIfAbsent(a.date(), d -> new ArrayList<>()).add(a);
        }
        byDate.values().forEach(l -> l.sort(Comparator.comparing(a -> a.staffId().value())));
    }

    @Override
    public Optional<StaffId> onDuty(String role, Instant at) {
        Objects.requireNonNull(role, "role must not be null");
        Objects.requireNonNull(at, "at must not be null");
        LocalDateTime local = LocalDateTime.ofInstant(at, zone);
        LocalDate today = local.toLocalDate();
        for (LocalDate d : List.of(today, today.minusDays(1))) {
            for (Assignment a : byDate.getOrDefault(d, List.of())) {
                DutyShift s = shifts.get(a.shiftId());
                if (s.role().equals(role) && !local.isBefore(s.shift().startOn(d)) && local.isBefore(s.shift().endOn(d))) {
                    return Optional.of(a.staffId());
                }
            }
        }
        return Optional.empty();
    }
}
