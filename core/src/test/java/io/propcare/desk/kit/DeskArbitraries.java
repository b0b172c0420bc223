package io.propcare.desk.kit;

import io.propcare.complaint.Taxonomy;
import io.propcare.escalation.ComplaintFacts;
import io.propcare.escalation.Milestone;
import io.propcare.escalation.TimelineEvent;
import io.propcare.model.complaint.Category;
import io.propcare.model.complaint.Channel;
import io.propcare.model.complaint.Scope;
import io.propcare.model.complaint.Urgency;
import io.propcare.model.complaint.Validity;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries for testers: complaints as the escalation planner sees them, and histories of
 * what staff did (milestones, pauses, agreed reply times). Instants fall in 2026 (the years the
 * built-in holiday data covers, leaving December for deadlines), around the clock, on weekends and
 * holidays too.
 */
public final class DeskArbitraries {
    /** The zone the instants are drawn in. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Instant FROM = ZonedDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZONE).toInstant();
    private static final Instant TO = ZonedDateTime.of(2026, 11, 30, 0, 0, 0, 0, ZONE).toInstant();

    private DeskArbitraries() {
    }

    /**
     * An instant from January to November 2026, every second equally likely.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(FROM.getEpochSecond(), TO.getEpochSecond()).map(Instant::ofEpochSecond);
    }

    /**
     * A category id of the default taxonomy.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Category> categories() {
        return Arbitraries.of(Taxonomy.defaults().ids()).map(Category::of);
    }

    /**
     * A complaint's facts: any category, urgency, validity, scope and channel.
     *
     * @return the arbitrary
     */
    public static Arbitrary<ComplaintFacts> complaints() {
        return Combinators.combine(instants(), categories(), Arbitraries.of(Urgency.class),
                Arbitraries.of(Validity.class), Arbitraries.of(Scope.class), Arbitraries.of(Channel.class),
                Arbitraries.integers().between(1, 999_999))
                .as((at, cat, urg, val, scope, ch, n) -> new ComplaintFacts("C-" + n, at, cat, urg, val, scope, ch));
    }

    /**
     * An emergency water or electric repair.
     *
     * @param categories the repair categories, e.g. {@code plumbing} and {@code electrical}
     * @return the arbitrary
     */
    public static Arbitrary<ComplaintFacts> emergencies(List<Category> categories) {
        return Combinators.combine(instants(), Arbitraries.of(categories), Arbitraries.of(Channel.class))
                .as((at, cat, ch) -> new ComplaintFacts("E-1", at, cat, Urgency.EMERGENCY, Validity.VALID,
                        Scope.INDIVIDUAL, ch));
    }

    /**
     * What staff did after a complaint received at {@code receivedAt}: milestones, pauses with
     * their resumptions, agreed reply times, each within 72 hours, in time order.
     *
     * @param receivedAt when the complaint was received
     * @return the arbitrary
     */
    public static Arbitrary<List<TimelineEvent>> histories(Instant receivedAt) {
        Arbitrary<int[]> step = Combinators.combine(Arbitraries.integers().between(0, Milestone.values().length + 1),
                Arbitraries.integers().between(1, 600), Arbitraries.integers().between(1, 48))
                .as((kind, minutes, hours) -> new int[] {kind, minutes, hours});
        return step.list().ofMaxSize(8).map(steps -> {
            List<TimelineEvent> out = new ArrayList<>();
            Instant t = receivedAt;
            boolean paused = false;
            for (int[] s : steps) {
                t = t.plus(Duration.ofMinutes(s[1]));
                if (s[0] < Milestone.values().length) {
                    Milestone m = Milestone.values()[s[0]];
                    if (m != Milestone.RECEIVED) {
                        out.add(TimelineEvent.reached(m, t));
                    }
                } else if (s[0] == Milestone.values().length) {
                    out.add(paused ? TimelineEvent.resumed(t) : TimelineEvent.paused(t));
                    paused = !paused;
                } else {
                    out.add(TimelineEvent.replyTimeAgreed(t, t.plus(Duration.ofHours(s[2]))));
                }
            }
            return out;
        });
    }
}
