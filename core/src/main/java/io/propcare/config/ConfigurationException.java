package io.propcare.config;

import io.propcare.spi.ErrorCode;
import io.propcare.spi.PropcareException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A configuration file is wrong: names the file, the JSON path, the value found and what was
 * expected, e.g. {@code sla.steps[2].within: got "15 minutes"; expected an ISO-8601 duration
 * such as "PT15M" (propcare.json) [CONFIG_BAD_DURATION]}.
 *
 * <p>Readers that check a file element by element report every problem they find in one
 * exception: this one is the first, {@link #problems()} lists all of them in file order, and the
 * message ends with the others, one per line.
 *
 * @since 0.1
 */
public class ConfigurationException extends PropcareException {
    private static final long serialVersionUID = 1L;
    private final String source;
    private final String path;
    private final String value;
    private final String detail;
    private final List<ConfigurationException> combined; // empty, or every problem with the first one first

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
        this(code, source, path, value, cause, detail(source, path, value, expected));
    }

    private ConfigurationException(ErrorCode code, String source, String path, String value, Throwable cause,
                                   String detail) {
        super(code, detail, cause);
        this.source = source;
        this.path = path;
        this.value = value == null ? "" : value;
        this.detail = detail;
        this.combined = List.of();
    }

    private static String detail(String source, String path, String value, String expected) {
        return Objects.requireNonNull(path, "path must not be null") + ": "
                + (value == null || value.isEmpty() ? "" : "got " + value + "; ")
                + Objects.requireNonNull(expected, "expected must not be null")
                + " (" + Objects.requireNonNull(source, "source must not be null") + ")";
    }

    private ConfigurationException(ConfigurationException first, List<ConfigurationException> others) {
        super(first.errorCode(), first.detail, first.getCause());
        this.source = first.source;
        this.path = first.path;
        this.value = first.value;
        this.detail = first.detail;
        List<ConfigurationException> all = new ArrayList<>(1 + others.size());
        all.add(first);
        all.addAll(others);
        this.combined = List.copyOf(all);
    }

    /**
     * One exception for several problems: the first one's code, path and value, every problem
     * in {@link #problems()}.
     *
     * @param problems the problems, in file order; each may itself hold several
     * @return the exception
     * @throws IllegalArgumentException if {@code problems} is empty
     */
    public static ConfigurationException of(List<ConfigurationException> problems) {
        List<ConfigurationException> all = new ArrayList<>();
        for (ConfigurationException p : Objects.requireNonNull(problems, "problems must not be null")) {
            all.addAll(Objects.requireNonNull(p, "problems must not hold null").problems());
        }
        if (all.isEmpty()) {
            throw new IllegalArgumentException("problems must not be empty");
        }
        return all.size() == 1 ? all.get(0) : new ConfigurationException(all.get(0), all.subList(1, all.size()));
    }

    /**
     * Every problem this exception reports, in file order; just this one unless a reader
     * combined several.
     *
     * @return the problems
     */
    public List<ConfigurationException> problems() {
        return combined.isEmpty() ? List.of(this) : combined;
    }

    /**
     * The message: the first problem, then any others one per line.
     *
     * @return the message
     */
    @Override
    public String getMessage() {
        return combined.isEmpty() ? super.getMessage() : super.getMessage() + more(combined.subList(1, combined.size()));
    }

    private static String more(List<ConfigurationException> others) {
        StringBuilder sb = new StringBuilder();
        sb.append("\n and ").append(others.size()).append(others.size() == 1 ? " more problem:" : " more problems:");
        for (ConfigurationException o : others) {
            sb.append("\n  - ").append(o.getMessage());
        }
        return sb.toString();
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
