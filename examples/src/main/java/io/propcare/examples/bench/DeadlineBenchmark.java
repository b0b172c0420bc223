package io.propcare.examples.bench;

import io.propcare.escalation.BusinessCalendar;
import io.propcare.escalation.CalendarDay;
import io.propcare.escalation.ComplaintFacts;
import io.propcare.escalation.EscalationPlan;
import io.propcare.escalation.EscalationPlanner;
import io.propcare.escalation.Milestone;
import io.propcare.escalation.SlaPolicy;
import io.propcare.escalation.TimelineEvent;
import io.propcare.model.complaint.Category;
import io.propcare.model.complaint.Channel;
import io.propcare.model.complaint.Classification;
import io.propcare.model.complaint.Urgency;
import io.propcare.model.complaint.Validity;
import io.propcare.escalation.HolidayData;
import io.propcare.escalation.WeeklyHours;
import io.propcare.escalation.WorkWindow;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Working-time arithmetic on the front desk's calendar (Mon-Fri 08:30-17:30) with every shipped
 * year of mainland China's holidays, 2019-2026, from random starts in 2019-2025:
 * {@code add} of 15 minutes and of 30 working days (270 working hours), {@code addWorkingDays(30)},
 * {@code elapsed} over up to 60 days, and a minute-by-minute brute-force walk for the ratio.
 *
 * <pre>java -cp examples/target/propcare.jar org.openjdk.jmh.Main DeadlineBenchmark -f 1 -wi 2 -i 3 -w 2s -r 2s</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DeadlineBenchmark {
    private static final int N = 1024;
    private static final Duration QUARTER = Duration.ofMinutes(15);
    private static final Duration THIRTY_DAYS = Duration.ofHours(30 * 9);

    private BusinessCalendar calendar;
    private final Instant[] starts = new Instant[N];
    private final Instant[] ends = new Instant[N];
    private final LocalDate[] dates = new LocalDate[N];
    private Walker walker;
    private EscalationPlanner planner;
    private final ComplaintFacts[] complaints = new ComplaintFacts[N];
    private final List<List<TimelineEvent>> histories = new java.util.ArrayList<>();
    private int i;

    /** Builds the calendar, warms its year tables and draws the inputs. */
    @Setup
    public void setUp() {
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        calendar = BusinessCalendar.builder(zone).weekly(WeeklyHours.ofWeekdays(WorkWindow.parse("08:30-17:30")))
                .include(HolidayData.chinaMainland()).build();
        SplittableRandom r = new SplittableRandom(42);
        long from = Instant.parse("2019-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("2025-12-31T00:00:00Z").getEpochSecond();
        for (int k = 0; k < N; k++) {
            long s = r.nextLong(from, to) / 60 * 60;
            starts[k] = Instant.ofEpochSecond(s);
            ends[k] = Instant.ofEpochSecond(s + r.nextLong(60, 60L * 86_400) / 60 * 60);
            dates[k] = starts[k].atZone(zone).toLocalDate();
        }
        for (int y = 2019; y <= 2026; y++) {
            calendar.isOpen(ZonedDateTime.of(y, 6, 1, 12, 0, 0, 0, zone).toInstant());
        }
        walker = new Walker(calendar);
        planner = EscalationPlanner.of(SlaPolicy.defaultPolicy());
        Classification leak = Classification.ofManual(Category.of("plumbing"), Urgency.URGENT, Validity.VALID,
                io.propcare.model.complaint.Scope.COLLECTIVE, "benchmark");
        for (int k = 0; k < N; k++) {
            Instant t = starts[k];
            complaints[k] = ComplaintFacts.of("C-" + k, t, leak, Channel.COMPANY_CENTER);
            histories.add(List.of(TimelineEvent.reached(Milestone.ON_SITE, t.plusSeconds(600)),
                    TimelineEvent.paused(t.plusSeconds(1800)), TimelineEvent.resumed(t.plusSeconds(7200)),
                    TimelineEvent.replyTimeAgreed(t.plusSeconds(900), t.plusSeconds(86_400))));
        }
    }

    private int next() {
        i = (i + 1) & (N - 1);
        return i;
    }

    /**
     * Adds 15 minutes of working time.
     *
     * @return the deadline
     */
    @Benchmark
    public Instant add15Minutes() {
        return calendar.add(starts[next()], QUARTER);
    }

    /**
     * Adds 30 working days' worth of working time (270 hours).
     *
     * @return the deadline
     */
    @Benchmark
    public Instant add30WorkingDays() {
        return calendar.add(starts[next()], THIRTY_DAYS);
    }

    /**
     * The 30th working day after a date.
     *
     * @return the date
     */
    @Benchmark
    public LocalDate addWorkingDays30() {
        return calendar.addWorkingDays(dates[next()], 30);
    }

    /**
     * Working time between two instants up to 60 days apart.
     *
     * @return the working time
     */
    @Benchmark
    public Duration elapsed() {
        int k = next();
        return calendar.elapsed(starts[k], ends[k]);
    }

    /**
     * Plans a collective water complaint from the company center under the default policy.
     *
     * @return the plan
     */
    @Benchmark
    public EscalationPlan planDefaultPolicy() {
        int k = next();
        return planner.plan(complaints[k], histories.get(k));
    }

    /**
     * The brute-force reference for 15 minutes: walks minute by minute.
     *
     * @return the deadline
     */
    @Benchmark
    public Instant oracleAdd15Minutes() {
        return walker.add(starts[next()], 15);
    }

    /**
     * The brute-force reference for 30 working days: walks minute by minute.
     *
     * @return the deadline
     */
    @Benchmark
    public Instant oracleAdd30WorkingDays() {
        return walker.add(starts[next()], 30 * 9 * 60);
    }

    /** A minute-by-minute walk over each day's windows, resolved on first use. */
    static final class Walker {
        private final BusinessCalendar calendar;
        private final ZoneId zone;
        private final Map<LocalDate, long[]> days = new HashMap<>();

        Walker(BusinessCalendar calendar) {
            this.calendar = calendar;
            this.zone = calendar.zone();
        }

        private long[] day(LocalDate d) {
            return days.computeIfAbsent(d, x -> {
                CalendarDay cd = calendar.day(x);
                long[] iv = new long[cd.windows().size() * 2];
                int k = 0;
                for (WorkWindow w : cd.windows()) {
                    LocalDateTime s = x.atTime(w.start());
                    LocalDateTime e = (w.crossesMidnight() ? x.plusDays(1) : x).atTime(w.end());
                    iv[k++] = ZonedDateTime.of(s, zone).toEpochSecond();
                    iv[k++] = ZonedDateTime.of(e, zone).toEpochSecond();
                }
                return iv;
            });
        }

        private boolean open(long m) {
            LocalDate d = LocalDateTime.ofEpochSecond(m, 0, zone.getRules().getOffset(Instant.ofEpochSecond(m)))
                    .toLocalDate();
            for (LocalDate x : new LocalDate[] {d.minusDays(1), d}) {
                long[] iv = day(x);
                for (int k = 0; k < iv.length; k += 2) {
                    if (m >= iv[k] && m < iv[k + 1]) {
                        return true;
                    }
                }
            }
            return false;
        }

        Instant add(Instant start, long minutes) {
            long m = start.getEpochSecond();
            long n = 0;
            while (true) {
                if (open(m) && ++n == minutes) {
                    return Instant.ofEpochSecond(m + 60);
                }
                m += 60;
            }
        }
    }
}
