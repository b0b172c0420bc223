package io.propcare.desk;

import io.propcare.model.StaffId;
import io.propcare.model.complaint.Classification;
import io.propcare.model.complaint.Validity;
import io.propcare.spi.InvalidInputException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One step a staff member takes on a complaint, with what the step needs: the person it goes to
 * ({@link CommandKind#HAND_OVER}, {@link CommandKind#DISPATCH_REPAIR}), the agreed reply time,
 * the validity or a full classification ({@link CommandKind#CLASSIFY}), or a short note. Create it
 * with the factory of its kind, e.g. {@link #agreeReplyTime(StaffId, Instant)}.
 *
 * <p>Notes are staff text for the duty log; they must not hold residents' names or phone numbers.
 *
 * <p>Implementation requirements: immutable value type.
 *
 * @param kind the step
 * @param actor who takes it
 * @param target the person a hand-over or dispatch goes to; present exactly for those kinds
 * @param replyBy the agreed reply time; present exactly for {@link CommandKind#AGREE_REPLY_TIME}
 * @param validity the validity given by a {@link CommandKind#CLASSIFY} that keeps the category
 * @param classification a full classification given by a {@link CommandKind#CLASSIFY}
 * @param note a note for the duty log, at most 500 characters
 * @since 0.1
 */
public record DeskCommand(CommandKind kind, StaffId actor, Optional<StaffId> target, Optional<Instant> replyBy,
                          Optional<Validity> validity, Optional<Classification> classification,
                          Optional<String> note) {
    /** The longest note accepted. */
    public static final int MAX_NOTE = 500;

    /** Checks that each kind has exactly what it needs. */
    public DeskCommand {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(actor, "actor must not be null");
        Objects.requireNonNull(target, "target must not be null");
        Objects.requireNonNull(replyBy, "replyBy must not be null");
        Objects.requireNonNull(validity, "validity must not be null");
        Objects.requireNonNull(classification, "classification must not be null");
        Objects.requireNonNull(note, "note must not be null");
        boolean needsTarget = kind == CommandKind.HAND_OVER || kind == CommandKind.DISPATCH_REPAIR;
        if (needsTarget != target.isPresent()) {
            throw InvalidInputException.of("target", target.map(StaffId::value).orElse("-"),
                    needsTarget ? "expected the person for " + kind.id() : "expected no target for " + kind.id());
        }
        if ((kind == CommandKind.AGREE_REPLY_TIME) != replyBy.isPresent()) {
            throw InvalidInputException.of("replyBy", replyBy.map(Instant::toString).orElse("-"),
                    "expected a reply time exactly for " + CommandKind.AGREE_REPLY_TIME.id());
        }
        if (kind == CommandKind.CLASSIFY ? validity.isPresent() == classification.isPresent()
                : validity.isPresent() || classification.isPresent()) {
            throw InvalidInputException.of("validity", validity.map(Validity::id).orElse("-"),
                    "expected either a validity or a classification exactly for " + CommandKind.CLASSIFY.id());
        }
        note.ifPresent(n -> {
            if (n.isBlank() || n.length() > MAX_NOTE) {
                throw InvalidInputException.of("note", n.length() > 40 ? n.substring(0, 40) + "..." : n,
                        "expected 1-" + MAX_NOTE + " characters");
            }
        });
    }

    /**
     * A command that needs nothing but its actor, e.g. {@link CommandKind#CALL_BACK}.
     *
     * @param kind the step; not one that needs a target, a reply time or a validity
     * @param actor who takes it
     * @return the command
     * @throws InvalidInputException when the kind needs more
     */
    public static DeskCommand of(CommandKind kind, StaffId actor) {
        return new DeskCommand(kind, actor, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /**
     * Step 1: settled on the spot by whoever received it.
     *
     * @param actor who settled it
     * @return the command
     */
    public static DeskCommand settleOnTheSpot(StaffId actor) {
        return of(CommandKind.SETTLE_ON_THE_SPOT, actor);
    }

    /**
     * Hands the complaint over: {@code to} owns it from now on (首问负责 passes with it).
     *
     * @param actor who hands it over
     * @param to who takes it over
     * @return the command
     */
    public static DeskCommand handOver(StaffId actor, StaffId to) {
        return new DeskCommand(CommandKind.HAND_OVER, actor, Optional.of(Objects.requireNonNull(to, "to must not be null")),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * Step 3: classifies it as valid, invalid or needing assistance, keeping category, urgency and scope.
     *
     * @param actor customer service
     * @param validity the validity
     * @return the command
     */
    public static DeskCommand classify(StaffId actor, Validity validity) {
        return new DeskCommand(CommandKind.CLASSIFY, actor, Optional.empty(), Optional.empty(),
                Optional.of(Objects.requireNonNull(validity, "validity must not be null")), Optional.empty(),
                Optional.empty());
    }

    /**
     * Step 3: replaces the whole classification (e.g. an inquiry that turns out to be an emergency).
     *
     * @param actor customer service
     * @param classification the classification
     * @return the command
     */
    public static DeskCommand reclassify(StaffId actor, Classification classification) {
        return new DeskCommand(CommandKind.CLASSIFY, actor, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(Objects.requireNonNull(classification, "classification must not be null")), Optional.empty());
    }

    /**
     * Step 4: a reply time agreed with the resident.
     *
     * @param actor who agreed it
     * @param replyBy the agreed instant
     * @return the command
     */
    public static DeskCommand agreeReplyTime(StaffId actor, Instant replyBy) {
        return new DeskCommand(CommandKind.AGREE_REPLY_TIME, actor, Optional.empty(),
                Optional.of(Objects.requireNonNull(replyBy, "replyBy must not be null")), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    /**
     * Repair staff dispatched.
     *
     * @param actor who arranged it
     * @param repairStaff who goes
     * @return the command
     */
    public static DeskCommand dispatchRepair(StaffId actor, StaffId repairStaff) {
        return new DeskCommand(CommandKind.DISPATCH_REPAIR, actor,
                Optional.of(Objects.requireNonNull(repairStaff, "repairStaff must not be null")), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * A copy with a note for the duty log.
     *
     * @param text the note, 1-500 characters, no personal data
     * @return a copy
     */
    public DeskCommand withNote(String text) {
        return new DeskCommand(kind, actor, target, replyBy, validity, classification,
                Optional.of(Objects.requireNonNull(text, "text must not be null")));
    }
}
