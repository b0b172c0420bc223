package io.propcare.escalation;

import io.propcare.model.escalation.EscalationLevel;
import io.propcare.spi.InvalidInputException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;

/**
 * A rung of the escalation ladder: when it fires, as a fraction of a target's time plus an
 * offset of working time (text {@code "75%"}, {@code "100%"}, {@code "200%"}, {@code "+PT2H"} for 100% plus two
 * hours, or {@code "100%+PT2H"}), and who is notified.
 *
 * <p>Implementation requirements: immutable value type.
 *
 * @param level the rung's level
 * @param fraction the fraction of the target's working time, above 0; 1 is the deadline
 * @param offset working time after that fraction, not negative
 * @param recipients who is notified
 * @since 0.1
 */
public record LadderRung(EscalationLevel level, double fraction, Duration offset, List<EscalationLevel> recipients) {
    /** Checks the components. */
    public LadderRung {
        Objects.requireNonNull(level, "level must not be null");
        if (!(fraction > 0 && fraction <= 100)) {
            throw new IllegalArgumentException("fraction must be above 0 and at most 100, got " + fraction);
        }
        Objects.requireNonNull(offset, "offset must not be null");
        if (offset.isNegative()) {
            throw new IllegalArgumentException("offset must not be negative, got " + offset);
        }
        recipients = List.copyOf(Objects.requireNonNull(recipients, "recipients must not be null"));
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("recipients must not be empty");
        }
    }

    /**
     * Parses the threshold text: {@code "75%"}, {@code "+PT2H"} or {@code "100%+PT2H"}.
     *
     * @param level the level
     * @param text the threshold
     * @param recipients who is notified
     * @return the rung
     * @throws InvalidInputException when the text has another form
     */
    public static LadderRung parse(EscalationLevel level, String text, List<EscalationLevel> recipients) {
        Objects.requireNonNull(text, "text must not be null");
        String t = text.strip();
        try {
            int plus = t.indexOf('+');
            String pct = plus < 0 ? t : t.substring(0, plus).strip();
            double fraction = pct.isEmpty() ? 1.0 : Double.parseDouble(pct.substring(0, pct.length() - 1).strip()) / 100.0;
            if (!pct.isEmpty() && !pct.endsWith("%")) {
                throw new NumberFormatException(pct);
            }
            Duration offset = plus < 0 ? Duration.ZERO : Duration.parse(t.substring(plus + 1).strip());
            return new LadderRung(level, fraction, offset, recipients);
        } catch (NumberFormatException | DateTimeParseException | StringIndexOutOfBoundsException e) {
            throw InvalidInputException.of("at", text, "expected \"75%\", \"+PT2H\" or \"100%+PT2H\"");
        }
    }

    /** Returns the threshold text, e.g. {@code "75%"} or {@code "100%+PT2H"}. */
    public String threshold() {
        String pct = (fraction * 100 == Math.rint(fraction * 100) ? String.valueOf((long) Math.rint(fraction * 100))
                : String.valueOf(fraction * 100)) + "%";
        return offset.isZero() ? pct : pct + "+" + offset;
    }
}
