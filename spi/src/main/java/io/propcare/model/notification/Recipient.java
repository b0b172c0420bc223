package io.propcare.model.notification;

import io.propcare.model.internal.Checks;
import java.util.Optional;

/**
 * The person or role a notification goes to, with the address to use on its channel. The address
 * (a phone number, an e-mail, an OpenID) is personal data: {@code toString()} masks it.
 *
 * <p>Implementation requirements: immutable value type.
 *
 * @param kind staff, resident or role
 * @param id the staff id, resident reference or role id, 1-64 characters
 * @param address the channel address, if the channel needs one
 * @since 0.1
 */
public record Recipient(RecipientKind kind, String id, Optional<String> address) {
    /** Checks every component. */
    public Recipient {
        Checks.notNull(kind, "kind");
        Checks.text(id, "recipient.id", 64);
        Checks.notNull(address, "address");
        address.ifPresent(a -> Checks.text(a, "recipient.address", 320));
    }

    /**
     * A staff member without an address (the notifier looks it up).
     *
     * @param staffId the staff id
     * @return the recipient
     */
    public static Recipient staff(String staffId) {
        return new Recipient(RecipientKind.STAFF, staffId, Optional.empty());
    }

    /**
     * A role, such as {@code "company_complaint_center"}.
     *
     * @param roleId the role
     * @return the recipient
     */
    public static Recipient role(String roleId) {
        return new Recipient(RecipientKind.ROLE, roleId, Optional.empty());
    }

    /**
     * A copy with an address.
     *
     * @param newAddress the address
     * @return a copy
     */
    public Recipient withAddress(String newAddress) {
        return new Recipient(kind, id, Optional.of(Checks.notNull(newAddress, "address")));
    }

    /**
     * The address masked: the first three and last two characters.
     *
     * @return the masked address, or {@code "-"}
     */
    public String maskedAddress() {
        return address.map(a -> a.length() <= 5 ? "*".repeat(a.length())
                : a.substring(0, 3) + "****" + a.substring(a.length() - 2)).orElse("-");
    }

    @Override
    public String toString() {
        return "Recipient[" + kind + " " + id + ", address=" + maskedAddress() + "]";
    }
}
