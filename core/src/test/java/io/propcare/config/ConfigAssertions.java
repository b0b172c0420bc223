package io.propcare.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.propcare.spi.ErrorCode;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.assertj.core.groups.Tuple;

/** Assertions on the problems a configuration reader reports, by code, path and value (never wording). */
public final class ConfigAssertions {
    private ConfigAssertions() {
    }

    /**
     * Asserts that a read fails with exactly these problems, in file order.
     *
     * @param read the read
     * @param expected each problem as {@link #problem}
     */
    public static void assertProblems(ThrowingCallable read, Tuple... expected) {
        assertThatThrownBy(read).isInstanceOfSatisfying(ConfigurationException.class, e ->
                assertThat(e.problems()).extracting(ConfigurationException::path, ConfigurationException::value,
                        ConfigurationException::errorCode).containsExactly(expected));
    }

    /**
     * One expected problem.
     *
     * @param path the JSON path
     * @param value the offending value as the exception gives it
     * @param code the code
     * @return the tuple
     */
    public static Tuple problem(String path, String value, ErrorCode code) {
        return new Tuple(path, value, code);
    }
}
