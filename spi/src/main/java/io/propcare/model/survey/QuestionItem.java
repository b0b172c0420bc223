package io.propcare.model.survey;

import io.propcare.model.internal.Checks;
import io.propcare.spi.InvalidInputException;
import java.util.HashSet;
import java.util.List;

/**
 * One item of a questionnaire: its id (also the column of the responses file that holds its
 * answers), its label, its scale and the scale's settings.
 *
 * <p>Settings per scale: {@code satisfiedAtLeast} is the lowest score counted as satisfied for
 * {@code satisfaction5} (1-5, usually 4: top-2-box) and the lowest promoter score for {@code nps}
 * (usually 9), and 0 for every other scale. {@code options} lists the options of a {@code choice}
 * item, and the two accepted answer texts of a {@code yesno} item (yes first); it is empty for
 * other scales. {@code multiple} is true only for a choice item that accepts several options.
 *
 * <p>Implementation requirements: immutable value type.
 *
 * @param id the item id, 1-64 letters, digits, {@code . _ -}
 * @param label the label in Chinese and English
 * @param scale the scale
 * @param satisfiedAtLeast the satisfied (or promoter) threshold, see above
 * @param options the options, see above; unmodifiable
 * @param multiple whether several options may be chosen
 * @since 0.1
 */
public record QuestionItem(String id, Label label, ScaleKind scale, int satisfiedAtLeast,
                           List<String> options, boolean multiple) {
    /** The default satisfied threshold of satisfaction5 items: 4 (satisfied and very satisfied). */
    public static final int DEFAULT_SATISFIED_AT_LEAST = 4;
    /** The default promoter threshold of nps items: 9. */
    public static final int DEFAULT_PROMOTER_AT_LEAST = 9;

    /** Checks every component against the scale. */
    public QuestionItem {
        Ids.id(id, "item.id");
        Checks.notNull(label, "item.label");
        Checks.notNull(scale, "item.scale");
        options = Checks.list(options, "item.options");
        String at = "items[" + id + "]";
        switch (scale) {
            case SATISFACTION5 -> Checks.range(satisfiedAtLeast, at + ".satisfiedAtLeast", 1, 5);
            case NPS -> Checks.range(satisfiedAtLeast, at + ".satisfiedAtLeast", 0, 10);
            default -> {
                if (satisfiedAtLeast != 0) {
                    throw InvalidInputException.of(at + ".satisfiedAtLeast", satisfiedAtLeast,
                            "expected no threshold for a " + scale + " item");
                }
            }
        }
        if (scale == ScaleKind.CHOICE) {
            if (options.isEmpty()) {
                throw InvalidInputException.of(at + ".options", "[]", "expected at least one option");
            }
        } else if (scale == ScaleKind.YESNO) {
            if (options.size() != 2) {
                throw InvalidInputException.of(at + ".options", options, "expected the yes and the no text");
            }
        } else if (!options.isEmpty()) {
            throw InvalidInputException.of(at + ".options", options, "expected no options for a " + scale + " item");
        }
        var seen = new HashSet<String>();
        for (String o : options) {
            Checks.text(o, at + ".options", 200);
            if (o.contains(";") || !o.equals(o.strip())) {
                throw InvalidInputException.of(at + ".options", o, "expected no ';' and no surrounding spaces");
            }
            if (!seen.add(o) || "NA".equals(o)) {
                throw InvalidInputException.of(at + ".options", o, "expected distinct options other than 'NA'");
            }
        }
        if (multiple && scale != ScaleKind.CHOICE) {
            throw InvalidInputException.of(at + ".multiple", true, "expected multiple only for a choice item");
        }
    }

    /**
     * A five-point satisfaction item.
     *
     * @param id the id
     * @param label the label
     * @param satisfiedAtLeast the lowest satisfied score, 1-5
     * @return the item
     */
    public static QuestionItem ofSatisfaction5(String id, Label label, int satisfiedAtLeast) {
        return new QuestionItem(id, label, ScaleKind.SATISFACTION5, satisfiedAtLeast, List.of(), false);
    }

    /**
     * A 0-10 recommendation item with promoters 9-10.
     *
     * @param id the id
     * @param label the label
     * @return the item
     */
    public static QuestionItem ofNps(String id, Label label) {
        return new QuestionItem(id, label, ScaleKind.NPS, DEFAULT_PROMOTER_AT_LEAST, List.of(), false);
    }

    /**
     * A yes/no item.
     *
     * @param id the id
     * @param label the label
     * @param yes the answer text meaning yes, such as {@code "Yes"}
     * @param no the answer text meaning no
     * @return the item
     */
    public static QuestionItem ofYesNo(String id, Label label, String yes, String no) {
        return new QuestionItem(id, label, ScaleKind.YESNO, 0, List.of(Checks.notNull(yes, "yes"), Checks.notNull(no, "no")), false);
    }

    /**
     * A numeric item.
     *
     * @param id the id
     * @param label the label
     * @return the item
     */
    public static QuestionItem ofNumeric(String id, Label label) {
        return new QuestionItem(id, label, ScaleKind.NUMERIC, 0, List.of(), false);
    }

    /**
     * A single or multiple choice item.
     *
     * @param id the id
     * @param label the label
     * @param options the options
     * @param multiple whether several may be chosen
     * @return the item
     */
    public static QuestionItem ofChoice(String id, Label label, List<String> options, boolean multiple) {
        return new QuestionItem(id, label, ScaleKind.CHOICE, 0, options, multiple);
    }

    /**
     * A free-text item.
     *
     * @param id the id
     * @param label the label
     * @return the item
     */
    public static QuestionItem ofText(String id, Label label) {
        return new QuestionItem(id, label, ScaleKind.TEXT, 0, List.of(), false);
    }

    /**
     * Whether an answer fits this item: "not answered" and "not applicable" always fit; a score
     * must lie on the scale, a choice use known options (one unless {@code multiple}).
     *
     * @param answer the answer
     * @return true if it fits
     */
    public boolean accepts(Answer answer) {
        Checks.notNull(answer, "answer");
        if (!answer.isAnswered()) {
            return true;
        }
        switch (scale) {
            case SATISFACTION5:
            case NPS:
                if (answer instanceof Answer.Score) {
                    int v = ((Answer.Score) answer).value();
                    return v >= scale.minScore() && v <= scale.maxScore();
                }
                return false;
            case YESNO:
                return answer instanceof Answer.YesNo;
            case NUMERIC:
                return answer instanceof Answer.Numeric;
            case CHOICE:
                if (answer instanceof Answer.Choice) {
                    List<String> sel = ((Answer.Choice) answer).selected();
                    return (multiple || sel.size() == 1) && options.containsAll(sel);
                }
                return false;
            default:
                return answer instanceof Answer.Text;
        }
    }

    /**
     * Describes the answers this item accepts, for error messages.
     *
     * @return a phrase such as {@code "a whole number from 1 to 5, empty or NA"}
     */
    public String expected() {
        String tail = ", empty (not answered) or NA (not applicable)";
        switch (scale) {
            case SATISFACTION5:
            case NPS:
                return "a whole number from " + scale.minScore() + " to " + scale.maxScore() + tail;
            case YESNO:
                return "'" + options.get(0) + "' or '" + options.get(1) + "'" + tail;
            case NUMERIC:
                return "a finite number" + tail;
            case CHOICE:
                return (multiple ? "one or more of " : "one of ") + options
                        + (multiple ? " separated by ';'" : "") + tail;
            default:
                return "a text" + tail;
        }
    }
}
