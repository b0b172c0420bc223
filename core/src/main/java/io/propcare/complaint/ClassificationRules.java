package io.propcare.complaint;

import io.propcare.config.ConfigErrorCode;
import io.propcare.config.ConfigProblems;
import io.propcare.config.ConfigReader;
import io.propcare.config.ConfigurationException;
import io.propcare.model.complaint.Category;
import io.propcare.model.complaint.Channel;
import io.propcare.model.complaint.Urgency;
import io.propcare.model.complaint.Validity;
import io.propcare.spi.Beta;
import io.propcare.spi.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The classification rules: keyword, phrase and regular-expression rules in Chinese and English
 * with negation, hypothetical and "already resolved" cues and field conditions (channel, time of
 * day, month, flat or public area), read from JSON. {@link #defaults()} are the shipped rules
 * ({@code io/propcare/complaint/default-rules.json}); the format is documented in
 * {@code docs/classification.md}.
 *
 * <p>Precedence: a rule with {@code "force": true} decides the category (highest {@code priority},
 * then file order); otherwise each firing rule adds its {@code weight} to its category's score.
 * Urgency floors only raise urgency; the validity of the highest-priority firing rule with a
 * validity wins.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1
 */
@Beta
public final class ClassificationRules {
    private static volatile ClassificationRules defaults;

    private final String source;
    private final List<CompiledRule> rules;
    private final Cues cues;
    private final double modelWeight;
    private final double reviewThreshold;
    private final double modelValidityThreshold;
    private final Urgency modelUrgencyCap;
    private final double modelEmergencyThreshold;
    /** Category to the normalised words one of which the model step needs in the text there. */
    private final Map<Category, List<String>> modelEmergencyNeeds;
    private final CollectiveEmergency collectiveEmergency;
    private final IncidentalEmergency incidentalEmergency;
    /** Ids of the emergency rules that, matched without one of their groups, hold back the model's emergency step. */
    private final Set<String> modelEmergencyHeldBy;

    /**
     * The default {@code combination.modelEmergencyThreshold}, chosen on held-out written batches
     * (docs/classification.md, "Session 11").
     */
    static final double DEFAULT_MODEL_EMERGENCY_THRESHOLD = 0.4;

    /**
     * The collective-context urgency step of the policy (step 6 in {@link ComplaintEngine}).
     *
     * @param ruleIds the rules whose firing counts as reporting the building-wide matter; empty = step off
     * @param minUnits how many distinct flats of the case must have fired one of them, at least 2
     * @param matter the matter in words, for the explanation (e.g. "a power outage")
     * @param unless normalised words that keep a member's urgency: the matter is only partial ("低层有电")
     * @param partialRuleIds the rules whose firing on any member of the case says the matter is only partial:
     *        no member is raised
     * @param confirmingRuleIds the rules one of which some member of the case must have fired before any member
     *        is raised (someone said the whole building is dark, not only their flat); empty = no such condition
     */
    record CollectiveEmergency(List<String> ruleIds, int minUnits, String matter, List<String> unless,
                               List<String> partialRuleIds, List<String> confirmingRuleIds) {
        CollectiveEmergency {
            ruleIds = List.copyOf(Objects.requireNonNull(ruleIds, "ruleIds must not be null"));
            unless = List.copyOf(Objects.requireNonNull(unless, "unless must not be null"));
            partialRuleIds = List.copyOf(Objects.requireNonNull(partialRuleIds, "partialRuleIds must not be null"));
            confirmingRuleIds = List.copyOf(Objects.requireNonNull(confirmingRuleIds,
                    "confirmingRuleIds must not be null"));
        }

        /** The first {@link #unless} word in a normalised text, or null. */
        String partial(String norm) {
            for (String w : unless) {
                if (Terms.find(norm, w, 0) >= 0) {
                    return w;
                }
            }
            return null;
        }

        boolean enabled() {
            return !ruleIds.isEmpty();
        }
    }
    /**
     * The incidental-emergency step of the policy ({@code combination.incidentalEmergency}).
     *
     * @param categories the categories whose complaints are not emergencies in themselves; empty = step off
     * @param minConfidence the confidence in such a category from which the step applies
     * @param ruleIds the emergency rules (water, power) whose emergency may be told in passing; an
     *        emergency any other rule names (fire, gas, a person in danger) stays one
     */
    record IncidentalEmergency(Set<Category> categories, double minConfidence, Set<String> ruleIds) {
        IncidentalEmergency {
            categories = Set.copyOf(Objects.requireNonNull(categories, "categories must not be null"));
            ruleIds = Set.copyOf(Objects.requireNonNull(ruleIds, "ruleIds must not be null"));
        }

        static IncidentalEmergency none() {
            return new IncidentalEmergency(Set.of(), 1.0, Set.of());
        }

        /**
         * Whether an emergency the rules named is only incidental: the complaint is about one of the
         * categories (not forced by a rule), chosen with at least the confidence. The engine checks the
         * other half, that every firing rule that named the emergency is one of {@link #ruleIds}.
         */
        boolean applies(Category category, double confidence, boolean forcedCategory) {
            return !forcedCategory && categories.contains(category) && confidence >= minConfidence;
        }
    }

    private final RuleIndex index;

    private ClassificationRules(String source, List<CompiledRule> rules, Cues cues, double modelWeight,
                                double reviewThreshold, double modelValidityThreshold, Urgency modelUrgencyCap,
                                double modelEmergencyThreshold, Map<Category, List<String>> modelEmergencyNeeds,
                                CollectiveEmergency collectiveEmergency, IncidentalEmergency incidentalEmergency,
                                Set<String> modelEmergencyHeldBy) {
        this.source = source;
        this.rules = List.copyOf(rules);
        this.cues = cues;
        this.modelWeight = modelWeight;
        this.reviewThreshold = reviewThreshold;
        this.modelValidityThreshold = modelValidityThreshold;
        this.modelUrgencyCap = modelUrgencyCap;
        this.modelEmergencyThreshold = modelEmergencyThreshold;
        this.modelEmergencyNeeds = Map.copyOf(modelEmergencyNeeds);
        this.collectiveEmergency = collectiveEmergency;
        this.incidentalEmergency = incidentalEmergency;
        this.modelEmergencyHeldBy = Set.copyOf(modelEmergencyHeldBy);
        this.index = RuleIndex.of(this.rules, cues);
    }

    /**
     * The shipped rules.
     *
     * @return the rules
     */
    public static ClassificationRules defaults() {
        ClassificationRules r = defaults;
        if (r == null) {
            String name = "classpath:io/propcare/complaint/default-rules.json";
            try (InputStream in = ClassificationRules.class.getResourceAsStream("default-rules.json")) {
                if (in == null) {
                    throw new IllegalStateException(name + " is missing from the jar");
                }
                r = read(in, name);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            defaults = r;
        }
        return r;
    }

    /**
     * Loads a rules file.
     *
     * @param file the JSON file
     * @return the rules
     * @throws ConfigurationException naming the file, JSON path and value of every problem found (JSON syntax errors and unknown properties stop the read where they are)
     */
    public static ClassificationRules load(Path file) {
        Objects.requireNonNull(file, "file must not be null");
        return compile(ConfigReader.read(file, RuleFile.class), file.toString());
    }

    /**
     * Reads rules from a stream.
     *
     * @param in the stream, not closed
     * @param source the name used in messages
     * @return the rules
     * @throws ConfigurationException naming the source, JSON path and value of every problem found (JSON syntax errors and unknown properties stop the read where they are)
     */
    public static ClassificationRules read(InputStream in, String source) {
        return compile(ConfigReader.read(in, source, RuleFile.class), source);
    }

    private static ClassificationRules compile(RuleFile f, String source) {
        if (f.version() == null || f.version() != 1) {
            throw bad(source, "$.version", String.valueOf(f.version()), "expected 1");
        }
        if (f.rules() == null) {
            throw new ConfigurationException(ConfigErrorCode.CONFIG_MISSING, source, "$.rules", "",
                    "expected a list of rules");
        }
        ConfigProblems problems = ConfigProblems.create();
        List<CompiledRule> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Map<String, RuleFile.RuleSpec> byId = new HashMap<>();
        for (RuleFile.RuleSpec r : f.rules()) {
            if (r != null && r.id() != null) {
                byId.putIfAbsent(r.id(), r);
            }
        }
        for (int i = 0; i < f.rules().size(); i++) {
            RuleFile.RuleSpec r = f.rules().get(i);
            String path = "$.rules[" + i + "]";
            if (r == null || r.id() == null || r.id().isBlank()) {
                problems.add(new ConfigurationException(ConfigErrorCode.CONFIG_MISSING, source, path + ".id", "",
                        "every rule needs an id"));
                continue;
            }
            if (!ids.add(r.id())) {
                problems.add(bad(source, path + ".id", r.id(), "expected a unique rule id"));
                continue;
            }
            int order = i;
            problems.attempt(() -> compileRule(r, sharedUnless(r, byId, path, source), order, path, source))
                    .ifPresent(out::add);
        }
        out.sort(Comparator.comparingInt(CompiledRule::priority).reversed().thenComparingInt(CompiledRule::order));
        Optional<Cues> cues = problems.attempt(() -> new Cues(cueList(f.negation(), source, "$.negation"),
                window(f.negation(), false, 4), window(f.negation(), true, 14),
                cueList(f.hypothetical(), source, "$.hypothetical"), window(f.hypothetical(), false, 12),
                window(f.hypothetical(), true, 30), cueList(f.resolved(), source, "$.resolved"),
                f.resolved() == null || f.resolved().negatedBy() == null ? List.of() : terms(f.resolved().negatedBy()),
                window(f.resolved(), false, 6), window(f.resolved(), true, 20),
                cueList(f.past(), source, "$.past"), window(f.past(), false, 12), window(f.past(), true, 30),
                negationExceptions(f.negation(), source),
                f.resolved() == null || f.resolved().undoneBy() == null ? List.of() : terms(f.resolved().undoneBy()),
                f.past() == null ? List.of() : terms(f.past().opening()),
                f.past() == null ? List.of() : terms(f.past().undoneBy()),
                f.past() == null ? List.of() : terms(f.past().today()),
                f.past() == null ? List.of() : terms(f.past().aftermath()),
                f.past() != null && Boolean.TRUE.equals(f.past().dates())));
        RuleFile.Combination c = f.combination() == null ? new RuleFile.Combination(null, null, null, null, null, null, null, null)
                : f.combination();
        double mw = c.modelWeight() == null ? 1.0 : c.modelWeight();
        double rt = c.reviewThreshold() == null ? 0.5 : c.reviewThreshold();
        double vt = c.modelValidityThreshold() == null ? 0.8 : c.modelValidityThreshold();
        double et = c.modelEmergencyThreshold() == null ? DEFAULT_MODEL_EMERGENCY_THRESHOLD : c.modelEmergencyThreshold();
        if (mw < 0 || mw > 10) {
            problems.add(bad(source, "$.combination.modelWeight", String.valueOf(mw), "expected a number from 0 to 10"));
        }
        if (rt < 0 || rt > 1) {
            problems.add(bad(source, "$.combination.reviewThreshold", String.valueOf(rt),
                    "expected a number from 0 to 1"));
        }
        if (vt < 0 || vt > 1) {
            problems.add(bad(source, "$.combination.modelValidityThreshold", String.valueOf(vt),
                    "expected a number from 0 to 1"));
        }
        if (!(et > 0 && et <= 1)) {
            problems.add(bad(source, "$.combination.modelEmergencyThreshold", String.valueOf(et),
                    "expected a number above 0 and at most 1 (1 = only emergency rules make an emergency)"));
        }
        Optional<Urgency> cap = c.modelUrgencyCap() == null ? Optional.of(Urgency.URGENT)
                : problems.attempt(() -> parse(() -> Urgency.parse(c.modelUrgencyCap()), source,
                        "$.combination.modelUrgencyCap", c.modelUrgencyCap()));
        Map<Category, List<String>> needs = new java.util.LinkedHashMap<>();
        if (c.modelEmergencyNeeds() != null) {
            c.modelEmergencyNeeds().forEach((category, words) -> {
                String path = "$.combination.modelEmergencyNeeds." + category;
                Optional<Category> cat = problems.attempt(() -> parse(() -> Category.of(category), source, path,
                        category));
                if (words == null || words.isEmpty()) {
                    problems.add(bad(source, path, String.valueOf(words), "expected a non-empty list of words"));
                    return;
                }
                List<String> normalised = new ArrayList<>();
                for (int i = 0; i < words.size(); i++) {
                    String w = words.get(i);
                    String n = w == null ? "" : TextNormalizer.normalize(w).strip();
                    if (n.isEmpty()) {
                        problems.add(bad(source, path + "[" + i + "]", w == null ? "null" : "\"" + w + "\"",
                                "expected a word or phrase"));
                    } else {
                        normalised.add(n);
                    }
                }
                cat.ifPresent(k -> needs.put(k, List.copyOf(normalised)));
            });
        }
        // every notResolvedBy entry must be one of the resolved cues, or it would never apply
        Set<String> resolvedCues = f.resolved() == null ? Set.of() : new HashSet<>(terms(f.resolved().cues()));
        for (int i = 0; i < f.rules().size(); i++) {
            RuleFile.RuleSpec r = f.rules().get(i);
            if (r == null || r.notResolvedBy() == null) {
                continue;
            }
            for (int j = 0; j < r.notResolvedBy().size(); j++) {
                String raw = r.notResolvedBy().get(j);
                String n = raw == null ? "" : TextNormalizer.normalize(raw);
                if (!resolvedCues.contains(n)) {
                    problems.add(new ConfigurationException(ConfigErrorCode.CONFIG_UNKNOWN_REFERENCE, source,
                            "$.rules[" + i + "].notResolvedBy[" + j + "]", raw == null ? "null" : "\"" + raw + "\"",
                            "expected one of the resolved cues ($.resolved.cues)"));
                }
            }
        }
        Optional<CollectiveEmergency> collective = problems.attempt(() -> collective(f.collective(), ids, source));
        Optional<IncidentalEmergency> incidental = problems.attempt(() -> incidental(c.incidentalEmergency(), ids,
                source));
        Set<String> heldBy = new HashSet<>();
        if (c.modelEmergencyHeldBy() != null) {
            String path = "$.combination.modelEmergencyHeldBy";
            checkRuleIds(c.modelEmergencyHeldBy(), path, ids, source, problems);
            for (int i = 0; i < c.modelEmergencyHeldBy().size(); i++) {
                String id = c.modelEmergencyHeldBy().get(i);
                String at = path + "[" + i + "]";
                out.stream().filter(r -> r.id().equals(id)).findFirst().ifPresent(r -> {
                    if (r.urgency().orElse(null) != Urgency.EMERGENCY || r.category().isEmpty() || r.all().isEmpty()
                            || (r.any().isEmpty() && r.regex().isEmpty())) {
                        problems.add(bad(source, at, "\"" + id + "\"",
                                "expected an emergency rule with a category, any terms or patterns, and all groups"));
                    }
                });
                heldBy.add(id);
            }
        }
        problems.throwIfAny();
        return new ClassificationRules(source, out, cues.orElseThrow(), mw, rt, vt, cap.orElseThrow(), et, needs,
                collective.orElseThrow(), incidental.orElseThrow(), heldBy);
    }

    private static IncidentalEmergency incidental(RuleFile.Incidental c, Set<String> ids, String source) {
        if (c == null) {
            return IncidentalEmergency.none();
        }
        // every bad category, rule id and a bad confidence are reported together
        String path = "$.combination.incidentalEmergency";
        ConfigProblems problems = ConfigProblems.create();
        Set<Category> categories = new java.util.LinkedHashSet<>();
        if (c.categories() == null || c.categories().isEmpty()) {
            problems.add(bad(source, path + ".categories", String.valueOf(c.categories()),
                    "expected a non-empty list of category ids"));
        } else {
            for (int i = 0; i < c.categories().size(); i++) {
                String id = c.categories().get(i);
                String at = path + ".categories[" + i + "]";
                problems.attempt(() -> parse(() -> Category.of(id), source, at, id)).ifPresent(categories::add);
            }
        }
        double min = c.minConfidence() == null ? 0.7 : c.minConfidence();
        if (!(min > 0 && min <= 1)) {
            problems.add(bad(source, path + ".minConfidence", String.valueOf(min), "expected a number above 0 and at most 1"));
        }
        if (c.rules() == null || c.rules().isEmpty()) {
            problems.add(bad(source, path + ".rules", String.valueOf(c.rules()), "expected a non-empty list of rule ids"));
        } else {
            checkRuleIds(c.rules(), path + ".rules", ids, source, problems);
        }
        problems.throwIfAny();
        return new IncidentalEmergency(categories, min, new HashSet<>(c.rules()));
    }

    private static CollectiveEmergency collective(RuleFile.Collective c, Set<String> ids, String source) {
        if (c == null || c.emergencyRules() == null || c.emergencyRules().isEmpty()) {
            return new CollectiveEmergency(List.of(), 3, "", List.of(), List.of(), List.of());
        }
        // every unknown rule id and a bad minUnits are reported together
        ConfigProblems problems = ConfigProblems.create();
        checkRuleIds(c.emergencyRules(), "$.collective.emergencyRules", ids, source, problems);
        List<String> partialRules = c.partialRules() == null ? List.of() : c.partialRules();
        checkRuleIds(partialRules, "$.collective.partialRules", ids, source, problems);
        List<String> confirmingRules = c.confirmingRules() == null ? List.of() : c.confirmingRules();
        checkRuleIds(confirmingRules, "$.collective.confirmingRules", ids, source, problems);
        int min = c.minUnits() == null ? 3 : c.minUnits();
        if (min < 2) {
            problems.add(bad(source, "$.collective.minUnits", String.valueOf(min), "expected at least 2 flats"));
        }
        problems.throwIfAny();
        String matter = c.matter() == null || c.matter().isBlank() ? "the same building-wide emergency" : c.matter();
        List<String> unless = c.unless() == null ? List.of() : terms(c.unless());
        return new CollectiveEmergency(c.emergencyRules(), min, matter, unless, partialRules, confirmingRules);
    }

    /** Adds a {@code CONFIG_UNKNOWN_REFERENCE} problem at {@code path[i]} for every entry that is not a rule id of the file. */
    private static void checkRuleIds(List<String> list, String path, Set<String> ids, String source,
                                     ConfigProblems problems) {
        for (int i = 0; i < list.size(); i++) {
            String id = list.get(i);
            if (id == null || !ids.contains(id)) {
                problems.add(new ConfigurationException(ConfigErrorCode.CONFIG_UNKNOWN_REFERENCE, source,
                        path + "[" + i + "]", "\"" + id + "\"", "expected the id of a rule in this file"));
            }
        }
    }

    /**
     * The {@code unless} terms a rule takes from the rule its {@code unlessOf} names: none without one; an
     * unknown id, the rule itself or a rule that takes its own list from a third is an error at
     * {@code path.unlessOf}.
     */
    private static List<String> sharedUnless(RuleFile.RuleSpec r, Map<String, RuleFile.RuleSpec> byId, String path,
                                             String source) {
        if (r.unlessOf() == null) {
            return List.of();
        }
        RuleFile.RuleSpec other = byId.get(r.unlessOf());
        String at = path + ".unlessOf";
        if (other == null || other == r || r.id().equals(r.unlessOf())) {
            throw new ConfigurationException(ConfigErrorCode.CONFIG_UNKNOWN_REFERENCE, source, at,
                    "\"" + r.unlessOf() + "\"", "expected the id of another rule");
        }
        if (other.unlessOf() != null) {
            throw bad(source, at, r.unlessOf(), "expected a rule with no unlessOf of its own (\"" + other.id()
                    + "\" takes its list from \"" + other.unlessOf() + "\")");
        }
        return other.unless() == null ? List.of() : other.unless();
    }

    /**
     * Compiles one rule. Its values are checked independently (every regex, channel and month,
     * the hours, location, category, weight, urgency and validity), so one exception names every
     * bad value of the rule; a check that needs an earlier value is skipped when that value was bad.
     * {@code sharedUnless} are the terms of the rule its {@code unlessOf} names, added to its own.
     */
    private static CompiledRule compileRule(RuleFile.RuleSpec r, List<String> sharedUnless, int order, String path,
                                            String source) {
        ConfigProblems rule = ConfigProblems.create();
        List<String> any = terms(r.any());
        List<Pattern> regex = new ArrayList<>();
        List<List<String>> anchors = new ArrayList<>();
        if (r.regex() != null) {
            for (int j = 0; j < r.regex().size(); j++) {
                String x = r.regex().get(j);
                String at = path + ".regex[" + j + "]";
                String normalised = TextNormalizer.normalizeRegex(x);
                rule.attempt(() -> {
                    try {
                        return Terms.compileRegex(normalised);
                    } catch (PatternSyntaxException e) {
                        throw bad(source, at, x, "expected a Java regular expression: " + e.getDescription());
                    }
                }).ifPresent(p -> {
                    regex.add(p);
                    // the anchors are read from the pattern as written (its \b, not the rewritten boundary)
                    anchors.add(CompiledRule.anchors(normalised));
                });
            }
        }
        List<List<String>> all = new ArrayList<>();
        if (r.all() != null) {
            for (int j = 0; j < r.all().size(); j++) {
                String group = r.all().get(j);
                List<String> g = group == null ? List.of() : terms(List.of(group.split("\\|")));
                if (g.isEmpty()) {
                    rule.add(bad(source, path + ".all[" + j + "]", String.valueOf(group),
                            "expected a group of terms, one of which must occur, e.g. \"燃气|gas\""));
                } else {
                    all.add(g);
                }
            }
        }
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        if (r.channels() != null) {
            for (int j = 0; j < r.channels().size(); j++) {
                String ch = r.channels().get(j);
                String at = path + ".channels[" + j + "]";
                rule.attempt(() -> parse(() -> Channel.parse(ch), source, at, ch)).ifPresent(channels::add);
            }
        }
        Optional<LocalTime[]> hours = r.hours() == null ? Optional.of(new LocalTime[2])
                : rule.attempt(() -> hours(r.hours(), source, path + ".hours"));
        Set<Integer> months = new TreeSet<>();
        if (r.months() != null) {
            for (int j = 0; j < r.months().size(); j++) {
                Integer m = r.months().get(j);
                if (m == null || m < 1 || m > 12) {
                    rule.add(bad(source, path + ".months[" + j + "]", String.valueOf(m), "expected a month from 1 to 12"));
                } else {
                    months.add(m);
                }
            }
        }
        Optional<CompiledRule.Location> loc = r.location() == null ? Optional.of(CompiledRule.Location.ANY)
                : rule.attempt(() -> {
                    try {
                        return CompiledRule.Location.valueOf(r.location().strip().toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        throw bad(source, path + ".location", r.location(),
                                "expected one of any, unit, public, building, estate");
                    }
                });
        // empty also when bad (reported): the checks below ask whether the rule names one
        Optional<Category> category = r.category() == null ? Optional.empty()
                : rule.attempt(() -> parse(() -> Category.of(r.category()), source, path + ".category", r.category()));
        boolean hasCategory = r.category() != null;
        double weight = r.weight() == null ? (hasCategory ? 1.0 : 0.0) : r.weight();
        if (weight < -20 || weight > 20) {
            rule.add(bad(source, path + ".weight", String.valueOf(weight), "expected a number from -20 to 20"));
        }
        boolean force = Boolean.TRUE.equals(r.force());
        if (force && !hasCategory) {
            rule.add(new ConfigurationException(ConfigErrorCode.CONFIG_MISSING, source, path + ".category", "",
                    "a rule with \"force\": true needs a category"));
        }
        Optional<Urgency> urgency = r.urgency() == null ? Optional.empty()
                : rule.attempt(() -> parse(() -> Urgency.parse(r.urgency()), source, path + ".urgency", r.urgency()));
        Optional<Validity> validity = r.validity() == null ? Optional.empty()
                : rule.attempt(() -> parse(() -> Validity.parse(r.validity()), source, path + ".validity", r.validity()));
        if (!hasCategory && r.urgency() == null && r.validity() == null) {
            rule.add(new ConfigurationException(ConfigErrorCode.CONFIG_MISSING, source, path, "",
                    "a rule needs at least one effect: category, urgency or validity"));
        }
        List<CompiledRule.Lowering> lowerings = new ArrayList<>();
        if (r.lowerWhere() != null) {
            if (r.urgency() == null && !r.lowerWhere().isEmpty()) {
                rule.add(new ConfigurationException(ConfigErrorCode.CONFIG_MISSING, source, path + ".urgency", "",
                        "a rule with \"lowerWhere\" needs an urgency to lower"));
            }
            for (int j = 0; j < r.lowerWhere().size(); j++) {
                String at = path + ".lowerWhere[" + j + "]";
                RuleFile.Lowering l = r.lowerWhere().get(j);
                if (l == null) {
                    rule.add(bad(source, at, "null",
                            "expected {\"terms\": [...], \"unless\": [...], \"reason\": \"...\"}"));
                    continue;
                }
                List<String> where = terms(l.terms());
                boolean ok = true;
                if (where.isEmpty()) {
                    ok = false;
                    rule.add(new ConfigurationException(ConfigErrorCode.CONFIG_MISSING, source, at + ".terms", "",
                            "expected at least one term that places the matter where it is less urgent"));
                }
                if (l.reason() == null || l.reason().isBlank()) {
                    ok = false;
                    rule.add(new ConfigurationException(ConfigErrorCode.CONFIG_MISSING, source, at + ".reason", "",
                            "expected the reason the explanation gives, e.g. \"water in the car park, not said to be "
                                    + "rising\""));
                }
                if (ok) {
                    lowerings.add(new CompiledRule.Lowering(where, terms(l.with()), terms(l.unless()),
                            l.reason().strip()));
                }
            }
        }
        rule.throwIfAny();
        List<String> unless = new ArrayList<>(terms(r.unless()));
        unless.addAll(terms(sharedUnless));
        LocalTime from = hours.orElseThrow()[0];
        LocalTime to = hours.orElseThrow()[1];
        return new CompiledRule(r.id(), r.description() == null ? "" : r.description(),
                r.priority() == null ? 0 : r.priority(), order, any, List.copyOf(regex), List.copyOf(all),
                List.copyOf(unless), Set.copyOf(channels), from, to, Set.copyOf(months), loc.orElseThrow(), category,
                weight, force,
                urgency, validity, !Boolean.FALSE.equals(r.negatable()), Set.copyOf(terms(r.notResolvedBy())),
                List.copyOf(lowerings), any.stream().map(Terms::signature).toList(),
                List.copyOf(anchors));
    }

    /** A rule's {@code "HH:MM-HH:MM"} hours as its start and end. */
    private static LocalTime[] hours(String hours, String source, String path) {
        String[] parts = hours.split("-");
        try {
            if (parts.length != 2) {
                throw new DateTimeParseException("not a range", hours, 0);
            }
            return new LocalTime[] {LocalTime.parse(parts[0].strip()), LocalTime.parse(parts[1].strip())};
        } catch (DateTimeParseException e) {
            throw new ConfigurationException(ConfigErrorCode.CONFIG_BAD_TIME, source, path, "\"" + hours + "\"",
                    "expected a local time range such as \"21:00-08:30\"");
        }
    }

    private static List<String> terms(List<String> raw) {
        if (raw == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String t : raw) {
            if (t != null) {
                String n = TextNormalizer.normalize(t);
                if (!n.isEmpty()) {
                    out.add(n);
                }
            }
        }
        return List.copyOf(out);
    }

    private static List<String> cueList(RuleFile.CueList c, String source, String path) {
        if (c != null && c.except() != null && !path.equals("$.negation")) {
            throw bad(source, path + ".except", c.except().toString(), "only the negation cues take exceptions");
        }
        if (c != null && c.undoneBy() != null && !path.equals("$.resolved") && !path.equals("$.past")) {
            throw bad(source, path + ".undoneBy", c.undoneBy().toString(),
                    "only the resolved and past cues can be undone");
        }
        if (c != null && c.opening() != null && !path.equals("$.past")) {
            throw bad(source, path + ".opening", c.opening().toString(), "only the past cues have opening words");
        }
        if (c != null && c.today() != null && !path.equals("$.past")) {
            throw bad(source, path + ".today", c.today().toString(), "only the past cues have words of today");
        }
        if (c != null && c.aftermath() != null && !path.equals("$.past")) {
            throw bad(source, path + ".aftermath", c.aftermath().toString(),
                    "only the past cues have words of the aftermath");
        }
        if (c != null && c.dates() != null && !path.equals("$.past")) {
            throw bad(source, path + ".dates", c.dates().toString(), "only the past cues can be told by dates");
        }
        if (c == null || c.cues() == null) {
            return List.of();
        }
        return terms(c.cues());
    }

    /** The negation exceptions; each must contain a negation cue, or it could never apply. */
    private static List<String> negationExceptions(RuleFile.CueList c, String source) {
        if (c == null || c.except() == null) {
            return List.of();
        }
        List<String> cues = c.cues() == null ? List.of() : terms(c.cues());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < c.except().size(); i++) {
            String raw = c.except().get(i);
            String ex = raw == null ? "" : TextNormalizer.normalize(raw);
            if (cues.stream().noneMatch(ex::contains)) {
                throw bad(source, "$.negation.except[" + i + "]", String.valueOf(raw),
                        "expected a word that contains a negation cue");
            }
            out.add(ex);
        }
        return List.copyOf(out);
    }

    private static int window(RuleFile.CueList c, boolean english, int dflt) {
        if (c == null) {
            return dflt;
        }
        Integer w = english ? c.englishWindow() : c.window();
        return w == null ? dflt : w;
    }

    private static <T> T parse(java.util.function.Supplier<T> f, String source, String path, String value) {
        try {
            return f.get();
        } catch (InvalidInputException | IllegalArgumentException e) {
            throw bad(source, path, value, e instanceof InvalidInputException iie
                    ? iie.violations().get(0).message() : e.getMessage());
        }
    }

    private static ConfigurationException bad(String source, String path, String value, String message) {
        return new ConfigurationException(ConfigErrorCode.CONFIG_BAD_VALUE, source, path, "\"" + value + "\"", message);
    }

    /**
     * Checks that every category named by a rule is in the taxonomy.
     *
     * @param taxonomy the taxonomy
     * @throws ConfigurationException with {@code CONFIG_UNKNOWN_REFERENCE} naming every such rule
     */
    void checkAgainst(Taxonomy taxonomy) {
        ConfigProblems problems = ConfigProblems.create();
        rules.stream().sorted(Comparator.comparingInt(CompiledRule::order)).forEach(r -> {
            if (r.category().isPresent() && !taxonomy.contains(r.category().get().id())) {
                problems.add(taxonomy.unknownCategory(source, "$.rules[" + r.order() + "].category",
                        r.category().get().id()));
            }
        });
        problems.throwIfAny();
    }

    List<CompiledRule> rules() {
        return rules;
    }

    Cues cues() {
        return cues;
    }

    /**
     * Searches a normalised text once for every term of every rule and cue.
     *
     * @param norm the normalised text
     * @return the hits, which decide each rule ({@link RuleIndex.Hits#match}) and the resolved cue
     */
    RuleIndex.Hits scan(String norm) {
        return index.scan(norm);
    }

    double modelWeight() {
        return modelWeight;
    }

    /**
     * The confidence below which a classification needs human review.
     *
     * @return the threshold, 0 to 1
     */
    public double reviewThreshold() {
        return reviewThreshold;
    }

    double modelValidityThreshold() {
        return modelValidityThreshold;
    }

    Urgency modelUrgencyCap() {
        return modelUrgencyCap;
    }

    /**
     * The learned urgency combination's emergency probability from which a complaint that no
     * emergency rule named becomes an emergency; 1 turns this off.
     */
    double modelEmergencyThreshold() {
        return modelEmergencyThreshold;
    }

    /**
     * Whether the model may raise an emergency in this category for this text: the category has no
     * {@code combination.modelEmergencyNeeds} entry, or the text contains one of its words (English
     * ones as whole words) outside a negation ("出门看了没见冒烟" names no smoke).
     *
     * @param category the chosen category
     * @param norm the normalised text
     * @return true when the step may apply
     */
    boolean modelEmergencyNeedMet(Category category, String norm) {
        List<String> words = modelEmergencyNeeds.get(category);
        if (words == null) {
            return true;
        }
        for (String w : words) {
            for (int at = Terms.find(norm, w, 0); at >= 0; at = Terms.find(norm, w, at + 1)) {
                if (Terms.isTermAt(norm, at, w.length()) && !cues.negatedAt(norm, at)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a rule is one of {@code combination.modelEmergencyHeldBy}: matched without one of its
     * {@code all} groups, it holds back the model's emergency step for its category.
     *
     * @param rule a rule of this set
     * @return true when it is listed
     */
    boolean holdsBackModelEmergency(CompiledRule rule) {
        return modelEmergencyHeldBy.contains(rule.id());
    }

    CollectiveEmergency collectiveEmergency() {
        return collectiveEmergency;
    }

    IncidentalEmergency incidentalEmergency() {
        return incidentalEmergency;
    }

    /**
     * The ids of the rules, highest precedence first.
     *
     * @return the ids
     */
    public List<String> ruleIds() {
        return rules.stream().map(CompiledRule::id).toList();
    }
}
