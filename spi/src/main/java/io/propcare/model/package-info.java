/**
 * Value types shared by every domain: property ids, staff ids, personal data with masked
 * {@code toString()}. Everything is non-null unless documented.
 */
package io.propcare.model;
