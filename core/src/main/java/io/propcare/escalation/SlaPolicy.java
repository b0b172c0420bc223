package io.propcare.escalation;

import io.propcare.spi.Beta;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.propcare.config.ConfigErrorCode;
import io.propcare.config.ConfigProblems;
import io.propcare.config.ConfigReader;
import io.propcare.config.ConfigurationException;
import io.propcare.model.complaint.Category;
import io.propcare.model.complaint.Channel;
import io.propcare.model.complaint.Scope;
import io.propcare.model.complaint.Urgency;
import io.propcare.model.complaint.Validity;
import io.propcare.model.escalation.EscalationLevel;
import io.propcare.model.escalation.SlaStep;
import io.propcare.spi.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * An SLA policy: named calendars, the escalation ladder and the rules that map a complaint's
 * classification to its targets. Rules apply in order and a later rule's target for a step
 * replaces an earlier one, so general rules come first.
 *
 * <p>JSON form:
 * <pre>{@code
 * {"calendars": {"always": {"zone": "Asia/Shanghai", "weekly": "24x7"}, "office": {...}},
 *  "ladder": [{"level": "handler", "at": "75%"},
 *             {"level": "customer_service_supervisor", "at": "100%", "notify": ["handler", "customer_service_supervisor"]}],
 *  "rules": [{"name": "water and electric repairs", "when": {"category": ["plumbing", "electrical"]},
 *             "targets": [{"step": "on_site", "within": "PT15M", "calendar": "always",
 *                          "start": "received", "stop": "on_site", "onReclassify": "restart"}]}]}
 * }</pre>
 * A target's {@code within} is an ISO-8601 duration or {@code "agreed"} (the target exists once a
 * reply time is agreed, which is its deadline); {@code agreedReplyOverrides} (default false) lets
 * an agreed reply time replace the deadline; {@code onReclassify} is {@code keep} (default) or
 * {@code restart}; {@code pausable} defaults to true. {@code when}/{@code unless} take lists of
 * {@code category}, {@code urgency}, {@code validity}, {@code scope}, {@code channel}. The optional
 * {@code "workingDayLimits": {"survey_statistics": {"days": 30, "calendar": "front_desk"}}} holds limits
 * counted in working days that are not complaint steps.
 *
 * <p>{@link #defaultPolicy()} carries every time limit of the service procedures.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1
 */
@Beta
public final class SlaPolicy {
    private static final String DEFAULT = "/io/propcare/escalation/default-sla-policy.json";
    private static final Set<String> TOP = Set.of("calendars", "ladder", "rules", "workingDayLimits");
    private static final Set<String> LIMIT = Set.of("days", "calendar");
    private static final Set<String> RULE = Set.of("name", "when", "unless", "targets");
    private static final Set<String> TARGET = Set.of("step", "within", "calendar", "start", "stop",
            "agreedReplyOverrides", "onReclassify", "pausable");
    private static final Set<String> MATCH = Set.of("category", "urgency", "validity", "scope", "channel");
    private static final Set<String> RUNG = Set.of("level", "at", "notify");

    private static final class DefaultHolder {
        static final SlaPolicy POLICY = loadDefault();
    }

    private final Map<String, BusinessCalendar> calendars;
    private final List<LadderRung> ladder;
    private final List<SlaRule> rules;
    private final Map<String, WorkingDayLimit> limits;

    /**
     * A limit counted in whole working days, such as the survey statistics' 30 working days.
     *
     * @param days how many working days, at least 1
     * @param calendar the name of the policy calendar whose working days count
     */
    public record WorkingDayLimit(int days, String calendar) {
        /** Checks the components. */
        public WorkingDayLimit {
            if (days < 1) {
                throw new IllegalArgumentException("days must be at least 1, got " + days);
            }
            Objects.requireNonNull(calendar, "calendar must not be null");
        }
    }

    private SlaPolicy(Map<String, BusinessCalendar> calendars, List<LadderRung> ladder, List<SlaRule> rules,
                      Map<String, WorkingDayLimit> limits) {
        this.calendars = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(calendars));
        this.ladder = List.copyOf(ladder);
        this.rules = List.copyOf(rules);
        this.limits = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(limits));
    }

    /**
     * A policy from its parts.
     *
     * @param calendars the calendars by name
     * @param ladder the rungs, in order
     * @param rules the rules, in order
     * @return the policy
     * @throws IllegalArgumentException when a target names a calendar that is not given
     */
    public static SlaPolicy of(Map<String, BusinessCalendar> calendars, List<LadderRung> ladder, List<SlaRule> rules) {
        Objects.requireNonNull(calendars, "calendars must not be null");
        for (SlaRule r : Objects.requireNonNull(rules, "rules must not be null")) {
            for (SlaTarget t : r.targets()) {
                if (!calendars.containsKey(t.calendar())) {
                    throw new IllegalArgumentException("rule '" + r.name() + "' target " + t.step().id()
                            + " names calendar '" + t.calendar() + "', which is not one of " + calendars.keySet());
                }
            }
        }
        return new SlaPolicy(calendars, Objects.requireNonNull(ladder, "ladder must not be null"), rules, Map.of());
    }

    /**
     * The policy that ships with Propcare: every time limit of the service procedures (reply to
     * an inquiry in 5 minutes; on site for a water or electric fault in 15 minutes and a
     * preliminary plan in 1 hour; result feedback in 24 hours, replaced by a reply time agreed with
     * the resident; an on-the-spot settlement reported within 1 hour; a collective complaint
     * reported to the director in 15 minutes and by the director to the company in 2 hours; a
     * complaint from the company center reported back within 12 hours of settlement), plus a
     * callback within one working day of settlement on the front desk's hours (Mon-Fri 08:30-17:30
     * with mainland China's holidays), and the ladder handler at 75%, supervisor at 100%, director
     * at 200%, company at 400%. All clocks but the callback run around the clock in
     * {@code Asia/Shanghai}. The file is {@code io/propcare/escalation/default-sla-policy.json}.
     *
     * @return the shared default policy
     */
    public static SlaPolicy defaultPolicy() {
        return DefaultHolder.POLICY;
    }

    private static SlaPolicy loadDefault() {
        try (InputStream in = SlaPolicy.class.getResourceAsStream(DEFAULT)) {
            if (in == null) {
                throw new ConfigurationException(ConfigErrorCode.CONFIG_UNREADABLE, DEFAULT, "$", "", "missing resource");
            }
            return fromTree(ConfigReader.tree(in, DEFAULT), DEFAULT);
        } catch (IOException e) {
            throw new ConfigurationException(ConfigErrorCode.CONFIG_UNREADABLE, DEFAULT, "$", "", e.getMessage(), e);
        }
    }

    /**
     * Reads a policy file.
     *
     * @param file the file
     * @return the policy
     * @throws ConfigurationException naming the file, JSON path and value of every problem found
     */
    public static SlaPolicy read(Path file) {
        Objects.requireNonNull(file, "file must not be null");
        try (InputStream in = Files.newInputStream(file)) {
            return fromTree(ConfigReader.tree(in, file.toString()), file.toString(), CalendarJson.folderOf(file));
        } catch (IOException e) {
            throw new ConfigurationException(ConfigErrorCode.CONFIG_UNREADABLE, file.toString(), "$", "",
                    "cannot read the file: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a policy from a parsed JSON object; holiday year files its calendars name are resolved against the working directory.
     *
     * @param root the object
     * @param source the name used in messages
     * @return the policy
     * @throws ConfigurationException naming the JSON path and value of every problem found (a broken element is skipped
     *         and the read goes on, so one exception lists them all; see {@link ConfigurationException#problems()})
     */
    public static SlaPolicy fromTree(JsonNode root, String source) {
        return fromTree(root, source, Path.of(""));
    }

    /**
     * Reads a policy from a parsed JSON object whose calendars may name holiday year files
     * ({@link CalendarJson}'s {@code include}) relative to a folder.
     *
     * @param root the object
     * @param source the name used in messages
     * @param base the folder relative year files are resolved against (usually the policy file's)
     * @return the policy
     * @throws ConfigurationException naming the JSON path and value of every problem found (a broken element is skipped
     *         and the read goes on, so one exception lists them all; see {@link ConfigurationException#problems()})
     */
    public static SlaPolicy fromTree(JsonNode root, String source, Path base) {
        Objects.requireNonNull(root, "root must not be null");
        Objects.requireNonNull(source, "source must not be null");
        Objects.requireNonNull(base, "base must not be null");
        ConfigProblems problems = ConfigProblems.create();
        problems.attempt(() -> {
            members(root, "$", TOP, source);
            return root;
        });
        Map<String, BusinessCalendar> calendars = new LinkedHashMap<>();
        JsonNode cals = required(root, "calendars", "$", source);
        if (!cals.isObject()) {
            throw new ConfigurationException(ConfigErrorCode.CONFIG_BAD_VALUE, source, "$.calendars", cals.toString(),
                    "expected an object of named calendars");
        }
        // references are checked against every calendar named, so a broken calendar is reported once
        Set<String> calendarNames = new LinkedHashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = cals.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            calendarNames.add(e.getKey());
            problems.attempt(() -> CalendarJson.fromTree(e.getValue(), source, "$.calendars." + e.getKey(), base))
                    .ifPresent(c -> calendars.put(e.getKey(), c));
        }
        List<LadderRung> ladder = new ArrayList<>();
        JsonNode rungs = problems.attempt(() -> array(required(root, "ladder", "$", source), "$.ladder", source))
                .orElse(MissingNode.getInstance());
        for (int i = 0; i < rungs.size(); i++) {
            String p = "$.ladder[" + i + "]";
            JsonNode r = rungs.get(i);
            problems.attempt(() -> rung(r, p, source)).ifPresent(ladder::add);
        }
        List<SlaRule> rules = new ArrayList<>();
        JsonNode rs = problems.attempt(() -> array(required(root, "rules", "$", source), "$.rules", source))
                .orElse(MissingNode.getInstance());
        for (int i = 0; i < rs.size(); i++) {
            String p = "$.rules[" + i + "]";
            JsonNode r = rs.get(i);
            int number = i + 1;
            problems.attempt(() -> {
                members(r, p, RULE, source);
                return r;
            });
            String name = problems.attempt(() -> r.has("name") ? text(r.get("name"), p + ".name", source)
                    : "rule " + number).orElse("rule " + number);
            Optional<ClassificationMatcher> when = problems.attempt(() -> matcher(r.get("when"), p + ".when", source));
            Optional<ClassificationMatcher> unless = problems.attempt(() -> matcher(r.get("unless"), p + ".unless", source));
            List<SlaTarget> targets = new ArrayList<>();
            JsonNode ts = problems.attempt(() -> array(required(r, "targets", p, source), p + ".targets", source))
                    .orElse(MissingNode.getInstance());
            for (int k = 0; k < ts.size(); k++) {
                JsonNode t = ts.get(k);
                String tp = p + ".targets[" + k + "]";
                problems.attempt(() -> target(t, tp, source, calendarNames)).ifPresent(targets::add);
            }
            if (when.isPresent() && unless.isPresent() && targets.size() == ts.size()) {
                rules.add(new SlaRule(name, when.get(), unless.get(), targets));
            }
        }
        Map<String, WorkingDayLimit> limits = new LinkedHashMap<>();
        JsonNode ls = root.path("workingDayLimits");
        if (!ls.isMissingNode() && !ls.isObject()) {
            problems.add(new ConfigurationException(ConfigErrorCode.CONFIG_BAD_VALUE, source, "$.workingDayLimits",
                    ls.toString(), "expected an object of named limits"));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = ls.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            problems.attempt(() -> limit(e.getValue(), "$.workingDayLimits." + e.getKey(), source, calendarNames))
                    .ifPresent(l -> limits.put(e.getKey(), l));
        }
        problems.throwIfAny();
        return new SlaPolicy(calendars, ladder, rules, limits);
    }

    /** One rung; a bad level, each bad notify level and a bad {@code at} are reported together. */
    private static LadderRung rung(JsonNode r, String p, String source) {
        members(r, p, RUNG, source);
        ConfigProblems problems = ConfigProblems.create();
        Optional<EscalationLevel> level = problems.attempt(() ->
                value(required(r, "level", p, source), p + ".level", source, EscalationLevel::parse));
        List<EscalationLevel> notify = new ArrayList<>();
        JsonNode n = r.has("notify") ? problems.attempt(() -> array(r.get("notify"), p + ".notify", source))
                .orElse(MissingNode.getInstance()) : MissingNode.getInstance();
        for (int k = 0; k < n.size(); k++) {
            JsonNode x = n.get(k);
            String xp = p + ".notify[" + k + "]";
            problems.attempt(() -> value(x, xp, source, EscalationLevel::parse)).ifPresent(notify::add);
        }
        Optional<String> at = problems.attempt(() -> text(required(r, "at", p, source), p + ".at", source));
        problems.throwIfAny();
        if (notify.isEmpty()) {
            notify.add(level.orElseThrow());
        }
        return value(r.get("at"), p + ".at", source, x -> LadderRung.parse(level.orElseThrow(), at.orElseThrow(), notify));
    }

    /** One limit; bad days and an unknown calendar are reported together. */
    private static WorkingDayLimit limit(JsonNode l, String p, String source, Set<String> calendars) {
        members(l, p, LIMIT, source);
        ConfigProblems problems = ConfigProblems.create();
        Optional<Integer> days = problems.attempt(() -> {
            JsonNode d = required(l, "days", p, source);
            if (!d.isInt() || d.intValue() < 1) {
                throw new ConfigurationException(ConfigErrorCode.CONFIG_BAD_VALUE, source, p + ".days", d.toString(),
                        "expected a whole number of working days, at least 1");
            }
            return d.intValue();
        });
        Optional<String> cal = problems.attempt(() -> calendar(l, p, source, calendars));
        problems.throwIfAny();
        return new WorkingDayLimit(days.orElseThrow(), cal.orElseThrow());
    }

    /** The required {@code calendar} member, one of the policy's calendars. */
    private static String calendar(JsonNode n, String p, String source, Set<String> calendars) {
        String cal = text(required(n, "calendar", p, source), p + ".calendar", source);
        if (!calendars.contains(cal)) {
            throw new ConfigurationException(ConfigErrorCode.CONFIG_UNKNOWN_REFERENCE, source, p + ".calendar",
                    "\"" + cal + "\"", "expected one of the policy's calendars " + calendars);
        }
        return cal;
    }

    /**
     * One target. Every member is checked on its own (step, within, calendar, start, stop and the
     * flags), so one exception names every bad value of the target.
     */
    private static SlaTarget target(JsonNode t, String p, String source, Set<String> calendars) {
        members(t, p, TARGET, source);
        ConfigProblems problems = ConfigProblems.create();
        Optional<SlaStep> step = problems.attempt(() -> value(required(t, "step", p, source), p + ".step", source,
                SlaStep::parse));
        Optional<String> w = problems.attempt(() -> text(required(t, "within", p, source), p + ".within", source));
        boolean agreed = w.isPresent() && w.get().equalsIgnoreCase("agreed");
        Optional<Duration> within = agreed ? Optional.of(Duration.ZERO) : w.flatMap(x -> problems.attempt(() -> {
            Duration d = ConfigReader.duration(x, source, p + ".within");
            if (d.isNegative() || d.isZero()) {
                throw new ConfigurationException(ConfigErrorCode.CONFIG_BAD_DURATION, source, p + ".within",
                        "\"" + x + "\"", "expected a positive ISO-8601 duration such as \"PT15M\", or \"agreed\"");
            }
            return d;
        }));
        Optional<String> cal = problems.attempt(() -> calendar(t, p, source, calendars));
        Optional<Milestone> start = problems.attempt(() -> value(required(t, "start", p, source), p + ".start", source,
                Milestone::parse));
        Optional<Milestone> stop = problems.attempt(() -> value(required(t, "stop", p, source), p + ".stop", source,
                Milestone::parse));
        Optional<Boolean> overrides = problems.attempt(() -> bool(t, "agreedReplyOverrides", false, p, source));
        Optional<SlaTarget.Reclassify> re = !t.has("onReclassify") ? Optional.of(SlaTarget.Reclassify.KEEP)
                : problems.attempt(() -> value(t.get("onReclassify"), p + ".onReclassify", source, s -> {
                    String v = s.strip().toUpperCase(java.util.Locale.ROOT);
                    if (!v.equals("KEEP") && !v.equals("RESTART")) {
                        throw InvalidInputException.of("onReclassify", s, "expected \"keep\" or \"restart\"");
                    }
                    return SlaTarget.Reclassify.valueOf(v);
                }));
        Optional<Boolean> pausable = problems.attempt(() -> bool(t, "pausable", true, p, source));
        problems.throwIfAny();
        return new SlaTarget(step.orElseThrow(), within.orElseThrow(), agreed, cal.orElseThrow(), start.orElseThrow(),
                stop.orElseThrow(), overrides.orElseThrow(), re.orElseThrow(), pausable.orElseThrow());
    }

    private static ClassificationMatcher matcher(JsonNode m, String p, String source) {
        if (m == null || m.isNull()) {
            return ClassificationMatcher.ANY;
        }
        members(m, p, MATCH, source);
        return new ClassificationMatcher(set(m, "category", p, source, Category::of),
                set(m, "urgency", p, source, Urgency::parse), set(m, "validity", p, source, Validity::parse),
                set(m, "scope", p, source, Scope::parse), set(m, "channel", p, source, Channel::parse));
    }

    private static <T> Set<T> set(JsonNode m, String field, String p, String source, Function<String, T> parse) {
        Set<T> out = new HashSet<>();
        JsonNode list = m.get(field);
        if (list == null) {
            return out;
        }
        if (!list.isArray()) {
            throw new ConfigurationException(ConfigErrorCode.CONFIG_BAD_VALUE, source, p + "." + field, list.toString(),
                    "expected a list");
        }
        for (int i = 0; i < list.size(); i++) {
            out.add(value(list.get(i), p + "." + field + "[" + i + "]", source, parse));
        }
        return out;
    }

    private static <T> T value(JsonNode n, String path, String source, Function<String, T> parse) {
        String t = text(n, path, source);
        try {
            return parse.apply(t);
        } catch (InvalidInputException e) {
            throw new ConfigurationException(ConfigErrorCode.CONFIG_BAD_VALUE, source, path, "\"" + t + "\"",
                    e.violations().get(0).message(), e);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(ConfigErrorCode.CONFIG_BAD_VALUE, source, path, "\"" + t + "\"",
                    String.valueOf(e.getMessage()), e);
        }
    }

    private static String text(JsonNode n, String path, String source) {
        if (n == null || !n.isTextual()) {
            throw new ConfigurationException(ConfigErrorCode.CONFIG_BAD_VALUE, source, path,
                    n == null ? "" : n.toString(), "expected a string");
        }
        return n.asText().strip();
    }

    private static boolean bool(JsonNode t, String field, boolean dflt, String p, String source) {
        JsonNode n = t.get(field);
        if (n == null) {
            return dflt;
        }
        if (!n.isBoolean()) {
            throw new ConfigurationException(ConfigErrorCode.CONFIG_BAD_VALUE, source, p + "." + field, n.toString(),
                    "expected true or false");
        }
        return n.asBoolean();
    }

    private static JsonNode array(JsonNode n, String path, String source) {
        if (!n.isArray()) {
            throw new ConfigurationException(ConfigErrorCode.CONFIG_BAD_VALUE, source, path, n.toString(), "expected a list");
        }
        return n;
    }

    private static JsonNode required(JsonNode n, String field, String p, String source) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            throw new ConfigurationException(ConfigErrorCode.CONFIG_MISSING, source, p + "." + field, "",
                    "this property is required");
        }
        return v;
    }

    private static void members(JsonNode n, String p, Set<String> allowed, String source) {
        if (!n.isObject()) {
            throw new ConfigurationException(ConfigErrorCode.CONFIG_BAD_VALUE, source, p, n.toString(), "expected an object");
        }
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!allowed.contains(f)) {
                throw new ConfigurationException(ConfigErrorCode.CONFIG_UNKNOWN_PROPERTY, source, p + "." + f,
                        "\"" + f + "\"", "expected one of " + allowed);
            }
        }
    }

    /**
     * The calendars by name.
     *
     * @return the calendars, unmodifiable
     */
    public Map<String, BusinessCalendar> calendars() {
        return calendars;
    }

    /**
     * The escalation ladder.
     *
     * @return the rungs in order
     */
    public List<LadderRung> ladder() {
        return ladder;
    }

    /**
     * The rules.
     *
     * @return the rules in order
     */
    public List<SlaRule> rules() {
        return rules;
    }

    /**
     * The targets that apply to a complaint: per step, the last matching rule's target.
     *
     * @param facts the complaint
     * @return the targets by step, in step order
     */
    public Map<SlaStep, SlaTarget> targetsFor(ComplaintFacts facts) {
        Objects.requireNonNull(facts, "facts must not be null");
        Map<SlaStep, SlaTarget> out = new EnumMap<>(SlaStep.class);
        for (SlaRule r : rules) {
            if (r.appliesTo(facts)) {
                r.targets().forEach(t -> out.put(t.step(), t));
            }
        }
        return out;
    }

    /**
     * The limits counted in working days, by name (the default policy has
     * {@code survey_statistics} and {@code improvement_measures_published}, 30 working days each).
     *
     * @return the limits, unmodifiable
     */
    public Map<String, WorkingDayLimit> workingDayLimits() {
        return limits;
    }

    /**
     * The date a working-day limit falls on: the Nth working day after {@code from} on the limit's calendar.
     *
     * @param limit the limit's name, e.g. {@code "survey_statistics"}
     * @param from the date the limit counts from (not counted)
     * @return the due date
     * @throws IllegalArgumentException when the policy has no such limit
     */
    public java.time.LocalDate dueAfter(String limit, java.time.LocalDate from) {
        Objects.requireNonNull(limit, "limit must not be null");
        Objects.requireNonNull(from, "from must not be null");
        WorkingDayLimit l = limits.get(limit);
        if (l == null) {
            throw new IllegalArgumentException("no working-day limit '" + limit + "'; the policy has " + limits.keySet());
        }
        return calendars.get(l.calendar()).addWorkingDays(from, l.days());
    }

    BusinessCalendar calendar(String name) {
        return calendars.get(name);
    }

    @Override
    public String toString() {
        return "SlaPolicy" + calendars.keySet() + ", " + ladder.size() + " rungs, " + rules.size() + " rules";
    }
}
