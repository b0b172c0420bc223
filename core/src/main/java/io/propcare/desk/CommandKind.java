package io.propcare.desk;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import io.propcare.spi.InvalidInputException;

/**
 * The steps staff take on a complaint after it was received, as commands to the
 * {@link ComplaintDesk}. Which command is allowed in which status is data: see
 * {@link TransitionTable}.
 *
 * @since 0.1
 */
public enum CommandKind {
    /** Procedure step 1: whoever received it settles it on the spot. */
    SETTLE_ON_THE_SPOT,
    /** Steps 1-2: pass it to another person (the duty person, customer service), who then owns it. */
    HAND_OVER,
    /** Step 3: customer service classifies it as valid, invalid or needing assistance. */
    CLASSIFY,
    /** Step 4: the resident is contacted (first reply). */
    REPLY,
    /** Step 4: a reply time is agreed with the resident; a later agreement replaces an earlier one. */
    AGREE_REPLY_TIME,
    /** Repairs: repair staff are dispatched (arranged with the engineering supervisor). */
    DISPATCH_REPAIR,
    /** Repairs: someone arrived on site. */
    ARRIVE_ON_SITE,
    /** Repairs: a preliminary solution and an estimated repair time were given. */
    GIVE_PRELIMINARY_PLAN,
    /** The clocks stop while waiting for the resident or an outside party. */
    PAUSE,
    /** The clocks run again. */
    RESUME,
    /** Steps 4 and 9: settled and the result fed back to the resident. */
    SETTLE,
    /** Step 1: an on-the-spot settlement reported to the office. Step 6: reported in writing to a department. */
    REPORT_TO_OFFICE,
    /** Steps 5 and 8: reported to the director. */
    REPORT_TO_DIRECTOR,
    /** Steps 5 and 8: reported to the company's deputy general manager and complaint center. */
    REPORT_TO_COMPANY,
    /** Step 10: the result of a complaint transferred from the company center reported back to it. */
    REPORT_BACK_TO_CENTER,
    /** Step 12: the resident was called back (回访). */
    CALL_BACK,
    /** The resident is not satisfied: the complaint is handled again. */
    REOPEN,
    /** Step 11: finished; its result is in the duty log. */
    CLOSE;

    /**
     * The lower-case id used in JSON and messages, e.g. {@code "settle_on_the_spot"}.
     *
     * @return the id
     */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses an id such as {@code "call_back"} (case-insensitive, '-' or '_').
     *
     * @param id the id
     * @return the command kind
     * @throws InvalidInputException naming the accepted values
     */
    public static CommandKind parse(String id) {
        Objects.requireNonNull(id, "command must not be null");
        String key = id.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (CommandKind k : values()) {
            if (k.name().equals(key)) {
                return k;
            }
        }
        throw InvalidInputException.of("command", id, "expected one of "
                + Arrays.stream(values()).map(CommandKind::id).collect(Collectors.joining(", ")));
    }
}
