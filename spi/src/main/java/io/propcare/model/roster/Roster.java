package io.propcare.model.roster;

import io.propcare.model.PropertyId;
import io.propcare.model.StaffId;
import io.propcare.model.internal.Checks;
import io.propcare.spi.InvalidInputException;
import io.propcare.spi.SpiErrorCode;
import io.propcare.spi.Violation;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.threeten.extra.LocalDateRange;

/**
 * A duty roster of one property for a period (usually a month): who works which shift on which
 * day, with its approval status and a version that increases with every stored change
 * (optimistic locking).
 *
 * <p>Every assignment lies inside the period and no assignment is listed twice; the
 * assignments keep the order given.
 *
 * <p>Implementation requirements: immutable value type.
 *
 * @param propertyId the property
 * @param id the roster's id within the property
 * @param period the days covered, half-open {@code [start, end)}, not empty
 * @param status the approval status
 * @param version the stored version, 0 for a roster never stored
 * @param assignments the assignments; may be empty
 * @since 0.1
 */
public record Roster(PropertyId propertyId, RosterId id, LocalDateRange period, RosterStatus status, long version,
        List<Assignment> assignments) {
    /**
     * Checks the fields.
     *
     * @throws InvalidInputException listing every assignment outside the period or repeated
     */
    public Roster {
        Checks.notNull(propertyId, "roster.propertyId");
        Checks.notNull(id, "roster.id");
        Checks.notNull(period, "roster.period");
        Checks.notNull(status, "roster.status");
        Checks.range(version, "roster.version", 0, Long.MAX_VALUE);
        assignments = Checks.list(assignments, "roster.assignments");
        if (period.isEmpty() || period.isUnboundedStart() || period.isUnboundedEnd()) {
            throw InvalidInputException.of("roster.period", period, "expected a bounded, non-empty range of dates");
        }
        List<Violation> problems = new ArrayList<>();
        Set<Key> seen = new HashSet<>();
        for (int i = 0; i < assignments.size(); i++) {
            Assignment a = assignments.get(i);
            if (!period.contains(a.date())) {
                problems.add(Violation.of("roster.assignments[" + i + "].date", a.date(), SpiErrorCode.INVALID_INPUT,
                        "expected a date in " + period));
            }
            if (!seen.add(new Key(a.staffId(), a.date(), a.shiftId()))) {
                problems.add(Violation.of("roster.assignments[" + i + "]", a, SpiErrorCode.INVALID_INPUT,
                        "expected each staff member, date and shift at most once"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private record Key(StaffId staffId, LocalDate date, String shiftId) {
    }

    /**
     * Creates a new draft roster, version 0, for a calendar month.
     *
     * @param propertyId the property
     * @param id the roster id
     * @param month the month
     * @param assignments the assignments
     * @return the roster
     */
    public static Roster draft(PropertyId propertyId, RosterId id, YearMonth month, List<Assignment> assignments) {
        Checks.notNull(month, "month");
        return new Roster(propertyId, id, LocalDateRange.of(month.atDay(1), month.plusMonths(1).atDay(1)),
                RosterStatus.DRAFT, 0, assignments);
    }

    /**
     * A copy with another status.
     *
     * @param newStatus the status
     * @return the copy
     */
    public Roster withStatus(RosterStatus newStatus) {
        return new Roster(propertyId, id, period, newStatus, version, assignments);
    }

    /**
     * A copy with another version.
     *
     * @param newVersion the version, not negative
     * @return the copy
     */
    public Roster withVersion(long newVersion) {
        return new Roster(propertyId, id, period, status, newVersion, assignments);
    }

    /**
     * A copy with other assignments.
     *
     * @param newAssignments the assignments
     * @return the copy
     */
    public Roster withAssignments(List<Assignment> newAssignments) {
        return new Roster(propertyId, id, period, status, version, newAssignments);
    }

    /**
     * The assignments of one person, in roster order.
     *
     * @param staffId the person
     * @return the assignments; empty when the person does not work
     */
    public List<Assignment> assignmentsOf(StaffId staffId) {
        Checks.notNull(staffId, "staffId");
        List<Assignment> out = new ArrayList<>();
        for (Assignment a : assignments) {
            if (a.staffId().equals(staffId)) {
                out.add(a);
            }
        }
        return List.copyOf(out);
    }

    /**
     * The assignments on one date, in roster order.
     *
     * @param date the date
     * @return the assignments; empty when nobody works that date
     */
    public List<Assignment> assignmentsOn(LocalDate date) {
        Checks.notNull(date, "date");
        List<Assignment> out = new ArrayList<>();
        for (Assignment a : assignments) {
            if (a.date().equals(date)) {
                out.add(a);
            }
        }
        return List.copyOf(out);
    }
}
