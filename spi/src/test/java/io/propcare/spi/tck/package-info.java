/**
 * The adapter compatibility kit (shipped as the {@code propcare-spi} test-jar): abstract JUnit 5
 * contract classes and jqwik property interfaces that every storage adapter must pass. An adapter
 * is "compatible" when it passes all of them.
 */
package io.propcare.spi.tck;
