package io.propcare.complaint;

import java.util.List;

/**
 * The JSON form of a rules file, as read by Jackson; checked and compiled by {@link ClassificationRules}.
 */
record RuleFile(Integer version, CueList negation, CueList hypothetical, CueList resolved, CueList past,
                Combination combination,
                Collective collective, List<RuleSpec> rules) {

    /**
     * The collective-context urgency step: a complaint that opens or joins a collective case of one
     * building whose members fired one of {@code emergencyRules} from at least {@code minUnits}
     * distinct flats becomes an emergency, unless its own text has one of {@code unless} (the matter
     * is only partial: "低层有电", "only our floor"), no member of the case fired one of
     * {@code partialRules} (a neighbour said so: "就我们这几层吗？"), and, when {@code confirmingRules}
     * is given, a member of the case fired one of those (someone said the whole building is dark).
     */
    record Collective(List<String> emergencyRules, Integer minUnits, String matter, List<String> unless,
                      List<String> partialRules, List<String> confirmingRules) {
    }

    /**
     * Cue words and how far before a match they reach (characters; Chinese and English). For the
     * resolved cues, {@code negatedBy} lists words that cancel a cue standing shortly after them
     * ("can't put it out"), within {@code window} / {@code englishWindow}. For the negation cues,
     * {@code except} lists words that contain a cue but do not negate ("特别" contains "别", "不断"
     * contains "不"). For the resolved cues, {@code undoneBy} lists words that cancel a cue when they
     * come after it anywhere in the text ("threw water on it … it's still going"). For the past cues,
     * {@code opening} lists cues that tell the whole text as past when it opens with one ("昨晚…",
     * "Last night …"), {@code undoneBy} words of the present that cancel that ("现在", "still"), and
     * {@code today} words of today ("今天", "tonight") that cancel it for a match they stand shortly
     * before in its clause ("昨天换了表，今天又有煤气味"); {@code aftermath} lists words that tell
     * the whole text as written after the event wherever they stand (a claim for the damage: "赔偿",
     * "compensation"), which the same words of the present cancel; {@code dates} (true or false,
     * default false) makes a calendar date ("9月9日", "7月30号") before a match in its clause, earlier
     * than the day the complaint was received, tell it as past like a cue.
     */
    record CueList(List<String> cues, Integer window, Integer englishWindow, List<String> negatedBy,
                   List<String> except, List<String> undoneBy, List<String> opening, List<String> today,
                   List<String> aftermath, Boolean dates) {
    }

    /**
     * How rules and the model are combined. {@code modelEmergencyThreshold}: the learned urgency
     * combination's emergency probability at which a complaint no emergency rule named becomes an
     * emergency (1 = never). {@code modelEmergencyNeeds}: for the categories it names, words one of
     * which the text must contain before the model may raise an emergency there (a person in the
     * lift, a pit behind its doors). {@code modelEmergencyHeldBy}: ids of emergency rules with
     * {@code all} groups; when one of their {@code any} terms or patterns occurs but a group does not
     * (water through a light fitting with no word of it gathering on the floor), the rule has looked
     * at the text and declined, and the model may not raise its category's emergency either.
     */
    record Combination(Double modelWeight, Double reviewThreshold, Double modelValidityThreshold,
                       String modelUrgencyCap, Double modelEmergencyThreshold,
                       java.util.Map<String, List<String>> modelEmergencyNeeds, Incidental incidentalEmergency,
                       List<String> modelEmergencyHeldBy) {
    }

    /**
     * {@code combination.incidentalEmergency}: categories whose complaints are not emergencies in
     * themselves (a complaint about staff, a question, a fee); an emergency named only by some of
     * {@code rules} (water, power) in such a complaint, chosen with at least {@code minConfidence}, is
     * told in passing and drops to urgent.
     */
    record Incidental(List<String> categories, Double minConfidence, List<String> rules) {
    }

    /**
     * One rule as written. {@code notResolvedBy}: resolved cues that do not lower this rule's urgency
     * (a gas smell stays an emergency after "关了总阀": the gas is still in the flat). {@code unlessOf}: the id
     * of another rule whose {@code unless} terms this rule shares, besides its own (two rules about one matter
     * keep one list); that rule must have no {@code unlessOf} of its own. {@code lowerWhere}: where the rule's
     * urgency is one level lower (water in the car park is urgent unless it is said to be rising).
     */
    record RuleSpec(String id, String description, Integer priority, List<String> any, List<String> regex,
                    List<String> all, List<String> unless, String unlessOf, List<String> channels, String hours,
                    List<Integer> months, String location, String category, Double weight, Boolean force,
                    String urgency, String validity, Boolean negatable, List<String> notResolvedBy,
                    List<Lowering> lowerWhere) {
    }

    /**
     * One entry of {@code rules[i].lowerWhere}: when one of {@code terms} occurs (not under a negation), one of
     * {@code with} too when it is given, and none of {@code unless} does, the rule's urgency is one level lower,
     * for the {@code reason} the explanation gives ("water in the car park, with no word that it is rising").
     */
    record Lowering(List<String> terms, List<String> with, List<String> unless, String reason) {
    }
}
