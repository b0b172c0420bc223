/**
 * Internal helpers shared by the model packages. <b>Unsupported</b>: not part of the public API,
 * may change or disappear in any release; do not use from outside Propcare.
 */
package io.propcare.model.internal;
