package io.propcare.desk;

import io.propcare.model.complaint.ComplaintId;
import io.propcare.model.complaint.ComplaintStatus;
import io.propcare.spi.PropcareException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A command that the complaint's status does not allow, or whose condition does not hold. The
 * message names the complaint, the status, the command, what is missing and the steps allowed now.
 *
 * @since 0.1
 */
public final class IllegalStepException extends PropcareException {
    private static final long serialVersionUID = 1L;
    private final ComplaintStatus status;
    private final CommandKind command;
    private final transient Set<CommandKind> allowed;

    IllegalStepException(ComplaintId id, ComplaintStatus status, CommandKind command, Set<CommandKind> allowed,
                         List<String> unmet) {
        super(DeskErrorCode.ILLEGAL_STEP, "complaint " + id + " is " + status.name().toLowerCase(Locale.ROOT)
                + ": " + command.id() + " is not allowed"
                + (unmet.isEmpty() ? "" : " until " + String.join(" and ", unmet))
                + "; allowed now: " + (allowed.isEmpty() ? "nothing"
                : allowed.stream().map(CommandKind::id).collect(Collectors.joining(", "))));
        this.status = Objects.requireNonNull(status, "status must not be null");
        this.command = command;
        this.allowed = Set.copyOf(allowed);
    }

    /**
     * The complaint's status when the command was refused.
     *
     * @return the status
     */
    public ComplaintStatus status() {
        return status;
    }

    /**
     * The refused command.
     *
     * @return the command kind
     */
    public CommandKind command() {
        return command;
    }

    /**
     * The commands allowed in that status whose conditions held.
     *
     * @return the commands, possibly empty
     */
    public Set<CommandKind> allowed() {
        return allowed;
    }
}
