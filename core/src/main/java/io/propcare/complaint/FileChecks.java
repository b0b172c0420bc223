package io.propcare.complaint;

import io.propcare.config.ConfigErrorCode;
import io.propcare.config.ConfigProblems;
import io.propcare.config.ConfigurationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The checks shared by this package's configuration files that are read into plain file records
 * and then checked element by element ({@link DutyHours}, {@link Taxonomy}).
 */
final class FileChecks {
    private FileChecks() {
    }

    /**
     * Checks each element of a list on its own, so that a broken element is reported and the others
     * are still checked: a null element or a repeated id is a problem, every other element goes
     * through {@code check}.
     *
     * @param path the list's JSON path, e.g. {@code "$.receivers"}
     * @param ids collects every id named (also of elements with other problems, so that a reference
     *        to them is not reported again); null when ids need not be unique
     * @param check turns an element and its path into the checked value, or throws its problem
     * @return the checked values of the elements without problems
     */
    static <F, T> List<T> each(List<F> list, String path, Function<F, String> id, Set<String> ids,
                               String source, ConfigProblems problems, BiFunction<F, String, T> check) {
        List<T> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            F element = list.get(i);
            String p = path + "[" + i + "]";
            String key = element == null ? null : id.apply(element);
            if (ids != null && key != null && !ids.add(key)) {
                problems.add(duplicate(source, p + ".id", key));
                continue;
            }
            problems.attempt(() -> check.apply(present(element, source, p), p)).ifPresent(out::add);
        }
        return out;
    }

    /**
     * The element itself, or a {@code CONFIG_MISSING} problem when the list holds {@code null}.
     *
     * @throws ConfigurationException when the element is null
     */
    static <T> T present(T element, String source, String path) {
        if (element == null) {
            throw missing(source, path);
        }
        return element;
    }

    /**
     * Checks that an element's required members are present.
     *
     * @param namesAndValues each member's name followed by its value
     * @throws ConfigurationException {@code CONFIG_MISSING} for every member that is null, in the order given
     */
    static void require(String source, String path, Object... namesAndValues) {
        List<ConfigurationException> absent = new ArrayList<>();
        for (int k = 0; k < namesAndValues.length; k += 2) {
            if (namesAndValues[k + 1] == null) {
                absent.add(missing(source, path + "." + namesAndValues[k]));
            }
        }
        if (!absent.isEmpty()) {
            throw ConfigurationException.of(absent);
        }
    }

    static ConfigurationException missing(String source, String path) {
        return new ConfigurationException(ConfigErrorCode.CONFIG_MISSING, source, path, "", "this property is required");
    }

    private static ConfigurationException duplicate(String source, String path, String id) {
        return new ConfigurationException(ConfigErrorCode.CONFIG_BAD_VALUE, source, path, "\"" + id + "\"",
                "expected a unique id");
    }

    static ConfigurationException unknown(String source, String path, String id, String expected) {
        return new ConfigurationException(ConfigErrorCode.CONFIG_UNKNOWN_REFERENCE, source, path, "\"" + id + "\"",
                expected);
    }
}
