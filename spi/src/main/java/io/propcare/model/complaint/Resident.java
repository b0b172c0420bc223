package io.propcare.model.complaint;

import io.propcare.model.PersonName;
import io.propcare.model.PhoneNumber;
import io.propcare.model.internal.Checks;
import java.util.Optional;

/**
 * The resident who complained: personal data. {@code toString()} shows only masked values.
 *
 * <p>Implementation requirements: immutable value type.
 *
 * @param name the name, if given
 * @param phone the phone number, if given
 * @since 0.1
 */
public record Resident(Optional<PersonName> name, Optional<PhoneNumber> phone) {
    private static final Resident ANONYMOUS = new Resident(Optional.empty(), Optional.empty());

    /** Checks for nulls. */
    public Resident {
        Checks.notNull(name, "name");
        Checks.notNull(phone, "phone");
    }

    /**
     * An anonymous resident, or a patrol finding with no resident.
     *
     * @return the anonymous resident
     */
    public static Resident anonymous() {
        return ANONYMOUS;
    }

    /**
     * A resident with name and phone.
     *
     * @param name the name
     * @param phone the phone number
     * @return the resident
     */
    public static Resident of(PersonName name, PhoneNumber phone) {
        return new Resident(Optional.of(Checks.notNull(name, "name")), Optional.of(Checks.notNull(phone, "phone")));
    }

    @Override
    public String toString() {
        return "Resident[name=" + name.map(PersonName::masked).orElse("-")
                + ", phone=" + phone.map(PhoneNumber::masked).orElse("-") + "]";
    }
}
