package io.propcare.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.propcare.config.ConfigurationException;
import io.propcare.model.complaint.Category;
import io.propcare.model.complaint.Channel;
import io.propcare.model.complaint.ComplaintText;
import io.propcare.model.complaint.Urgency;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Policy step: an emergency no rule names, raised by the learned urgency combination
 * ({@code combination.modelEmergencyThreshold}), with the built-in model.
 */
class ModelEmergencyTest {
    /** A person shut in a lift, told without any word an emergency rule knows ("关到人", "喊她不答应"). */
    static final String UNNAMED = "喂喂 电梯头关到人了 我妈在里头 喊她不答应 灯都黑起的 9楼和10楼中间 5栋B梯";
    static final String RAISED = "urgency emergency from the model and the rules combined";

    static ClassificationResult classify(ClassificationRules rules, String text) {
        ComplaintEngine e = ComplaintEngine.builder().rules(rules).build();
        return e.classify(new ComplaintText("x", text, OffsetDateTime.parse("2026-07-01T21:40:00+08:00"),
                Channel.PHONE, "5-1203", "5"));
    }

    static ClassificationRules defaultsWith(String threshold) throws IOException {
        String json;
        try (InputStream in = ClassificationRules.class.getResourceAsStream("default-rules.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String changed = json.replace("\"modelEmergencyThreshold\": 0.75", "\"modelEmergencyThreshold\": " + threshold);
        assertThat(changed).isNotEqualTo(json);
        return ClassificationRules.read(new ByteArrayInputStream(changed.getBytes(StandardCharsets.UTF_8)), "rules.json");
    }

    @Test
    void anEmergencyNoRuleNamesIsRaisedByTheModelAndTheExplanationSaysSoFirst() {
        ClassificationResult r = classify(ClassificationRules.defaults(), UNNAMED);
        assertThat(r.classification().urgency()).isEqualTo(Urgency.EMERGENCY);
        assertThat(r.classification().explanation().get(0)).startsWith(RAISED).contains("threshold 0.75")
                .endsWith("no emergency rule named it, confirm on site");
        assertThat(r.firedRules()).noneMatch(id -> id.startsWith("EMG-"));
    }

    @Test
    void withThresholdOneOnlyTheRulesMakeAnEmergency() throws IOException {
        ClassificationResult r = classify(defaultsWith("1"), UNNAMED);
        assertThat(r.classification().urgency()).isEqualTo(Urgency.URGENT);
        assertThat(r.classification().explanation()).noneMatch(s -> s.startsWith(RAISED))
                .anyMatch(s -> s.matches(".*combined \\(learned; emergency 0\\.\\d\\d\\)"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // past, resolved, hypothetical: the same words no longer describe something happening now
            "昨天 " + UNNAMED,
            UNNAMED + " 现在出来了",
            "要是 " + UNNAMED + " 怎么办",
            // an emergency term under a negation cue: the text denies what the rule means
            UNNAMED + " 没有被困"})
    void theModelDoesNotRaiseWhatIsPastResolvedImaginedOrDenied(String text) {
        assertThat(classify(ClassificationRules.defaults(), UNNAMED).classification().explanation().get(0))
                .startsWith(RAISED);
        assertThat(classify(ClassificationRules.defaults(), text).classification().explanation())
                .noneMatch(s -> s.startsWith(RAISED));
    }

    @Test
    void aLookAlikeTheEmergencyRulesNameForTheChosenCategoryIsNotRaised() throws IOException {
        // "里面没人" is an unless term of EMG-TRAPPED: a stalled lift nobody is in
        ClassificationResult r = classify(ClassificationRules.defaults(), "3栋1号电梯停在11楼不动了，按了没反应，里面没人，我们走楼梯下来的");
        assertThat(r.classification().category().id()).isEqualTo("elevator");
        assertThat(r.classification().urgency()).isNotEqualTo(Urgency.EMERGENCY);
        // a fire panel's fault, an unless term of EMG-FIRE, which the model alone would raise at a threshold of 0.4
        // (the built-in model gives it about 0.6, and each retrain moves that a little): the explanation says why not
        ClassificationRules low = defaultsWith("0.4");
        String fault = "Fire alarm panel shows a fault on the floor 17 zone, no alarm sounding. Called engineering.";
        assertThat(classify(low, fault.replace("shows a fault on", "shows"))
                .classification().urgency()).isEqualTo(Urgency.EMERGENCY);
        ClassificationResult panel = classify(low, fault);
        assertThat(panel.classification().urgency()).isNotEqualTo(Urgency.EMERGENCY);
        assertThat(panel.classification().explanation()).noneMatch(s -> s.startsWith(RAISED))
                .anyMatch(s -> s.startsWith("no emergency from the model (emergency 0.")
                        && s.endsWith("one of rule EMG-FIRE's unless terms occurs, a look-alike"));
    }

    @Test
    void inALiftTheModelNeedsAPersonInsideOrAPitAsTheRulesFileSays() throws IOException {
        assertThat(ClassificationRules.defaults().modelEmergencyNeedMet(Category.of("elevator"),
                TextNormalizer.normalize("Lift B stopped at 7 with doors open and not moving."))).isFalse();
        assertThat(ClassificationRules.defaults().modelEmergencyNeedMet(Category.of("elevator"),
                TextNormalizer.normalize("Lift B stopped at 7, my son is inside"))).isTrue();
        assertThat(ClassificationRules.defaults().modelEmergencyNeedMet(Category.of("plumbing"),
                TextNormalizer.normalize("water everywhere"))).isTrue();
        // the unnamed trapped person is raised with the default words, and not when the lift needs a word it lacks
        assertThat(classify(ClassificationRules.defaults(), UNNAMED).classification().urgency())
                .isEqualTo(Urgency.EMERGENCY);
        String json = defaultsJson().replaceFirst("\"elevator\": \\[[^\\]]*\\]", "\"elevator\": [\"无人会写的词\"]");
        ClassificationRules strict = ClassificationRules.read(new ByteArrayInputStream(
                json.getBytes(StandardCharsets.UTF_8)), "rules.json");
        assertThat(classify(strict, UNNAMED).classification().explanation()).noneMatch(s -> s.startsWith(RAISED));
    }

    @Test
    void aModelEmergencyNeedWithoutWordsOrWithABlankWordIsRefusedWithItsJsonPath() {
        String json = defaultsJsonUnchecked().replaceFirst("\"modelEmergencyNeeds\": \\{",
                "\"modelEmergencyNeeds\": {\"pests\": [], \"noise\": [\" \"], ");
        assertThatThrownBy(() -> ClassificationRules.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                "rules.json")).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("$.combination.modelEmergencyNeeds.pests")
                .hasMessageContaining("$.combination.modelEmergencyNeeds.noise[0]");
    }

    /**
     * Water through a light fitting with no word of it gathering on the floor, which the model alone would raise at a
     * threshold of 0.2 (the built-in model gives it about 0.3, and each retrain moves that a little).
     */
    static final String LIGHT_DRIP = "8栋1801业主来电：客厅吊灯旁边往下滴水，不敢开灯，请工程部马上来看。";

    @Test
    void aRuleOfModelEmergencyHeldByThatDeclinedForWantOfAGroupHoldsTheModelBackAndSaysSo() throws IOException {
        // the shipped plumbing needs (water that spreads) hold this drip back before the option is asked: take
        // them out, so that only the option stands between the model and an emergency
        String needless = withoutPlumbingNeeds(defaultsJson()).replace("\"modelEmergencyThreshold\": 0.75",
                "\"modelEmergencyThreshold\": 0.2");
        ClassificationResult r = classify(ClassificationRules.read(
                new ByteArrayInputStream(needless.getBytes(StandardCharsets.UTF_8)), "rules.json"), LIGHT_DRIP);
        assertThat(r.classification().category().id()).isEqualTo("plumbing");
        assertThat(r.classification().urgency()).isEqualTo(Urgency.URGENT);
        assertThat(r.classification().explanation()).noneMatch(s -> s.startsWith(RAISED))
                .anyMatch(s -> s.startsWith("no emergency from the model (emergency 0.")
                        && s.contains("rule EMG-FLOOD-LIGHT matched '灯旁边往下滴水' without any of '一大滩', '一滩', '积水' …"));
        // without the option the model raises the same text: the option, not the threshold, holds it back
        String json = needless.replace("\"modelEmergencyHeldBy\": [\n   \"EMG-FLOOD-LIGHT\"\n  ]",
                "\"modelEmergencyHeldBy\": []");
        assertThat(json).doesNotContain("EMG-FLOOD-LIGHT\"\n  ]").contains("\"modelEmergencyThreshold\": 0.2");
        ClassificationRules open = ClassificationRules.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                "rules.json");
        assertThat(classify(open, LIGHT_DRIP).classification().explanation().get(0)).startsWith(RAISED);
        // with the group's words the rule itself fires
        ClassificationResult flooded = classify(ClassificationRules.defaults(), LIGHT_DRIP.replace("。", "，地上一大滩水。"));
        assertThat(flooded.classification().urgency()).isEqualTo(Urgency.EMERGENCY);
        assertThat(flooded.classification().explanation().get(0)).contains("forced by rule EMG-FLOOD-LIGHT");
    }

    @Test
    void aModelEmergencyHeldByEntryThatIsNoRuleOrNoEmergencyRuleWithGroupsIsRefusedWithItsJsonPath() {
        String json = defaultsJsonUnchecked().replace("\"modelEmergencyHeldBy\": [\n   \"EMG-FLOOD-LIGHT\"\n  ]",
                "\"modelEmergencyHeldBy\": [\"EMG-FLOOD-LIGHT\", \"NO-SUCH-RULE\", \"EMG-FLOOD\"]");
        assertThat(json).isNotEqualTo(defaultsJsonUnchecked());
        assertThatThrownBy(() -> ClassificationRules.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                "rules.json")).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("$.combination.modelEmergencyHeldBy[1]")
                .hasMessageContaining("\"NO-SUCH-RULE\"")
                .hasMessageContaining("$.combination.modelEmergencyHeldBy[2]")
                .hasMessageContaining("expected an emergency rule with a category, any terms or patterns, and all groups")
                .hasMessageNotContaining("modelEmergencyHeldBy[0]");
    }

    /** The rules' JSON without {@code combination.modelEmergencyNeeds.plumbing}. */
    static String withoutPlumbingNeeds(String json) {
        String without = json.replaceFirst(",\\s*\"plumbing\": \\[[^\\]]*\\]", "");
        assertThat(without).isNotEqualTo(json);
        return without;
    }

    static String defaultsJson() throws IOException {
        try (InputStream in = ClassificationRules.class.getResourceAsStream("default-rules.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String defaultsJsonUnchecked() {
        try {
            return defaultsJson();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0.2", "1.5"})
    void aThresholdOutsideZeroToOneIsRefusedWithItsJsonPath(String threshold) {
        assertThatThrownBy(() -> defaultsWith(threshold)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("$.combination.modelEmergencyThreshold").hasMessageContaining(threshold);
    }

    @Test
    void anEmergencyRuleLoweredByWhereItHappensKeepsTheModelsEmergencyAway() {
        // session 39: water in the car park that is not said to be rising is urgent; the model, sure of an emergency
        // here (0.97), may not make it one again
        ClassificationResult r = classify(ClassificationRules.defaults(), "水从楼上往下漏，车库那边被淹了，地上都是水");
        assertThat(r.classification().urgency()).isEqualTo(Urgency.URGENT);
        assertThat(r.classification().explanation()).noneMatch(s -> s.startsWith(RAISED))
                .anyMatch(s -> s.startsWith("no emergency from the model")
                        && s.endsWith("rule EMG-FLOOD put it one level lower ('车库': water in the car park, with no word "
                        + "that it is rising or that the cars must be moved now)"));
    }
}
