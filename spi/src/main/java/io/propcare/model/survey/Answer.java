package io.propcare.model.survey;

import io.propcare.model.internal.Checks;
import io.propcare.spi.InvalidInputException;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * One respondent's answer to one item. "Not answered" (an empty cell) and "not applicable"
 * (the respondent says the item does not concern them, {@code NA}) are kinds of their own: they
 * are never counted as a score, and statistics report them separately.
 *
 * <p>Implementation requirements: every implementation is an immutable record; the set is closed.
 *
 * @since 0.1
 */
public sealed interface Answer {
    /** The kinds of answer, for callers that need a {@code switch}. */
    enum Kind {
        /** Left empty. */
        NOT_ANSWERED,
        /** Marked not applicable. */
        NOT_APPLICABLE,
        /** A whole-number score (satisfaction5, nps). */
        SCORE,
        /** Yes or no. */
        YES_NO,
        /** A number. */
        NUMERIC,
        /** One or more options. */
        CHOICE,
        /** Free text. */
        TEXT
    }

    /**
     * The kind of this answer.
     *
     * @return the kind
     */
    Kind kind();

    /**
     * Whether this answer carries a value, i.e. is neither "not answered" nor "not applicable".
     *
     * @return true for a real answer
     */
    default boolean isAnswered() {
        return kind() != Kind.NOT_ANSWERED && kind() != Kind.NOT_APPLICABLE;
    }

    /**
     * The answer "not answered".
     *
     * @return the shared instance
     */
    static Answer notAnswered() {
        return NotAnswered.INSTANCE;
    }

    /**
     * The answer "not applicable".
     *
     * @return the shared instance
     */
    static Answer notApplicable() {
        return NotApplicable.INSTANCE;
    }

    /**
     * A score.
     *
     * @param value 0 to 10
     * @return the answer
     */
    static Answer score(int value) {
        return new Score(value);
    }

    /**
     * A yes or no.
     *
     * @param yes true for yes
     * @return the answer
     */
    static Answer yesNo(boolean yes) {
        return new YesNo(yes);
    }

    /**
     * A number.
     *
     * @param value a finite number
     * @return the answer
     */
    static Answer numeric(double value) {
        return new Numeric(value);
    }

    /**
     * A choice of options.
     *
     * @param selected the options chosen, at least one, no repeats
     * @return the answer
     */
    static Answer choice(List<String> selected) {
        return new Choice(selected);
    }

    /**
     * A free text.
     *
     * @param text the text, 1 to 2000 characters
     * @return the answer
     */
    static Answer text(String text) {
        return new Text(text);
    }

    /** The item was left empty. */
    record NotAnswered() implements Answer {
        static final NotAnswered INSTANCE = new NotAnswered();

        @Override
        public Kind kind() {
            return Kind.NOT_ANSWERED;
        }

        @Override
        public String toString() {
            return "";
        }
    }

    /** The respondent marked the item as not applicable to them. */
    record NotApplicable() implements Answer {
        static final NotApplicable INSTANCE = new NotApplicable();

        @Override
        public Kind kind() {
            return Kind.NOT_APPLICABLE;
        }

        @Override
        public String toString() {
            return "NA";
        }
    }

    /**
     * A whole-number score on a satisfaction5 (1-5) or nps (0-10) scale.
     *
     * @param value 0 to 10
     */
    record Score(int value) implements Answer {
        /** Checks the range. */
        public Score {
            Checks.range(value, "score", 0, 10);
        }

        @Override
        public Kind kind() {
            return Kind.SCORE;
        }

        @Override
        public String toString() {
            return Integer.toString(value);
        }
    }

    /**
     * A yes or no.
     *
     * @param yes true for yes
     */
    record YesNo(boolean yes) implements Answer {
        @Override
        public Kind kind() {
            return Kind.YES_NO;
        }

        @Override
        public String toString() {
            return yes ? "yes" : "no";
        }
    }

    /**
     * A number.
     *
     * @param value a finite number
     */
    record Numeric(double value) implements Answer {
        /** Checks that the number is finite. */
        public Numeric {
            if (!Double.isFinite(value)) {
                throw InvalidInputException.of("numeric", value, "expected a finite number");
            }
        }

        @Override
        public Kind kind() {
            return Kind.NUMERIC;
        }

        @Override
        public String toString() {
            return Double.toString(value);
        }
    }

    /**
     * One or more options of a choice item.
     *
     * @param selected the options, at least one, no repeats, unmodifiable
     */
    record Choice(List<String> selected) implements Answer {
        /** Checks that at least one option is given and none is repeated or blank. */
        public Choice {
            selected = Checks.list(selected, "choice");
            if (selected.isEmpty()) {
                throw InvalidInputException.of("choice", "[]", "expected at least one option");
            }
            if (new LinkedHashSet<>(selected).size() != selected.size()) {
                throw InvalidInputException.of("choice", selected, "expected no option twice");
            }
            for (String s : selected) {
                Checks.text(s, "choice", 200);
            }
        }

        @Override
        public Kind kind() {
            return Kind.CHOICE;
        }

        @Override
        public String toString() {
            return String.join(";", selected);
        }
    }

    /**
     * A free text.
     *
     * @param text 1 to 2000 characters, not blank
     */
    record Text(String text) implements Answer {
        /** Checks the length. */
        public Text {
            Checks.text(text, "text", 2000);
        }

        @Override
        public Kind kind() {
            return Kind.TEXT;
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
