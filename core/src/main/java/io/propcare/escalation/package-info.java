/**
 * Escalation deadlines: business calendars and working-time arithmetic, SLA policies, the
 * escalation ladder and the explanations a supervisor reads.
 *
 * <p>Start with {@link io.propcare.escalation.BusinessCalendar} (built in code or read by
 * {@link io.propcare.escalation.CalendarJson}); {@link io.propcare.escalation.SlaPolicy} maps a
 * complaint's classification to its targets and {@link io.propcare.escalation.EscalationPlanner}
 * turns a complaint's timeline into deadlines and escalation steps.
 *
 * <p>Everything is non-null unless documented. Time is only ever read from the instants the caller
 * passes; nothing here reads a clock.
 */
package io.propcare.escalation;
