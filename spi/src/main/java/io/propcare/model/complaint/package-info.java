/**
 * Complaint value types: ids, location, resident (personal data, masked in {@code toString}),
 * the append-only event history and the classification. Everything is non-null unless documented.
 */
package io.propcare.model.complaint;
