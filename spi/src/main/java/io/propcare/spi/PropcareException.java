package io.propcare.spi;

import java.util.Objects;

/**
 * The root of every exception Propcare throws on purpose; it carries an {@link ErrorCode}.
 *
 * <p>The message says where the problem is, what was found, what was expected and what to do,
 * and ends with the code in brackets. Values reach messages through value types' {@code toString},
 * so personal data arrives masked.
 *
 * @since 0.1
 */
public class PropcareException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient ErrorCode errorCode;

    /**
     * Creates an exception.
     *
     * @param errorCode the code, not null
     * @param message the human-readable message, without the code
     */
    public PropcareException(ErrorCode errorCode, String message) {
        this(errorCode, message, null);
    }

    /**
     * Creates an exception with a cause.
     *
     * @param errorCode the code, not null
     * @param message the human-readable message, without the code
     * @param cause the underlying failure, may be null
     */
    public PropcareException(ErrorCode errorCode, String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message must not be null") + " ["
                + Objects.requireNonNull(errorCode, "errorCode must not be null").code() + "]", cause);
        this.errorCode = errorCode;
    }

    /**
     * The code identifying the kind of failure.
     *
     * @return the code, never null
     */
    public ErrorCode errorCode() {
        return errorCode;
    }
}
