/**
 * The rule-check kit for testers: jqwik arbitraries for complaints and their histories
 * ({@link io.propcare.desk.kit.DeskArbitraries}) and ready property suites that check a property's
 * promises: its SLA policy ({@link io.propcare.desk.kit.SlaPromisesProperties}, run against a policy
 * file with {@code -Dpropcare.kit.policy=FILE}) and the roster solver
 * ({@link io.propcare.desk.kit.RosterPromisesProperties}). See {@code docs/desk.md}.
 */
package io.propcare.desk.kit;
