/**
 * Duty-roster value types that adapters store: posts, shift types, staff members, assignments
 * and the roster itself with its status and version. Everything is non-null unless documented.
 *
 * <p>The richer problem model (rules, weights, preferences, leave, the previous month's tail)
 * and the solver live in the core engine package {@code io.propcare.roster}.
 */
package io.propcare.model.roster;
