package io.propcare.desk;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The monthly complaint report (客户投诉工作月报): the month's complaints counted by category,
 * validity, scope and channel, how many were handled, the on-time rate of each time limit, the
 * escalations fired, callbacks done and due, reopenings, and the service targets as measured KPIs.
 *
 * <p>Implementation requirements: immutable value type; maps are sorted by key.
 *
 * @param month the month
 * @param asOf the instant the report was computed at (open deadlines before it count as late)
 * @param received complaints received in the month
 * @param byCategory count per category id
 * @param byValidity count per validity id
 * @param byScope count per scope id
 * @param byChannel count per channel id
 * @param handled complaints settled or closed
 * @param closed complaints closed
 * @param handledRate {@code handled / received}, 0 when nothing was received
 * @param onTime per SLA step id, the deadlines met, missed and still running
 * @param escalations escalation steps fired, in total
 * @param escalationsByLevel escalation steps fired per level id
 * @param callbacksDone complaints called back after settlement
 * @param callbacksDue settled complaints not yet called back
 * @param reopened complaints reopened at least once
 * @param reopenRate {@code reopened / handled}, 0 when nothing was handled
 * @param collectiveCases distinct collective cases among the month's complaints
 * @param kpis the service targets as measured
 * @since 0.1
 */
public record MonthlyReport(YearMonth month, Instant asOf, int received, Map<String, Integer> byCategory,
                            Map<String, Integer> byValidity, Map<String, Integer> byScope,
                            Map<String, Integer> byChannel, int handled, int closed, double handledRate,
                            Map<String, TargetRate> onTime, int escalations, Map<String, Integer> escalationsByLevel,
                            int callbacksDone, int callbacksDue, int reopened, double reopenRate, int collectiveCases,
                            List<Kpi> kpis) {
    /** Checks the components and copies the collections. */
    public MonthlyReport {
        Objects.requireNonNull(month, "month must not be null");
        Objects.requireNonNull(asOf, "asOf must not be null");
        byCategory = sorted(byCategory);
        byValidity = sorted(byValidity);
        byScope = sorted(byScope);
        byChannel = sorted(byChannel);
        onTime = sorted(onTime);
        escalationsByLevel = sorted(escalationsByLevel);
        kpis = List.copyOf(Objects.requireNonNull(kpis, "kpis must not be null"));
    }

    private static <V> Map<String, V> sorted(Map<String, V> m) {
        return java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(Objects.requireNonNull(m, "map must not be null")));
    }

    /**
     * How one time limit was kept in the month.
     *
     * @param met deadlines met
     * @param missed deadlines met late, or still open after their due instant
     * @param running deadlines still open and not yet due
     */
    public record TargetRate(int met, int missed, int running) {
        /**
         * The share met among those decided.
         *
         * @return {@code met / (met + missed)}, or 1 when none was decided
         */
        public double rate() {
            return met + missed == 0 ? 1.0 : (double) met / (met + missed);
        }
    }

    /**
     * A service target as measured.
     *
     * @param id the target's id, e.g. {@code "complaints_handled"}
     * @param description what it measures
     * @param target the target share, 0 to 1
     * @param measured the measured share, 0 to 1; NaN when there was nothing to measure
     * @param met whether the measured share reaches the target (true when there was nothing to measure)
     */
    public record Kpi(String id, String description, double target, double measured, boolean met) {
        /** Checks the components. */
        public Kpi {
            Objects.requireNonNull(id, "id must not be null");
            Objects.requireNonNull(description, "description must not be null");
        }
    }
}
