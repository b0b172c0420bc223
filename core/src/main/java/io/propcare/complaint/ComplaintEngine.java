package io.propcare.complaint;

import io.propcare.model.complaint.Category;
import io.propcare.model.complaint.Classification;
import io.propcare.model.complaint.ClassifierPrediction;
import io.propcare.model.complaint.ClassifierScore;
import io.propcare.model.complaint.ComplaintText;
import io.propcare.model.complaint.Scope;
import io.propcare.model.complaint.Urgency;
import io.propcare.model.complaint.Validity;
import io.propcare.spi.Beta;
import io.propcare.spi.ComplaintClassifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Classifies complaints by combining the configured rules with a statistical classifier.
 *
 * <p>The policy, in order:
 * <ol>
 * <li>The text is normalised (full-width to half-width, traditional to simplified Chinese, lower
 * case, spaces) and every rule is matched; a term right after a negation ("没有", "not") or a
 * hypothetical cue ("要是", "what if") in the same clause does not count.</li>
 * <li>Category: a firing rule with {@code force} decides (highest priority first). Otherwise each
 * category scores {@code modelWeight * ln p_model + sum of weights of its firing rules} (learned
 * weights and a calibration temperature with a model trained with the rules); a softmax over the
 * scores gives the confidence and the alternatives.</li>
 * <li>Urgency: the model's urgency (with a model from {@link TextModel#train(java.util.List, ClassificationRules)},
 * the learned combination of the model's urgency, the rules that fired and the chosen category),
 * capped at {@code modelUrgencyCap} (urgent by default), raised
 * to the most urgent floor of the firing rules. When the text says the problem has stopped
 * ("已经好了", "I'm out now") the rule floors drop one level. An emergency named by a rule has the
 * rule's id in the explanation. A complaint no emergency rule named becomes an emergency when the
 * text model's most likely urgency is emergency, the chosen category is one of the emergency
 * rules' categories, the learned urgency combination gives emergency a probability of at least
 * {@code modelEmergencyThreshold} (0.4 by default; 1 turns this off), the text has no resolved,
 * past or hypothetical cue, no emergency rule of the chosen category is held back by one of
 * its {@code unless} terms or by one of its terms standing after a negation or hypothetical cue (a
 * look-alike the rules name), and, for a category listed in {@code combination.modelEmergencyNeeds},
 * the text has one of its words (by default a lift needs a person inside, a pit behind its doors or
 * a power cut: a lift standing open that nobody is said to be in is out of service, not an
 * emergency); the explanation then gives that probability and asks for confirmation on site.
 * An emergency a rule names in a complaint chosen, with at least
 * {@code combination.incidentalEmergency.minConfidence}, as one of the categories listed in
 * {@code combination.incidentalEmergency.categories} (by default those whose complaints are never
 * emergencies in themselves: staff conduct, an inquiry, fees, noise, cleaning, parcels, ...) is told
 * in passing ("暴雨当晚车库进水，值班电话没人接，要求追究责任") and drops to urgent, when every rule that named
 * an emergency is one of {@code combination.incidentalEmergency.rules} (by default water and power) and
 * the category was not forced: fire, gas and a person in danger stay emergencies in any complaint.</li>
 * <li>Validity: the highest-priority firing rule with a validity; else the model's validity when
 * its probability reaches {@code modelValidityThreshold}; else valid.</li>
 * <li>Below the review threshold the classification is marked as needing human review.</li>
 * <li>Collective context ({@link #withCollective}): a complaint that opens or joins a collective case
 * takes the case's category when the classifier was unsure of its own or its own says how the
 * office responds (staff conduct, inquiry, other); and in a case of one building (or zone) in which
 * at least {@code collective.minUnits} distinct flats fired one of the rules listed in the rules
 * file's {@code collective.emergencyRules} (by default a power outage) it becomes an emergency,
 * unless its own text says the problem has stopped; the explanation names the case (and the
 * flats). This step only ever raises urgency.</li>
 * </ol>
 *
 * <p>Implementation requirements: immutable and thread-safe once built.
 *
 * @since 0.1
 */
@Beta
public final class ComplaintEngine {
    private static final Logger log = LoggerFactory.getLogger(ComplaintEngine.class);
    private static final double FLOOR = 1e-4;

    private final Taxonomy taxonomy;
    private final ClassificationRules rules;
    private final ComplaintClassifier classifier;
    private final double reviewThreshold;
    private final List<String> categoryIds;
    /** Category id to its position in {@link #categoryIds}. */
    private final Map<String, Integer> categoryIndex;
    private final Category[] categoryValues;
    private final Map<String, String> departments;
    private final RuleCombiner combiner;
    private final int[] combinerIndex;
    /** Per rule order: the combiner's learned weights of the rule, or null (as {@code combiner.weights.get(id)}). */
    private final double[][] learnedWeights;
    /**
     * Per rule order: what its explanation line says of its weight, ": +1.5 plumbing" (empty for a
     * rule without a category), made once rather than per firing.
     */
    private final String[] weightNotes;
    /**
     * Per rule order: what its explanation line says of its learned weights, the largest with its
     * category ": +1.9 staff_conduct (learned)" (empty when none is above 0.05 or the rule has none).
     */
    private final String[] learnedNotes;
    /** The categories in the order the built-in model scores them, or null for another classifier. */
    private final Category[] modelOrder;
    /** Per position in {@link #modelOrder}: the category's position in {@link #categoryIds}, or -1. */
    private final int[] modelToEngine;
    private final RuleCombiner urgencyCombiner;
    /** The categories of the emergency rules: the only ones the model may raise to an emergency. */
    private final Set<Category> emergencyCategories;

    private ComplaintEngine(Builder b) {
        this.taxonomy = b.taxonomy == null ? Taxonomy.defaults() : b.taxonomy;
        this.rules = b.rules == null ? ClassificationRules.defaults() : b.rules;
        this.classifier = b.classifier == null ? TextModel.builtIn() : b.classifier;
        this.reviewThreshold = b.reviewThreshold == null ? rules.reviewThreshold() : b.reviewThreshold;
        rules.checkAgainst(taxonomy);
        this.categoryIds = taxonomy.ids();
        this.categoryValues = categoryIds.stream().map(Category::of).toArray(Category[]::new);
        Map<String, Integer> ci = new HashMap<>();
        for (int i = categoryIds.size() - 1; i >= 0; i--) {
            ci.put(categoryIds.get(i), i);
        }
        this.categoryIndex = Map.copyOf(ci);
        Map<String, String> d = new HashMap<>();
        for (Taxonomy.CategoryEntry e : taxonomy.categories()) {
            d.put(e.id(), e.department());
        }
        this.departments = Map.copyOf(d);
        this.combiner = classifier instanceof TextModel tm ? tm.combiner().orElse(null) : null;
        this.urgencyCombiner = classifier instanceof TextModel tm ? tm.urgencyCombiner().orElse(null) : null;
        Set<Category> ec = new HashSet<>();
        for (CompiledRule r : rules.rules()) {
            if (r.urgency().orElse(null) == Urgency.EMERGENCY) {
                r.category().ifPresent(ec::add);
            }
        }
        this.emergencyCategories = Set.copyOf(ec);
        int orders = 0;
        for (CompiledRule r : rules.rules()) {
            orders = Math.max(orders, r.order() + 1);
        }
        this.learnedWeights = new double[orders][];
        for (CompiledRule r : rules.rules()) {
            learnedWeights[r.order()] = combiner == null ? null : combiner.weights.get(r.id());
        }
        this.modelOrder = classifier instanceof TextModel tm ? tm.categoryOrder() : null;
        this.modelToEngine = new int[modelOrder == null ? 0 : modelOrder.length];
        for (int j = 0; j < modelToEngine.length; j++) {
            modelToEngine[j] = modelOrder[j] == null ? -1 : categoryIndex.getOrDefault(modelOrder[j].id(), -1);
        }
        this.combinerIndex = new int[categoryIds.size()];
        for (int i = 0; i < combinerIndex.length; i++) {
            combinerIndex[i] = combiner == null ? -1 : combiner.categories.indexOf(categoryIds.get(i));
        }
        this.weightNotes = new String[orders];
        this.learnedNotes = new String[orders];
        for (CompiledRule r : rules.rules()) {
            weightNotes[r.order()] = r.category().map(c -> ": " + Decimals.signed(r.weight(), 1) + " " + c).orElse("");
            learnedNotes[r.order()] = learnedNote(learnedWeights[r.order()]);
        }
        log.info("complaint engine ready: {} categories, {} rules, classifier {}", categoryIds.size(),
                rules.rules().size(), classifier.name());
    }

    /**
     * A builder; every setting is optional (defaults: the default taxonomy, the shipped rules, the
     * built-in model, the rules' review threshold).
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * An engine with every default.
     *
     * @return the engine
     */
    public static ComplaintEngine ofDefaults() {
        return builder().build();
    }

    /**
     * The taxonomy in use.
     *
     * @return the taxonomy
     */
    public Taxonomy taxonomy() {
        return taxonomy;
    }

    /**
     * Classifies one complaint (individually: collective detection is {@link CollectiveDetector}'s job).
     *
     * @param complaint the complaint
     * @return the result
     * @throws NullPointerException if {@code complaint} is null
     */
    public ClassificationResult classify(ComplaintText complaint) {
        Objects.requireNonNull(complaint, "complaint must not be null");
        String norm = TextNormalizer.normalize(complaint.text());
        // the shipped model reads the text this engine has already normalised (the same answer, one normalisation)
        ClassifierPrediction prediction = classifier instanceof TextModel tm
                ? tm.predict(complaint, norm) : classifier.predict(complaint);
        List<String> explain = new ArrayList<>();
        List<String> fired = new ArrayList<>();
        double[] boost = new double[categoryIds.size()];
        if (combiner != null) {
            for (int i = 0; i < boost.length; i++) {
                boost[i] = combinerIndex[i] >= 0 ? combiner.bias[combinerIndex[i]] : 0;
            }
        }
        CompiledRule forced = null;
        Urgency floor = Urgency.LOW;
        CompiledRule floorRule = null;
        String floorTerm = null;
        CompiledRule validityRule = null;
        RuleIndex.Hits hits = rules.scan(norm);
        String resolved = hits.resolvedCue();
        // a claim for the damage tells every match as past: looked up once, not per rule
        String aftermath = rules.cues().aftermath(norm);
        // the day received, in the complaint's own offset: a date written before it tells of the past
        LocalDate received = complaint.receivedAt().toLocalDate();
        // whether every rule that named an emergency is one the incidental step may lower
        boolean onlyIncidentalRules = true;
        // why an emergency rule's lowerWhere put its urgency one level lower, which keeps the model's emergency away
        String loweredEmergency = null;
        for (CompiledRule r : rules.rules()) {
            Optional<String> m = hits.match(r, complaint);
            if (m.isEmpty()) {
                continue;
            }
            fired.add(r.id());
            StringBuilder why = new StringBuilder("rule ").append(r.id()).append(" matched '").append(m.get()).append('\'');
            double[] w = learnedWeights[r.order()];
            if (r.category().isPresent()) {
                if (r.force() && forced == null) {
                    forced = r;
                    why.append(": forces category ").append(r.category().get());
                } else if (w == null) {
                    boost[categoryIndex.getOrDefault(r.category().get().id(), -1)] += r.weight();
                    why.append(weightNotes[r.order()]);
                }
            }
            if (w != null && !r.force()) {
                for (int i = 0; i < boost.length; i++) {
                    if (combinerIndex[i] >= 0) {
                        boost[i] += w[combinerIndex[i]];
                    }
                }
                why.append(learnedNotes[r.order()]);
            }
            if (r.urgency().isPresent()) {
                Urgency u = r.urgency().get();
                // the text's first resolved cue, or, when the rule ignores it (a shut valve for a gas smell), another
                String stopped = resolved == null ? null : !r.notResolvedBy().contains(resolved) ? resolved
                        : rules.cues().resolvedCue(norm, r.notResolvedBy());
                String past = stopped != null ? null
                        : aftermath != null ? aftermath : rules.cues().pastCue(norm, m.get(), received);
                // lowered once at most: a car park's water told as past is not two levels lower
                String where = stopped != null || past != null ? null : r.loweredBy(norm, rules.cues()).orElse(null);
                if (stopped != null || past != null || where != null) {
                    if (where != null && u == Urgency.EMERGENCY && loweredEmergency == null) {
                        loweredEmergency = "rule " + r.id() + " put it one level lower (" + where + ")";
                    }
                    u = lower(u);
                }
                why.append(": urgency at least ").append(u.id());
                if (stopped != null) {
                    why.append(" (one level lower: '").append(stopped).append("' says it has stopped)");
                } else if (past != null) {
                    why.append(" (one level lower: '").append(past).append("' tells it as past)");
                } else if (where != null) {
                    why.append(" (one level lower: ").append(where).append(')');
                }
                if (u == Urgency.EMERGENCY && !rules.incidentalEmergency().ruleIds().contains(r.id())) {
                    onlyIncidentalRules = false;
                }
                if (u.compareTo(floor) < 0) {
                    floor = u;
                    floorRule = r;
                    floorTerm = m.get();
                }
            }
            if (r.validity().isPresent()) {
                why.append(": validity ").append(r.validity().get().id());
                if (validityRule == null) {
                    validityRule = r;
                }
            }
            explain.add(why.toString());
        }
        // category
        // the model's probability per category (in taxonomy order; 0 for one it does not give)
        double[] modelP = new double[categoryIds.size()];
        List<ClassifierScore> modelScores = prediction.categories();
        for (int j = 0; j < modelScores.size(); j++) {
            ClassifierScore s = modelScores.get(j);
            // the built-in model gives its categories in its own fixed order: no look-up by id then
            int i = j < modelToEngine.length && s.category() == modelOrder[j] ? modelToEngine[j]
                    : categoryIndex.getOrDefault(s.category().id(), -1);
            if (i >= 0) {
                modelP[i] = s.score();
            }
        }
        double mw = combiner != null ? combiner.modelWeight : rules.modelWeight();
        double[] score = new double[categoryIds.size()];
        double max = Double.NEGATIVE_INFINITY;
        double temperature = combiner != null ? combiner.temperature : 1.0;
        for (int i = 0; i < score.length; i++) {
            score[i] = (mw * Math.log(Math.max(modelP[i], FLOOR)) + boost[i]) / temperature;
            max = Math.max(max, score[i]);
        }
        double sum = 0;
        double[] prob = new double[score.length];
        for (int i = 0; i < score.length; i++) {
            prob[i] = Math.exp(score[i] - max);
            sum += prob[i];
        }
        List<ClassifierScore> ranked = new ArrayList<>();
        for (int i = 0; i < score.length; i++) {
            prob[i] /= sum;
            ranked.add(ClassifierScore.of(categoryValues[i], Math.min(1.0, prob[i])));
        }
        ranked.sort((a, b) -> Double.compare(b.score(), a.score()));
        Category category;
        double confidence;
        if (forced != null) {
            category = forced.category().get();
            confidence = 1.0;
            Category c = category;
            ranked.removeIf(s -> s.category().equals(c));
        } else {
            category = ranked.get(0).category();
            confidence = ranked.get(0).score();
            ranked.remove(0);
        }
        explain.addAll(prediction.evidence());
        // urgency
        Urgency modelUrgency = prediction.urgency();
        String urgencySource = "the model (" + Decimals.plain(prediction.urgencyScore(), 2) + ")";
        double emergencyP = prediction.urgency() == Urgency.EMERGENCY ? prediction.urgencyScore() : 0;
        if (urgencyCombiner != null) {
            double[] up = combinedUrgency(prediction, fired, category);
            int best = 0;
            for (int j = 1; j < up.length; j++) {
                best = up[j] > up[best] ? j : best;
            }
            if (up.length > 0) {
                modelUrgency = Urgency.parse(urgencyCombiner.categories.get(best));
                int e = urgencyCombiner.categories.indexOf(Urgency.EMERGENCY.id());
                emergencyP = e < 0 ? 0 : up[e];
            }
            urgencySource = "the model (" + prediction.urgency().id() + " " + Decimals.plain(prediction.urgencyScore(), 2)
                    + "), the rules and the category, combined (learned; emergency " + Decimals.plain(emergencyP, 2) + ")";
        }
        if (modelUrgency.compareTo(rules.modelUrgencyCap()) < 0) {
            modelUrgency = rules.modelUrgencyCap();
        }
        // an emergency told in passing in a complaint about something else (staff, a question, a fee)
        String incidental = null;
        if (floor == Urgency.EMERGENCY && onlyIncidentalRules
                && rules.incidentalEmergency().applies(category, confidence, forced != null)) {
            floor = Urgency.URGENT;
            incidental = category.id() + " (" + Decimals.plain(confidence, 2) + ")";
        }
        Urgency urgency = modelUrgency;
        if (floorRule != null && floor.compareTo(urgency) < 0) {
            urgency = floor;
            explain.add(0, "urgency " + urgency.id() + " forced by rule " + floorRule.id() + " ('" + floorTerm + "')"
                    + (incidental == null ? "" : ", one level lower: the complaint is about " + incidental
                    + ", which is not an emergency in itself"));
        } else {
            explain.add("urgency " + urgency.id() + " from " + urgencySource);
        }
        if (urgency != Urgency.EMERGENCY && urgencyCombiner != null && resolved == null
                && prediction.urgency() == Urgency.EMERGENCY
                && rules.modelEmergencyThreshold() < 1 && emergencyP >= rules.modelEmergencyThreshold()
                && emergencyCategories.contains(category)
                && aftermath == null && rules.cues().pastOrHypotheticalAnywhere(norm, received) == null
                && rules.modelEmergencyNeedMet(category, norm)) {
            String heldBack = loweredEmergency != null ? loweredEmergency : heldBackEmergency(hits, category);
            if (heldBack == null) {
                urgency = Urgency.EMERGENCY;
                explain.add(0, "urgency emergency from the model and the rules combined (emergency "
                        + Decimals.plain(emergencyP, 2) + ", threshold "
                        + Decimals.plain(rules.modelEmergencyThreshold(), 2)
                        + "): no emergency rule named it, confirm on site");
            } else {
                explain.add("no emergency from the model (emergency " + Decimals.plain(emergencyP, 2) + "): " + heldBack);
            }
        }
        // validity
        Validity validity;
        if (validityRule != null) {
            validity = validityRule.validity().get();
        } else if (prediction.validity() != Validity.VALID
                && prediction.validityScore() >= rules.modelValidityThreshold()) {
            validity = prediction.validity();
            explain.add(String.format(Locale.ROOT, "validity %s from the model (%.2f)", validity.id(),
                    prediction.validityScore()));
        } else {
            validity = Validity.VALID;
        }
        boolean review = confidence < reviewThreshold;
        if (review) {
            explain.add(String.format(Locale.ROOT, "confidence %.2f is below %.2f: needs human review", confidence,
                    reviewThreshold));
        }
        Classification cl = new Classification(category, urgency, validity, Scope.INDIVIDUAL,
                Math.min(1.0, Math.max(0.0, confidence)), review, explain);
        if (log.isDebugEnabled()) {
            log.debug("complaint {}: {} {} {} rules {}", complaint.id(), category, urgency.id(), validity.id(), fired);
        }
        return new ClassificationResult(complaint.id(), cl, ranked.subList(0, Math.min(3, ranked.size())),
                department(category), fired);
    }

    /**
     * Applies the collective-context step (policy step 6) to a complaint that opened or joined
     * {@code collectiveCase}.
     *
     * <p>Category: a member the classifier was unsure of ({@code needsReview}), one whose category
     * says how the office responds rather than what the matter is (staff conduct, an inquiry, other:
     * {@link CollectiveSettings#DEFAULT_RESPONSES}), or one whose text opens by chasing the matter or
     * asking the neighbours ("还没修好吗？…", "同问"), takes the case's category, as every member of a collective situation shares one ("还没好？？电话一直
     * 占线" in a building's power cut is about the power); its own category becomes the first
     * alternative with its confidence, the department follows the new category, and the first
     * explanation line says so. Confidence and {@code needsReview} stay those of the text alone.
     *
     * <p>Urgency: when the case's place is one building (or zone) and at least the configured number
     * of its flats fired one of the configured emergency rules, the complaint's urgency becomes
     * emergency and the first explanation line names the case, even if this complaint's own text does
     * not name the emergency ("how long will the outage last? I have insulin in the fridge"). A text
     * saying the problem has stopped, one that asks or tells about it as past ("询问昨晚停电原因": a past
     * time word and no word of the present), one claiming for the damage ("赔偿冰箱里坏掉的食物": a word
     * of the aftermath) and one saying the matter is only partial (the collective
     * section's {@code unless} words: "低层有电") are left as they are, and no member is raised once a
     * member of the case fired one of the section's {@code partialRules} (a neighbour said only some
     * floors are dark: "就我们这几层吗？"), nor before a member fired one of its {@code confirmingRules}
     * when it has some (by default someone said the whole building is dark: two flats without power are
     * not yet a building). This step only ever raises urgency.
     *
     * @param complaint the complaint
     * @param result its classification by {@link #classify}
     * @param collectiveCase the case it opened or joined, as {@link CollectiveDetector#offer} returned it
     * @return {@code result} itself when nothing changes, else a copy with the case's category or the raised urgency
     * @throws NullPointerException if an argument is null
     */
    public ClassificationResult withCollective(ComplaintText complaint, ClassificationResult result,
                                               CollectiveCase collectiveCase) {
        return withCollective(complaint, result, collectiveCase, CollectiveSettings.defaults());
    }

    /**
     * As {@link #withCollective(ComplaintText, ClassificationResult, CollectiveCase)}, with the
     * detector's settings: a member takes the case's category when the classifier was unsure of it,
     * when its category is one of {@link CollectiveSettings#responses()}, or when its text opens by
     * chasing the matter or asking the neighbours ("还没修好吗？楼下排队都排到单元门外面去了" in a lift
     * outage).
     *
     * @param complaint the complaint
     * @param result its classification by {@link #classify}
     * @param collectiveCase the case it opened or joined, as {@link CollectiveDetector#offer} returned it
     * @param settings the settings the detector ran with
     * @return {@code result} itself when nothing changes, else a copy with the case's category or the raised urgency
     * @throws NullPointerException if an argument is null
     */
    public ClassificationResult withCollective(ComplaintText complaint, ClassificationResult result,
                                               CollectiveCase collectiveCase, CollectiveSettings settings) {
        Objects.requireNonNull(complaint, "complaint must not be null");
        Objects.requireNonNull(result, "result must not be null");
        Objects.requireNonNull(collectiveCase, "collectiveCase must not be null");
        Objects.requireNonNull(settings, "settings must not be null");
        return raiseUrgency(complaint, adoptCategory(complaint, result, collectiveCase, settings), collectiveCase);
    }

    private ClassificationResult adoptCategory(ComplaintText complaint, ClassificationResult result,
                                               CollectiveCase collectiveCase, CollectiveSettings settings) {
        Classification cl = result.classification();
        Category own = cl.category();
        Category matter = collectiveCase.category();
        if (own.equals(matter) || !(cl.needsReview() || settings.responses().contains(own)
                || CollectiveDetector.followsUp(TextNormalizer.normalize(complaint.text())))) {
            return result;
        }
        List<ClassifierScore> alternatives = new ArrayList<>();
        alternatives.add(new ClassifierScore(own, cl.confidence()));
        for (ClassifierScore s : result.alternatives()) {
            if (!s.category().equals(matter) && alternatives.size() < 3) {
                alternatives.add(s);
            }
        }
        List<String> explain = new ArrayList<>(cl.explanation());
        explain.add(0, "category " + matter.id() + " from collective case " + collectiveCase.caseId()
                + ", whose members report the same matter; the text alone says " + own.id() + " ("
                + Decimals.plain(cl.confidence(), 2) + (cl.needsReview() ? ", unsure" : "") + ")");
        Classification moved = new Classification(matter, cl.urgency(), cl.validity(), cl.scope(), cl.confidence(),
                cl.needsReview(), explain);
        return new ClassificationResult(result.complaintId(), moved, alternatives, department(matter),
                result.firedRules());
    }

    private ClassificationResult raiseUrgency(ComplaintText complaint, ClassificationResult result,
                                              CollectiveCase collectiveCase) {
        ClassificationRules.CollectiveEmergency policy = rules.collectiveEmergency();
        Classification cl = result.classification();
        if (!policy.enabled() || cl.urgency() == Urgency.EMERGENCY
                || !(collectiveCase.place().startsWith("building:") || collectiveCase.place().startsWith("zone:"))) {
            return result;
        }
        java.util.Set<String> units = collectiveCase.unitsFiring(policy.ruleIds());
        if (units.size() < policy.minUnits() || !collectiveCase.unitsFiring(policy.partialRuleIds()).isEmpty()) {
            return result;
        }
        java.util.Set<String> confirmed = collectiveCase.unitsFiring(policy.confirmingRuleIds());
        if (!policy.confirmingRuleIds().isEmpty() && confirmed.isEmpty()) {
            return result;
        }
        String norm = TextNormalizer.normalize(complaint.text());
        if (rules.cues().resolvedCue(norm) != null || rules.cues().pastTimeAnywhere(norm) != null
                || rules.cues().aftermath(norm) != null || policy.partial(norm) != null) {
            return result;
        }
        List<String> explain = new ArrayList<>(cl.explanation());
        explain.add(0, "urgency emergency raised by collective case " + collectiveCase.caseId() + ": " + units.size()
                + " flats of " + collectiveCase.place() + " (" + String.join(", ", units) + ") report "
                + policy.matter() + " (rules " + String.join(", ", policy.ruleIds()) + ")"
                + (policy.confirmingRuleIds().isEmpty() ? "" : "; " + String.join(", ", confirmed)
                        + " said the whole place (rules " + String.join(", ", policy.confirmingRuleIds()) + ")"));
        Classification raised = new Classification(cl.category(), Urgency.EMERGENCY, cl.validity(), cl.scope(),
                cl.confidence(), cl.needsReview(), explain);
        log.debug("complaint {}: urgency raised to emergency by collective case {}", complaint.id(),
                collectiveCase.caseId());
        return new ClassificationResult(result.complaintId(), raised, result.alternatives(), result.department(),
                result.firedRules());
    }

    /**
     * Why the model may not raise an emergency in the chosen category: the text is a look-alike one of
     * the category's emergency rules names (one of its {@code unless} terms occurs: "nobody inside" for a
     * lift, "smoking" for smoke; or one of its terms stands after a negation or hypothetical cue: "打不着火"),
     * or a rule of {@code combination.modelEmergencyHeldBy} matched without one of its groups and so
     * declined.
     *
     * @return the reason for the explanation, or null when nothing holds the model back
     */
    private String heldBackEmergency(RuleIndex.Hits hits, Category category) {
        for (CompiledRule r : rules.rules()) {
            if (r.urgency().orElse(null) != Urgency.EMERGENCY || !category.equals(r.category().orElse(null))) {
                continue;
            }
            if (hits.unlessFound(r)) {
                return "one of rule " + r.id() + "'s unless terms occurs, a look-alike";
            }
            if (hits.termBlocked(r)) {
                return "a term of rule " + r.id() + " stands after a negation or hypothetical cue";
            }
            if (rules.holdsBackModelEmergency(r)) {
                Optional<String> term = hits.declined(r);
                if (term.isPresent()) {
                    return "rule " + r.id() + " matched " + term.get() + ", so not an emergency ("
                            + "combination.modelEmergencyHeldBy)";
                }
            }
        }
        return null;
    }

    /** The learned urgency combination's probabilities, in the combiner's class order; empty when it cannot apply. */
    private double[] combinedUrgency(ClassifierPrediction prediction, List<String> fired, Category category) {
        List<String> classes = urgencyCombiner.categories;
        int top = classes.indexOf(prediction.urgency().id());
        if (top < 0) {
            return new double[0];
        }
        List<String> features = new ArrayList<>(fired.size() + 1);
        features.addAll(fired);
        features.add(TextModel.CATEGORY_CUE + category.id());
        double[] s = urgencyCombiner.scores(TextModel.urgencyLogP(classes.size(), top, prediction.urgencyScore()),
                features);
        return NaiveBayesHead.softmax(s, urgencyCombiner.temperature);
    }

    /**
     * The department of a category: the taxonomy's, looked up in the map built once (the taxonomy's
     * fallback only for an unknown one).
     */
    private String department(Category category) {
        String d = departments.get(category.id());
        return d != null ? d : taxonomy.department(category);
    }

    /**
     * The explanation of a rule's learned weights: the largest (the first of equal ones, in
     * taxonomy order) with its category, when above 0.05; else empty.
     *
     * @param w the rule's learned weights in the combiner's order, or null
     */
    private String learnedNote(double[] w) {
        if (w == null) {
            return "";
        }
        int top = -1;
        for (int i = 0; i < combinerIndex.length; i++) {
            if (combinerIndex[i] >= 0 && (top < 0 || w[combinerIndex[i]] > w[combinerIndex[top]])) {
                top = i;
            }
        }
        return top >= 0 && w[combinerIndex[top]] > 0.05
                ? ": " + Decimals.signed(w[combinerIndex[top]], 1) + " " + categoryIds.get(top) + " (learned)" : "";
    }

    private static Urgency lower(Urgency u) {
        Urgency[] all = Urgency.values();
        return u.ordinal() + 1 < all.length ? all[u.ordinal() + 1] : u;
    }

    /**
     * Builds a {@link ComplaintEngine}. Each setting may be given once.
     *
     * <p>Implementation requirements: not thread-safe; use from one thread.
     */
    public static final class Builder {
        private Taxonomy taxonomy;
        private ClassificationRules rules;
        private ComplaintClassifier classifier;
        private Double reviewThreshold;

        private Builder() {
        }

        /**
         * The taxonomy.
         *
         * @param value the taxonomy
         * @return this builder
         * @throws IllegalStateException if already set
         */
        public Builder taxonomy(Taxonomy value) {
            Objects.requireNonNull(value, "taxonomy must not be null");
            if (taxonomy != null) {
                throw new IllegalStateException("taxonomy was already set");
            }
            taxonomy = value;
            return this;
        }

        /**
         * The rules.
         *
         * @param value the rules
         * @return this builder
         * @throws IllegalStateException if already set
         */
        public Builder rules(ClassificationRules value) {
            Objects.requireNonNull(value, "rules must not be null");
            if (rules != null) {
                throw new IllegalStateException("rules were already set");
            }
            rules = value;
            return this;
        }

        /**
         * The statistical classifier, e.g. a {@link TextModel} or one opened by a
         * {@link io.propcare.spi.ClassifierProvider}.
         *
         * @param value the classifier
         * @return this builder
         * @throws IllegalStateException if already set
         */
        public Builder classifier(ComplaintClassifier value) {
            Objects.requireNonNull(value, "classifier must not be null");
            if (classifier != null) {
                throw new IllegalStateException("classifier was already set to " + classifier.name());
            }
            classifier = value;
            return this;
        }

        /**
         * The confidence below which a person must review the classification.
         *
         * @param value from 0 to 1
         * @return this builder
         * @throws IllegalArgumentException if out of range
         * @throws IllegalStateException if already set
         */
        public Builder reviewThreshold(double value) {
            if (!(value >= 0 && value <= 1)) {
                throw new IllegalArgumentException("reviewThreshold must be from 0 to 1, got " + value);
            }
            if (reviewThreshold != null) {
                throw new IllegalStateException("reviewThreshold was already set to " + reviewThreshold);
            }
            reviewThreshold = value;
            return this;
        }

        /**
         * Builds the engine.
         *
         * @return the engine
         * @throws io.propcare.config.ConfigurationException if a rule names a category missing from the taxonomy
         */
        public ComplaintEngine build() {
            return new ComplaintEngine(this);
        }
    }
}
