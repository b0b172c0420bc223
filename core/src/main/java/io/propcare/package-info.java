/**
 * Propcare's entry point: {@link io.propcare.Propcare#builder()} wires the clock, storage and
 * notifiers. Everything is non-null unless documented.
 */
package io.propcare;
