package io.propcare.model.survey;

import io.propcare.spi.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The kind of answer scale a questionnaire item uses.
 *
 * <p>Implementation requirements: immutable enum.
 *
 * @since 0.1
 */
public enum ScaleKind {
    /** Five-point satisfaction, 1 very dissatisfied .. 5 very satisfied. */
    SATISFACTION5("satisfaction5"),
    /** Yes or no. */
    YESNO("yesno"),
    /** Net Promoter recommendation, 0..10. */
    NPS("nps"),
    /** Any finite number. */
    NUMERIC("numeric"),
    /** One or several options from a fixed list. */
    CHOICE("choice"),
    /** Free text. */
    TEXT("text");

    private final String id;

    ScaleKind(String id) {
        this.id = id;
    }

    /**
     * The identifier used in configuration files, such as {@code "satisfaction5"}.
     *
     * @return the identifier
     */
    public String id() {
        return id;
    }

    /**
     * Whether answers are whole-number scores on an ordered scale (satisfaction5, nps).
     *
     * @return true for score scales
     */
    public boolean isScore() {
        return this == SATISFACTION5 || this == NPS;
    }

    /**
     * The smallest score of a score scale.
     *
     * @return 1 for satisfaction5, 0 for nps
     * @throws IllegalStateException for scales without scores
     */
    public int minScore() {
        return switch (this) {
            case SATISFACTION5 -> 1;
            case NPS -> 0;
            default -> throw new IllegalStateException("scale " + id + " has no scores");
        };
    }

    /**
     * The largest score of a score scale.
     *
     * @return 5 for satisfaction5, 10 for nps
     * @throws IllegalStateException for scales without scores
     */
    public int maxScore() {
        return switch (this) {
            case SATISFACTION5 -> 5;
            case NPS -> 10;
            default -> throw new IllegalStateException("scale " + id + " has no scores");
        };
    }

    /**
     * Reads a scale identifier, ignoring case.
     *
     * @param text the identifier, such as {@code "nps"}
     * @return the scale
     * @throws InvalidInputException if no scale has that identifier
     */
    public static ScaleKind parse(String text) {
        Objects.requireNonNull(text, "scale must not be null");
        String key = text.strip().toLowerCase(Locale.ROOT);
        for (ScaleKind k : values()) {
            if (k.id.equals(key)) {
                return k;
            }
        }
        throw InvalidInputException.of("scale", text, "expected one of "
                + Arrays.stream(values()).map(ScaleKind::id).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return id;
    }
}
