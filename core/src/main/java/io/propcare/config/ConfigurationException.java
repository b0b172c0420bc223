package io.propcare.config;

import io.propcare.spi.ErrorCode;
import io.propcare.spi.PropcareException;
import java.util.Objects;

/**
 * A configuration file is wrong: names the file, the JSON path, the value found and what was
 * expected, e.g. {@code sla.steps[2].within: got "15 minutes"; expected an ISO-8601 duration
 * such as "PT15M" (propcare.json) [CONFIG_BAD_DURATION]}.
 *
 * @since 0.1
 */
public class ConfigurationException extends PropcareException {
    private static final long serialVersionUID = 1L;
    private final String source;
    private final String path;
    private final String value;

    /**
     * Creates the exception.
     *
     * @param code the code
     * @param source the file or resource name
     * @param path the JSON path, e.g. {@code "$.sla.steps[2].within"}
     * @param value the offending value as text, or {@code ""}
     * @param expected what was expected
     * @param cause the underlying failure, may be null
     */
    public ConfigurationException(ErrorCode code, String source, String path, String value, String expected,
                                  Throwable cause) {
        super(code, Objects.requireNonNull(path, "path must not be null") + ": "
                + (value == null || value.isEmpty() ? "" : "got " + value + "; ")
                + Objects.requireNonNull(expected, "expected must not be null")
                + " (" + Objects.requireNonNull(source, "source must not be null") + ")", cause);
        this.source = source;
        this.path = path;
        this.value = value == null ? "" : value;
    }

    /**
     * Creates the exception without a cause.
     *
     * @param code the code
     * @param source the file or resource name
     * @param path the JSON path
     * @param value the offending value
     * @param expected what was expected
     */
    public ConfigurationException(ErrorCode code, String source, String path, String value, String expected) {
        this(code, source, path, value, expected, null);
    }

    /**
     * The file or resource the problem is in.
     *
     * @return the source name
     */
    public String source() {
        return source;
    }

    /**
     * The JSON path of the problem, e.g. {@code "$.sla.steps[2].within"}.
     *
     * @return the path
     */
    public String path() {
        return path;
    }

    /**
     * The offending value as text, or {@code ""}.
     *
     * @return the value
     */
    public String value() {
        return value;
    }
}
