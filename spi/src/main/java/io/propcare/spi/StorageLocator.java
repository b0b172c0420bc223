package io.propcare.spi;

import io.propcare.model.internal.Checks;

/**
 * Where storage is, as a URL-like string: {@code "jdbc:h2:mem:demo"}, {@code "memory:"}.
 *
 * @param value the locator, 1-2000 characters
 * @since 0.1
 */
public record StorageLocator(String value) {
    /** Checks the value. */
    public StorageLocator {
        Checks.text(value, "locator", 2000);
    }

    /**
     * Parses a locator.
     *
     * @param value the text
     * @return the locator
     */
    public static StorageLocator parse(String value) {
        return new StorageLocator(Checks.notNull(value, "locator").strip());
    }

    /**
     * The scheme: the part before the first colon, e.g. {@code "jdbc"}.
     *
     * @return the scheme, or {@code ""} when there is no colon
     */
    public String scheme() {
        int c = value.indexOf(':');
        return c < 0 ? "" : value.substring(0, c);
    }

    /**
     * The locator with credentials hidden, for messages and logs.
     *
     * @return the safe form
     */
    @Override
    public String toString() {
        return value.replaceAll("(?i)(password|pwd)=[^&;]*", "$1=****").replaceAll("//([^/@:]+):[^/@]*@", "//$1:****@");
    }
}
