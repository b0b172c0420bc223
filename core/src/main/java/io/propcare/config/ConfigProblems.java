package io.propcare.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Gathers the problems of a configuration file while a reader goes on to the next element, so
 * that one {@link ConfigurationException} names all of them instead of only the first.
 *
 * <p>A reader wraps each independent element (a calendar, a rule, a step) in {@link #attempt};
 * an element with a problem yields nothing and the reader carries on, then {@link #throwIfAny()}
 * ends the read. Within one element the same goes for its independent values: the element's
 * check uses a collector of its own, {@link #attempt attempts} or {@link #check checks} each
 * value, skips a check whose inputs were bad, and ends with {@link #throwIfAny()}, so that every
 * bad value of the element is reported. Not thread-safe: one per read.
 *
 * @since 0.1
 */
public final class ConfigProblems {
    private final List<ConfigurationException> problems = new ArrayList<>();

    private ConfigProblems() {
    }

    /**
     * An empty collector.
     *
     * @return the collector
     */
    public static ConfigProblems create() {
        return new ConfigProblems();
    }

    /**
     * Reads one element, keeping its problem for later.
     *
     * @param element reads the element; throws {@link ConfigurationException} on a problem
     * @param <T> the element type
     * @return the element, or empty when it had a problem
     */
    public <T> Optional<T> attempt(Supplier<T> element) {
        Objects.requireNonNull(element, "element must not be null");
        try {
            return Optional.of(element.get());
        } catch (ConfigurationException e) {
            problems.add(e);
            return Optional.empty();
        }
    }

    /**
     * Runs one check that yields nothing, keeping its problem for later.
     *
     * @param check the check; throws {@link ConfigurationException} on a problem
     * @return true when the check passed
     */
    public boolean check(Runnable check) {
        Objects.requireNonNull(check, "check must not be null");
        try {
            check.run();
            return true;
        } catch (ConfigurationException e) {
            problems.add(e);
            return false;
        }
    }

    /**
     * Records a problem found without throwing.
     *
     * @param problem the problem
     */
    public void add(ConfigurationException problem) {
        problems.add(Objects.requireNonNull(problem, "problem must not be null"));
    }

    /**
     * Whether any problem was found so far.
     *
     * @return true if so
     */
    public boolean any() {
        return !problems.isEmpty();
    }

    /**
     * Ends the read.
     *
     * @throws ConfigurationException naming every problem found, the first one first
     */
    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw ConfigurationException.of(problems);
        }
    }
}
