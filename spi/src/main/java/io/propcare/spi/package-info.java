/**
 * The contracts adapters implement (storage, notification) and the providers discovered with
 * {@link java.util.ServiceLoader}; the exception hierarchy rooted at
 * {@link io.propcare.spi.PropcareException}. Everything is non-null unless documented.
 */
package io.propcare.spi;
