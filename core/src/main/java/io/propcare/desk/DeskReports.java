package io.propcare.desk;

import io.propcare.escalation.EscalationPlan;
import io.propcare.escalation.PlannedDeadline;
import io.propcare.model.StaffId;
import io.propcare.model.complaint.Classification;
import io.propcare.model.complaint.ComplaintEvent;
import io.propcare.model.complaint.ComplaintId;
import io.propcare.model.complaint.ComplaintRecord;
import io.propcare.model.complaint.ComplaintStatus;
import io.propcare.model.complaint.EventType;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Supervision of the desk's work: the monthly complaint report with the service targets as KPIs,
 * the director's spot check of the duty log and the head butler's callback re-check as seeded,
 * stratified random samples, and the callback due list.
 *
 * <p>The store lists open complaints only, so callers pass the records to report on (e.g. every
 * complaint received in the month, found by id).
 *
 * <p>Implementation requirements: immutable and thread-safe; results depend only on the arguments.
 *
 * @since 0.1
 */
public final class DeskReports {
    /** The director's monthly spot check of the duty log: at least 20%. */
    public static final double DIRECTOR_SPOT_CHECK = 0.20;
    /** The head butler's callback re-check: 3% to 5%; 4% by default. */
    public static final double CALLBACK_RECHECK = 0.04;

    private final ComplaintDesk desk;
    private final ServiceTargets targets;

    private DeskReports(ComplaintDesk desk, ServiceTargets targets) {
        this.desk = desk;
        this.targets = targets;
    }

    /**
     * Reports over a desk's complaints with the serviced apartment's targets.
     *
     * @param desk the desk (its planner re-plans each complaint for the on-time rates)
     * @return the reports
     */
    public static DeskReports of(ComplaintDesk desk) {
        return new DeskReports(Objects.requireNonNull(desk, "desk must not be null"), ServiceTargets.defaults());
    }

    /**
     * The same reports measured against other targets.
     *
     * @param value the targets
     * @return a copy
     */
    public DeskReports withTargets(ServiceTargets value) {
        return new DeskReports(desk, Objects.requireNonNull(value, "value must not be null"));
    }

    /**
     * The service targets of PROCEDURES.md section 3 that the desk can measure.
     *
     * @param complaintsHandled share of complaints handled (default 100%)
     * @param informationOnTime share of time limits kept (default 100%)
     * @param repairsOnTime share of repair time limits (on site, preliminary plan) kept (default 100%)
     * @param callbacks share of settled complaints called back (default 100%)
     */
    public record ServiceTargets(double complaintsHandled, double informationOnTime, double repairsOnTime,
                                 double callbacks) {
        /** Checks each share is from 0 to 1. */
        public ServiceTargets {
            for (double d : new double[] {complaintsHandled, informationOnTime, repairsOnTime, callbacks}) {
                if (!(d >= 0 && d <= 1)) {
                    throw new IllegalArgumentException("targets must be shares from 0 to 1, got " + d);
                }
            }
        }

        /**
         * The serviced apartment's targets: 100% handled, on time, repairs on time, called back.
         *
         * @return the defaults
         */
        public static ServiceTargets defaults() {
            return new ServiceTargets(1.0, 1.0, 1.0, 1.0);
        }
    }

    /**
     * The records received in a month, in the desk's zone.
     *
     * @param month the month
     * @param records any records
     * @return those received in the month, ordered by receipt then id
     */
    public List<ComplaintRecord> receivedIn(YearMonth month, List<ComplaintRecord> records) {
        Objects.requireNonNull(month, "month must not be null");
        Objects.requireNonNull(records, "records must not be null");
        ZoneId zone = desk.zone();
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        return records.stream().filter(r -> !r.complaint().receivedAt().isBefore(from)
                        && r.complaint().receivedAt().isBefore(to))
                .sorted(Comparator.comparing((ComplaintRecord r) -> r.complaint().receivedAt())
                        .thenComparing(r -> r.id().value())).toList();
    }

    /**
     * The monthly complaint report.
     *
     * @param month the month
     * @param records the complaints (those not received in the month are ignored)
     * @param asOf the instant to judge open deadlines at (e.g. the last day's end)
     * @return the report
     */
    public MonthlyReport monthly(YearMonth month, List<ComplaintRecord> records, Instant asOf) {
        Objects.requireNonNull(month, "month must not be null");
        Objects.requireNonNull(records, "records must not be null");
        Objects.requireNonNull(asOf, "asOf must not be null");
        List<ComplaintRecord> in = receivedIn(month, records);
        Map<String, Integer> byCategory = new TreeMap<>();
        Map<String, Integer> byValidity = new TreeMap<>();
        Map<String, Integer> byScope = new TreeMap<>();
        Map<String, Integer> byChannel = new TreeMap<>();
        Map<String, int[]> onTime = new TreeMap<>();
        Map<String, Integer> byLevel = new TreeMap<>();
        Set<String> cases = new HashSet<>();
        int handled = 0;
        int closed = 0;
        int escalations = 0;
        int callbacksDone = 0;
        int callbacksDue = 0;
        int reopened = 0;
        for (ComplaintRecord r : in) {
            Optional<Classification> c = r.state().classification();
            byCategory.merge(c.map(x -> x.category().id()).orElse("unclassified"), 1, Integer::sum);
            byValidity.merge(c.map(x -> x.validity().id()).orElse("unclassified"), 1, Integer::sum);
            byScope.merge(c.map(x -> x.scope().id()).orElse("unclassified"), 1, Integer::sum);
            byChannel.merge(r.complaint().channel().id(), 1, Integer::sum);
            boolean settled = r.history().stream().anyMatch(e -> e.type() == EventType.SETTLED);
            ComplaintStatus status = r.state().status();
            if (status == ComplaintStatus.SETTLED || status == ComplaintStatus.CLOSED) {
                handled++;
            }
            if (status == ComplaintStatus.CLOSED) {
                closed++;
            }
            Journal journal = Journal.of(r);
            if (settled && journal.calledBack()) {
                callbacksDone++;
            } else if (status == ComplaintStatus.SETTLED) {
                callbacksDue++;
            }
            if (journal.reopenings() > 0) {
                reopened++;
            }
            for (ComplaintEvent e : r.history()) {
                if (e.type() == EventType.ESCALATED) {
                    escalations++;
                    byLevel.merge(e.details().getOrDefault("level", "unknown"), 1, Integer::sum);
                }
                String cc = e.details().get("collectiveCase");
                if (cc != null) {
                    cases.add(cc);
                }
            }
            Optional<EscalationPlan> plan = desk.plan(r);
            if (plan.isPresent()) {
                for (PlannedDeadline d : plan.get().deadlines()) {
                    int[] slot = onTime.computeIfAbsent(d.step().id(), k -> new int[3]);
                    switch (d.state()) {
                        case MET -> slot[0]++;
                        case MET_LATE -> slot[1]++;
                        case RUNNING, PAUSED -> {
                            if (d.due().isPresent() && d.due().get().isBefore(asOf)) {
                                slot[1]++;
                            } else {
                                slot[2]++;
                            }
                        }
                        default -> throw new IllegalStateException("unknown deadline state " + d.state());
                    }
                }
            }
        }
        Map<String, MonthlyReport.TargetRate> rates = new TreeMap<>();
        onTime.forEach((k, v) -> rates.put(k, new MonthlyReport.TargetRate(v[0], v[1], v[2])));
        int n = in.size();
        double handledRate = n == 0 ? 0 : (double) handled / n;
        double reopenRate = handled == 0 ? 0 : (double) reopened / handled;
        List<MonthlyReport.Kpi> kpis = new ArrayList<>();
        kpis.add(kpi("complaints_handled", "complaints handled (settled or closed) / received", targets.complaintsHandled(),
                n == 0 ? Double.NaN : handledRate));
        kpis.add(kpi("information_on_time", "time limits kept / time limits decided", targets.informationOnTime(),
                share(rates, Set.copyOf(rates.keySet()))));
        kpis.add(kpi("repairs_on_time", "on-site and preliminary-plan limits kept / decided", targets.repairsOnTime(),
                share(rates, Set.of("on_site", "preliminary_plan"))));
        int settledCount = callbacksDone + callbacksDue;
        kpis.add(kpi("callbacks_done", "settled complaints called back / settled", targets.callbacks(),
                settledCount == 0 ? Double.NaN : (double) callbacksDone / settledCount));
        return new MonthlyReport(month, asOf, n, byCategory, byValidity, byScope, byChannel, handled, closed, handledRate,
                rates, escalations, byLevel, callbacksDone, callbacksDue, reopened, reopenRate, cases.size(), kpis);
    }

    private static double share(Map<String, MonthlyReport.TargetRate> rates, Set<String> steps) {
        int met = 0;
        int decided = 0;
        for (Map.Entry<String, MonthlyReport.TargetRate> e : rates.entrySet()) {
            if (steps.contains(e.getKey())) {
                met += e.getValue().met();
                decided += e.getValue().met() + e.getValue().missed();
            }
        }
        return decided == 0 ? Double.NaN : (double) met / decided;
    }

    private static MonthlyReport.Kpi kpi(String id, String description, double target, double measured) {
        return new MonthlyReport.Kpi(id, description, target, measured, Double.isNaN(measured) || measured >= target - 1e-12);
    }

    /**
     * The director's monthly spot check of the duty log: a seeded random sample of at least
     * {@code fraction} of the month's complaints, stratified by category.
     *
     * @param records the complaints to sample from
     * @param fraction the share to check, e.g. {@link #DIRECTOR_SPOT_CHECK}
     * @param seed the seed; the same records and seed give the same sample
     * @return the sampled complaint ids, ordered by id
     */
    public static List<ComplaintId> spotCheck(List<ComplaintRecord> records, double fraction, long seed) {
        return stratified(records, DeskReports::category, fraction, seed);
    }

    /**
     * The head butler's callback re-check: a seeded random sample of {@code fraction} (3% to 5%)
     * of the complaints called back, stratified by category.
     *
     * @param records the complaints (only those called back are sampled)
     * @param fraction the share, from 0.03 to 0.05
     * @param seed the seed
     * @return the sampled complaint ids, ordered by id
     * @throws IllegalArgumentException when the fraction is outside 3-5%
     */
    public static List<ComplaintId> callbackRecheck(List<ComplaintRecord> records, double fraction, long seed) {
        Objects.requireNonNull(records, "records must not be null");
        if (!(fraction >= 0.03 && fraction <= 0.05)) {
            throw new IllegalArgumentException("fraction must be from 0.03 to 0.05 (3-5%), got " + fraction);
        }
        List<ComplaintRecord> called = records.stream()
                .filter(r -> r.history().stream().anyMatch(e -> e.type() == EventType.CALLED_BACK)).toList();
        return stratified(called, DeskReports::category, fraction, seed);
    }

    private static String category(ComplaintRecord r) {
        return r.state().classification().map(c -> c.category().id()).orElse("unclassified");
    }

    /**
     * A stratified sample of {@code ceil(fraction x n)} records allocated to strata in proportion
     * to their size by largest remainder (ties to the larger stratum, then the name), each
     * stratum's records shuffled with a generator seeded by the seed and the stratum name.
     */
    static List<ComplaintId> stratified(List<ComplaintRecord> records, Function<ComplaintRecord, String> stratum,
                                        double fraction, long seed) {
        Objects.requireNonNull(records, "records must not be null");
        if (!(fraction > 0 && fraction <= 1)) {
            throw new IllegalArgumentException("fraction must be in (0, 1], got " + fraction);
        }
        Map<String, List<ComplaintId>> strata = new TreeMap<>();
        for (ComplaintRecord r : records) {
            strata.computeIfAbsent(stratum.apply(r), k -> new ArrayList<>()).add(r.id());
        }
        int n = records.size();
        int k = (int) Math.ceil(fraction * n - 1e-9);
        Map<String, Integer> take = new HashMap<>();
        int given = 0;
        List<Map.Entry<String, Double>> remainders = new ArrayList<>();
        for (Map.Entry<String, List<ComplaintId>> e : strata.entrySet()) {
            double exact = (double) k * e.getValue().size() / n;
            int floor = (int) Math.floor(exact);
            take.put(e.getKey(), floor);
            given += floor;
            remainders.add(Map.entry(e.getKey(), exact - floor));
        }
        remainders.sort(Comparator.comparing((Map.Entry<String, Double> e) -> -e.getValue())
                .thenComparing(e -> -strata.get(e.getKey()).size()).thenComparing(Map.Entry::getKey));
        for (int i = 0; given < k && i < remainders.size(); i++, given++) {
            take.merge(remainders.get(i).getKey(), 1, Integer::sum);
        }
        List<ComplaintId> out = new ArrayList<>();
        for (Map.Entry<String, List<ComplaintId>> e : strata.entrySet()) {
            List<ComplaintId> ids = new ArrayList<>(e.getValue());
            ids.sort(Comparator.comparing(ComplaintId::value));
            java.util.Collections.shuffle(ids, new Random(seed * 31 + e.getKey().hashCode()));
            out.addAll(ids.subList(0, Math.min(take.get(e.getKey()), ids.size())));
        }
        out.sort(Comparator.comparing(ComplaintId::value));
        return List.copyOf(out);
    }

    /**
     * A settled complaint waiting for its callback.
     *
     * @param id the complaint
     * @param owner who follows it, if anyone
     * @param due the callback deadline, if planned
     * @param overdue whether the deadline has passed
     */
    public record CallbackDue(ComplaintId id, Optional<StaffId> owner, Optional<Instant> due, boolean overdue) {
        /** Checks the components. */
        public CallbackDue {
            Objects.requireNonNull(id, "id must not be null");
            Objects.requireNonNull(owner, "owner must not be null");
            Objects.requireNonNull(due, "due must not be null");
        }
    }

    /**
     * The callback due list: settled complaints not yet called back, the most urgent first.
     *
     * @param records the complaints
     * @param at the instant to judge overdue at
     * @return the list, ordered by callback deadline (unplanned last) then id
     */
    public static List<CallbackDue> callbacksDue(List<ComplaintRecord> records, Instant at) {
        Objects.requireNonNull(records, "records must not be null");
        Objects.requireNonNull(at, "at must not be null");
        List<CallbackDue> out = new ArrayList<>();
        for (ComplaintRecord r : records) {
            if (r.state().status() == ComplaintStatus.SETTLED && !Journal.of(r).calledBack()) {
                Optional<Instant> due = Optional.ofNullable(r.state().deadlines().get("callback"));
                out.add(new CallbackDue(r.id(), r.state().owner(), due, due.map(d -> d.isBefore(at)).orElse(false)));
            }
        }
        out.sort(Comparator.comparing((CallbackDue c) -> c.due().orElse(Instant.MAX)).thenComparing(c -> c.id().value()));
        return List.copyOf(out);
    }
}
