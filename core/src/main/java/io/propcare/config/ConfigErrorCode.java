package io.propcare.config;

import io.propcare.spi.ErrorCode;

/**
 * Error codes for configuration files.
 *
 * @since 0.1
 */
public enum ConfigErrorCode implements ErrorCode {
    /** The file is not well-formed JSON. */
    CONFIG_BAD_JSON,
    /** A property is not known; often a typo. */
    CONFIG_UNKNOWN_PROPERTY,
    /** A required property is missing. */
    CONFIG_MISSING,
    /** A value has the wrong type or form. */
    CONFIG_BAD_VALUE,
    /** A duration is not ISO-8601. */
    CONFIG_BAD_DURATION,
    /** A date, time or instant is malformed. */
    CONFIG_BAD_TIME,
    /** A reference names something that is not defined. */
    CONFIG_UNKNOWN_REFERENCE,
    /** The file cannot be read. */
    CONFIG_UNREADABLE;

    @Override
    public String code() {
        return name();
    }
}
