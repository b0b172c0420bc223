/**
 * The duty-roster engine: the problem model ({@link io.propcare.roster.RosterProblem}), rules as
 * data ({@link io.propcare.roster.Rule}), the evaluator that explains every violation
 * ({@link io.propcare.roster.RosterEvaluator}), the solver with pinning and minimal-change repair
 * ({@link io.propcare.roster.RosterSolver}), the Curtois &amp; Qu benchmark format
 * ({@link io.propcare.roster.CurtoisFormat}) and the duty-table exports
 * ({@link io.propcare.roster.DutyTable}). Everything is non-null unless documented.
 */
@Beta
package io.propcare.roster;

import io.propcare.spi.Beta;
