package io.propcare.model.survey;

import io.propcare.model.internal.Checks;
import java.util.regex.Pattern;

final class Ids {
    static final Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    static final String EXPECTED = "1-64 letters, digits, '.', '_' or '-', starting with a letter or digit";

    private Ids() {
    }

    static String id(String value, String field) {
        return Checks.matches(value, field, FORM, EXPECTED);
    }

    static String optionalText(String value, String field, int max) {
        Checks.notNull(value, field);
        String s = value.strip();
        if (s.length() > max) {
            return Checks.text(s, field, max);
        }
        return s;
    }
}
