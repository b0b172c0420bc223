package io.propcare.spi;

/**
 * A stable, documented identifier for a kind of failure, such as {@code CONFIG_BAD_DURATION}.
 *
 * <p>An interface rather than an enum so that adapters and engines can contribute their own
 * codes (Flyway's pattern). Every code has a row in the README's troubleshooting table.
 *
 * <p>Implementation requirements: implementations are immutable, usually enum constants.
 *
 * @since 0.1
 */
public interface ErrorCode {
    /**
     * The code's stable name, upper case with underscores.
     *
     * @return the name, never blank
     */
    String code();
}
