package io.propcare.model.internal;

import io.propcare.spi.InvalidInputException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Argument checks shared by the value types. Unsupported: may change without notice.
 */
public final class Checks {
    private Checks() {
    }

    /**
     * Requires a non-null value.
     *
     * @param value the value
     * @param name the argument's name
     * @param <T> the type
     * @return the value
     */
    public static <T> T notNull(T value, String name) {
        return Objects.requireNonNull(value, () -> name + " must not be null");
    }

    /**
     * Requires a non-blank string of at most {@code max} characters without NUL (U+0000).
     *
     * @param value the value
     * @param name the field name
     * @param max the maximum length
     * @return the value
     * @throws InvalidInputException if blank, too long or holding a NUL
     */
    public static String text(String value, String name, int max) {
        notNull(value, name);
        if (value.isBlank()) {
            throw InvalidInputException.of(name, value, "expected a non-blank text");
        }
        if (value.length() > max) {
            throw InvalidInputException.of(name, abbreviate(value),
                    "expected at most " + max + " characters, got " + value.length());
        }
        int nul = value.indexOf('\u0000');
        if (nul >= 0) {
            throw InvalidInputException.of(name, abbreviate(value.replace('\u0000', '\uFFFD')),
                    "expected no NUL character (U+0000, at index " + nul + "): no SQL database stores it in text");
        }
        return value;
    }

    /**
     * Requires a string that matches a pattern.
     *
     * @param value the value
     * @param name the field name
     * @param pattern the pattern
     * @param expected a description of what was expected
     * @return the value
     */
    public static String matches(String value, String name, Pattern pattern, String expected) {
        notNull(value, name);
        if (!pattern.matcher(value).matches()) {
            throw InvalidInputException.of(name, abbreviate(value), "expected " + expected);
        }
        return value;
    }

    /**
     * Requires a value in a range.
     *
     * @param value the value
     * @param name the field name
     * @param min the minimum, inclusive
     * @param max the maximum, inclusive
     * @return the value
     */
    public static long range(long value, String name, long min, long max) {
        if (value < min || value > max) {
            throw InvalidInputException.of(name, value, "expected a number from " + min + " to " + max);
        }
        return value;
    }

    /**
     * An unmodifiable, null-free copy of a list.
     *
     * @param list the list
     * @param name the field name
     * @param <T> the element type
     * @return the copy
     */
    public static <T> List<T> list(Collection<? extends T> list, String name) {
        notNull(list, name);
        for (T t : list) {
            if (t == null) {
                throw new NullPointerException(name + " must not contain null");
            }
        }
        return List.copyOf(list);
    }

    /**
     * An unmodifiable, null-free copy of a map.
     *
     * @param map the map
     * @param name the field name
     * @param <K> the key type
     * @param <V> the value type
     * @return the copy
     */
    public static <K, V> Map<K, V> map(Map<? extends K, ? extends V> map, String name) {
        notNull(map, name);
        map.forEach((k, v) -> {
            if (k == null || v == null) {
                throw new NullPointerException(name + " must not contain null keys or values");
            }
        });
        return Map.copyOf(map);
    }

    /**
     * Shortens a value for an error message.
     *
     * @param value the value
     * @return at most 60 characters
     */
    public static String abbreviate(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "...";
    }
}
