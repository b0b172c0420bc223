package io.propcare.model.survey;

import io.propcare.model.internal.Checks;
import io.propcare.spi.InvalidInputException;
import java.util.Locale;

/**
 * A text in Chinese and English, such as an item's label {@code 前台服务 / Front desk}.
 * Either language may be empty, not both.
 *
 * <p>Implementation requirements: immutable value type.
 *
 * @param zh the Chinese text, or {@code ""}
 * @param en the English text, or {@code ""}
 * @since 0.1
 */
public record Label(String zh, String en) {
    /** Checks that at least one language is given and neither is longer than 200 characters. */
    public Label {
        Checks.notNull(zh, "label.zh");
        Checks.notNull(en, "label.en");
        zh = zh.strip();
        en = en.strip();
        if (zh.isEmpty() && en.isEmpty()) {
            throw InvalidInputException.of("label", "", "expected a Chinese or English text");
        }
        if (zh.length() > 200) {
            throw InvalidInputException.of("label.zh", Checks.abbreviate(zh), "expected at most 200 characters");
        }
        if (en.length() > 200) {
            throw InvalidInputException.of("label.en", Checks.abbreviate(en), "expected at most 200 characters");
        }
    }

    /**
     * A label in both languages.
     *
     * @param zh the Chinese text, or {@code ""}
     * @param en the English text, or {@code ""}
     * @return the label
     */
    public static Label of(String zh, String en) {
        return new Label(zh, en);
    }

    /**
     * The text for a locale: Chinese for {@code zh}, English otherwise, falling back to the other
     * language when the preferred one is empty.
     *
     * @param locale the reader's locale
     * @return the text, never empty
     */
    public String text(Locale locale) {
        Checks.notNull(locale, "locale");
        boolean chinese = "zh".equals(locale.getLanguage());
        String first = chinese ? zh : en;
        return first.isEmpty() ? (chinese ? en : zh) : first;
    }

    @Override
    public String toString() {
        return zh.isEmpty() ? en : en.isEmpty() ? zh : zh + " / " + en;
    }
}
