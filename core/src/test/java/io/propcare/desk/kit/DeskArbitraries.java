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
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.propcare.escalation.BusinessCalendar;
import io.propcare.escalation.CalendarJson;
import io.propcare.escalation.SlaPolicy;
import io.propcare.model.escalation.SlaStep;
import io.propcare.model.survey.Answer;
import io.propcare.model.survey.SurveyResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] DAYS = {"MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"};

    /**
     * A calendar as JSON: for each day none, one or two windows (some crossing midnight), with
     * or without mainland China's holidays.
     *
     * @return the arbitrary
     */
    public static Arbitrary<JsonNode> calendarJson() {
        Arbitrary<String> window = Combinators.combine(Arbitraries.integers().between(0, 23),
                Arbitraries.integers().between(0, 3), Arbitraries.integers().between(1, 16))
                .as((h, q, len) -> String.format("%02d:%02d-%02d:%02d", h, q * 15, (h + len) % 24, q * 15));
        return Combinators.combine(window.list().ofMaxSize(2).list().ofSize(7), Arbitraries.of(true, false))
                .as((days, cn) -> {
                    ObjectNode c = JSON.createObjectNode().put("zone", ZONE.getId());
                    ObjectNode weekly = c.putObject("weekly");
                    boolean any = false;
                    for (int d = 0; d < 7; d++) {
                        if (!days.get(d).isEmpty()) {
                            ArrayNode w = weekly.putArray(DAYS[d]);
                            days.get(d).forEach(w::add);
                            any = true;
                        }
                    }
                    if (!any) {
                        weekly.putArray("MON").add("08:30-17:30");
                    }
                    if (cn) {
                        c.putArray("include").add("cn");
                    }
                    return c;
                });
    }

    /**
     * A business calendar built from {@link #calendarJson()}.
     *
     * @return the arbitrary
     */
    public static Arbitrary<BusinessCalendar> calendars() {
        return calendarJson().map(j -> CalendarJson.fromTree(j, "arbitrary"));
    }

    private static final Map<SlaStep, String[]> MILESTONES = Map.of(
            SlaStep.FIRST_REPLY, new String[] {"received", "replied"},
            SlaStep.ON_SITE, new String[] {"received", "on_site"},
            SlaStep.PRELIMINARY_PLAN, new String[] {"received", "plan_given"},
            SlaStep.RESULT_FEEDBACK, new String[] {"received", "result_fed_back"},
            SlaStep.CALLBACK, new String[] {"settled", "called_back"},
            SlaStep.REPORT_TO_DIRECTOR, new String[] {"received", "reported_to_director"});

    /**
     * An SLA policy: an always-open and a generated office calendar, a ladder of one to four
     * rungs at increasing thresholds ending with the company, and one rule for every complaint
     * with two to five targets of random limits (5 minutes to 48 hours) on either calendar.
     *
     * @return the arbitrary
     */
    public static Arbitrary<SlaPolicy> policies() {
        Arbitrary<int[]> target = Combinators.combine(Arbitraries.integers().between(0, MILESTONES.size() - 1),
                Arbitraries.integers().between(5, 48 * 60), Arbitraries.integers().between(0, 1),
                Arbitraries.integers().between(0, 1))
                .as((step, minutes, cal, pausable) -> new int[] {step, minutes, cal, pausable});
        Arbitrary<List<Integer>> ladder = Arbitraries.integers().between(25, 150).list().ofMinSize(0).ofMaxSize(3);
        return Combinators.combine(calendarJson(), target.list().ofMinSize(2).ofMaxSize(5), ladder)
                .as((office, targets, thresholds) -> {
                    ObjectNode root = JSON.createObjectNode();
                    ObjectNode cals = root.putObject("calendars");
                    cals.putObject("always").put("zone", ZONE.getId()).put("weekly", "24x7");
                    cals.set("office", office);
                    ArrayNode rungs = root.putArray("ladder");
                    String[] levels = {"handler", "customer_service_supervisor", "director"};
                    int at = 0;
                    for (int i = 0; i < thresholds.size(); i++) {
                        at += thresholds.get(i);
                        rungs.addObject().put("level", levels[i]).put("at", at + "%");
                    }
                    rungs.addObject().put("level", "company").put("at", (at + 100) + "%")
                            .set("notify", JSON.createArrayNode().add("director").add("company"));
                    ObjectNode rule = root.putArray("rules").addObject().put("name", "generated");
                    ArrayNode ts = rule.putArray("targets");
                    Map<SlaStep, int[]> byStep = new LinkedHashMap<>();
                    List<SlaStep> steps = new ArrayList<>(MILESTONES.keySet());
                    steps.sort(null);
                    targets.forEach(t -> byStep.put(steps.get(t[0]), t));
                    byStep.forEach((step, t) -> ts.addObject().put("step", step.id())
                            .put("within", java.time.Duration.ofMinutes(t[1]).toString())
                            .put("calendar", t[2] == 0 ? "always" : "office")
                            .put("start", MILESTONES.get(step)[0]).put("stop", MILESTONES.get(step)[1])
                            .put("pausable", t[3] == 1));
                    return SlaPolicy.fromTree(root, "arbitrary");
                });
    }

    /**
     * Survey responses to a five-point satisfaction item {@code "overall"} and a yes/no item
     * {@code "recommend"}, some not answered, from the flats of a 120-unit apartment.
     *
     * @param roundId the round
     * @return the arbitrary
     */
    public static Arbitrary<SurveyResponse> surveyResponses(String roundId) {
        Arbitrary<Answer> score = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(9, Arbitraries.integers().between(1, 5).map(Answer.Score::new)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(new Answer.NotAnswered())));
        return Combinators.combine(Arbitraries.integers().between(0, 119), score, Arbitraries.of(true, false))
                .as((unit, overall, yes) -> SurveyResponse.of(roundId, "R-" + unit, (unit / 30 + 1) + "-" + (unit % 30 + 101),
                        Integer.toString(unit / 30 + 1), Map.of("overall", overall, "recommend", new Answer.YesNo(yes))));
    }
}
