/**
 * The complaint desk: the whole complaint procedure of a property office as one service
 * ({@link io.propcare.desk.ComplaintDesk}), its transition table as data
 * ({@link io.propcare.desk.TransitionTable}), the escalation sweeper
 * ({@link io.propcare.desk.EscalationSweeper}), notification templates and quiet hours, duty
 * lookup ({@link io.propcare.desk.DutyRoster}) and the supervision reports
 * ({@link io.propcare.desk.DeskReports}). Everything is non-null unless documented.
 */
package io.propcare.desk;
