/**
 * Escalation value types that adapters store and send: the steps of the time limits, the levels
 * of the escalation ladder, deadlines and escalation steps. Everything is non-null unless documented.
 */
package io.propcare.model.escalation;
