package io.propcare.model.roster;

import io.propcare.model.PersonName;
import io.propcare.model.StaffId;
import io.propcare.model.internal.Checks;
import java.util.Objects;
import java.util.Set;

/**
 * A person who can be rostered, with the qualifications they hold and their contracted hours.
 * {@code toString()} shows the name masked.
 *
 * <p>Implementation requirements: immutable value type.
 *
 * @param id the staff id
 * @param name the name (personal data)
 * @param qualifications ids of the qualifications held, such as {@code "fire-control"}; may be empty
 * @param weeklyContractMinutes contracted working minutes per week, 0 to 10080
 * @since 0.1
 */
public record StaffMember(StaffId id, PersonName name, Set<String> qualifications, int weeklyContractMinutes) {
    /** Checks the fields and copies the set. */
    public StaffMember {
        Checks.notNull(id, "staff.id");
        Checks.notNull(name, "staff.name");
        Checks.notNull(qualifications, "staff.qualifications");
        for (String q : qualifications) {
            Checks.text(q, "staff.qualifications[]", 64);
        }
        qualifications = Set.copyOf(Objects.requireNonNull(qualifications, "qualifications must not be null"));
        Checks.range(weeklyContractMinutes, "staff.weeklyContractMinutes", 0, 7 * 24 * 60);
    }

    /**
     * Creates a staff member.
     *
     * @param id the id
     * @param name the name
     * @param qualifications the qualifications held
     * @param weeklyContractMinutes contracted minutes per week
     * @return the staff member
     */
    public static StaffMember of(StaffId id, PersonName name, Set<String> qualifications, int weeklyContractMinutes) {
        return new StaffMember(id, name, qualifications, weeklyContractMinutes);
    }

    /**
     * Whether this person holds every given qualification.
     *
     * @param required the qualifications required
     * @return true when all are held (always for an empty set)
     */
    public boolean isQualifiedFor(Set<String> required) {
        return qualifications.containsAll(Checks.notNull(required, "required"));
    }

    /**
     * A copy with other qualifications.
     *
     * @param newQualifications the qualifications
     * @return the copy
     */
    public StaffMember withQualifications(Set<String> newQualifications) {
        return new StaffMember(id, name, newQualifications, weeklyContractMinutes);
    }

    /**
     * A copy with other contracted minutes.
     *
     * @param minutes contracted minutes per week
     * @return the copy
     */
    public StaffMember withWeeklyContractMinutes(int minutes) {
        return new StaffMember(id, name, qualifications, minutes);
    }
}
