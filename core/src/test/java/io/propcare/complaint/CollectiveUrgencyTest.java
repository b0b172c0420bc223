package io.propcare.complaint;

import static io.propcare.complaint.CollectiveDetectorTest.c;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.propcare.config.ConfigErrorCode;
import io.propcare.config.ConfigurationException;
import io.propcare.model.complaint.Category;
import io.propcare.model.complaint.ComplaintText;
import io.propcare.model.complaint.Urgency;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Policy step 6: a power outage reported by several flats of one building makes its collective case an emergency. */
class CollectiveUrgencyTest {
    static final ComplaintEngine ENGINE = ComplaintEngine.ofDefaults();
    static final Category ELECTRICAL = Category.of("electrical");

    /** A case whose flats have no power and whose first flat said the whole building is dark. */
    static CollectiveCase outageCase(String place, String... units) {
        return new CollectiveCase("CC-a", place, ELECTRICAL, Instant.parse("2026-07-22T11:10:00Z"),
                List.of("a", "b", "c"), List.of(units), "test case",
                Map.of("URG-NO-POWER", List.of(units), "EMG-POWER-BUILDING", List.of(units[0])));
    }

    /**
     * Offers {@code {id, unit, text}} lines ten minutes apart, classified by the default engine, and returns the
     * case the last one opened or joined.
     */
    static CollectiveCase offerAll(CollectiveDetector d, String[][] lines) {
        CollectiveCase last = null;
        int minute = 0;
        for (String[] l : lines) {
            ComplaintText t = c(l[0], minute += 10, l[1], l[2]);
            last = d.offer(t, ENGINE.classify(t)).orElse(null);
        }
        assertThat(last).as("the last line opened or joined a case").isNotNull();
        return last;
    }

    /** A case whose flats only say their own flat has no power. */
    static CollectiveCase flatsOnlyCase(String place, String... units) {
        return new CollectiveCase("CC-f", place, ELECTRICAL, Instant.parse("2026-07-22T11:10:00Z"),
                List.of("a", "b", "c"), List.of(units), "test case", Map.of("URG-NO-POWER", List.of(units)));
    }

    @Test
    void aComplaintJoiningAnOutageCaseOfThreeFlatsBecomesAnEmergencyNamingTheCase() {
        ComplaintText insulin = c("d", 30, "10-404", "Is there any news? How long will it take? I have insulin in the fridge.");
        ClassificationResult alone = ENGINE.classify(insulin);
        assertThat(alone.classification().urgency()).isNotEqualTo(Urgency.EMERGENCY);

        ClassificationResult raised = ENGINE.withCollective(insulin, alone,
                outageCase("building:10", "10-101", "10-202", "10-303"));

        assertThat(raised.classification().urgency()).isEqualTo(Urgency.EMERGENCY);
        assertThat(raised.classification().explanation().get(0))
                .contains("urgency emergency raised by collective case CC-a", "3 flats of building:10",
                        "a power outage", "URG-NO-POWER", "10-101 said the whole place", "EMG-POWER-BUILDING");
        // a question about the outage has no matter of its own: it takes the case's, as in the corpus's k05
        assertThat(alone.classification().category().id()).isEqualTo("inquiry");
        assertThat(raised.classification().category()).isEqualTo(ELECTRICAL);
        assertThat(raised.classification().explanation().get(1)).startsWith("category electrical from collective case CC-a");
    }

    @Test
    void aMemberAskingAboutLastNightsOutageClaimingForTheDamageOrSayingOnlyPartOfTheBuildingIsDarkKeepsItsUrgency() {
        CollectiveCase outage = outageCase("building:7", "7-1503", "7-1208", "7-1605");
        for (String text : List.of("7栋1008业主来电：询问昨晚停电原因，以及今天台风会不会再停。",
                "What caused the power cut last night? Will it happen again?",
                "停电把冰箱里的东西都捂坏了，要求物业赔偿冰箱里的食物",
                "Power went off, the fridge food is ruined: I expect compensation.",
                "低层好像有电，我们11楼一片黑，冰箱里刚买的肉怎么办啊",
                "Only our floor seems to be dark, the lobby is lit. When will it be fixed?",
                "我家有电，但是厨房插座一用烤箱就跳闸，跟停电有关系吗",
                "We still have power in 1102, just the lobby is dark. Is it related?")) {
            ComplaintText t = c("d", 30, "7-1102", text);
            ClassificationResult alone = ENGINE.classify(t);
            assertThat(alone.classification().urgency()).as(text).isNotEqualTo(Urgency.EMERGENCY);
            assertThat(ENGINE.withCollective(t, alone, outage).classification().urgency()).as(text)
                    .isEqualTo(alone.classification().urgency());
        }
        // a word of the present undoes the past time word: the outage that began last night is still on
        ComplaintText still = c("e", 30, "7-1102", "从昨晚停电到现在还没来电，冰箱里的东西都坏了");
        assertThat(ENGINE.withCollective(still, ENGINE.classify(still), outage).classification().urgency())
                .isEqualTo(Urgency.EMERGENCY);
    }

    @Test
    void noMemberIsRaisedOnceAMemberOfTheCaseSaidOnlySomeFloorsAreDark() {
        ComplaintText insulin = c("d", 30, "10-404", "家里停电了，冰箱里有胰岛素，什么时候来电？");
        ClassificationResult alone = ENGINE.classify(insulin);
        assertThat(alone.classification().urgency()).isNotEqualTo(Urgency.EMERGENCY);
        Map<String, List<String>> fired = Map.of("URG-NO-POWER", List.of("10-101", "10-202", "10-303"),
                "CTX-PARTIAL-OUTAGE", List.of("10-202"));
        CollectiveCase partial = new CollectiveCase("CC-a", "building:10", ELECTRICAL, Instant.parse("2026-07-22T11:10:00Z"),
                List.of("a", "b", "c"), List.of("10-101", "10-202", "10-303"), "test case", fired);
        assertThat(ENGINE.withCollective(insulin, alone, partial).classification().urgency())
                .isEqualTo(alone.classification().urgency());
        assertThat(ENGINE.withCollective(insulin, alone, outageCase("building:10", "10-101", "10-202", "10-303"))
                .classification().urgency()).isEqualTo(Urgency.EMERGENCY);
        // the shipped rule fires on what a neighbour says of the other floors
        for (String text : List.of("突然停电了，就我们这几层吗？", "应该是高层都停了吧？问了住12楼的朋友，他家有电",
                "Power is off on 20 but the corridor lights are still on downstairs, is it only the upper floors?",
                "我们家也没电了。奇怪的是电梯能用，楼道灯也亮，就屋里黑着，到底怎么回事",
                "No power in 1203, but the lifts are working and the corridor lights are on")) {
            assertThat(ENGINE.classify(c("p", 30, "10-505", text)).firedRules()).as(text).contains("CTX-PARTIAL-OUTAGE");
        }
    }

    @Test
    void theCollectiveUnlessWordsAreNormalisedAndOptional() throws Exception {
        String json = "{\"version\":1,\"rules\":[{\"id\":\"P\",\"any\":[\"没电\"],\"category\":\"electrical\","
                + "\"urgency\":\"urgent\"}],\"collective\":{\"emergencyRules\":[\"P\"],\"minUnits\":2,"
                + "\"unless\":[\"Only OUR Floor\", \"低層有電\"]}}";
        ClassificationRules r = ClassificationRules.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                "test.json");
        assertThat(r.collectiveEmergency().unless()).containsExactly("only our floor", "低层有电");
        assertThat(r.collectiveEmergency().partial(TextNormalizer.normalize("It's ONLY our floor"))).isEqualTo("only our floor");
        String without = json.replace(",\"unless\":[\"Only OUR Floor\", \"低層有電\"]", "");
        assertThat(ClassificationRules.read(new ByteArrayInputStream(without.getBytes(StandardCharsets.UTF_8)), "t.json")
                .collectiveEmergency().unless()).isEmpty();
    }

    @Test
    void aMemberWithoutAMatterOfItsOwnTakesTheCaseCategoryAndKeepsItsOwnAsTheFirstAlternative() {
        ComplaintText chase = c("d", 30, "10-404", "还没好？？物业电话打了五遍都没人接，什么服务态度");
        ClassificationResult alone = ENGINE.classify(chase);
        assertThat(alone.classification().category().id()).isEqualTo("staff_conduct");
        CollectiveCase outage = new CollectiveCase("CC-a", "building:10", ELECTRICAL, Instant.parse("2026-07-22T11:10:00Z"),
                List.of("a", "b", "c"), List.of("10-101", "10-202", "10-303"), "test case", Map.of());

        ClassificationResult joined = ENGINE.withCollective(chase, alone, outage);

        assertThat(joined.classification().category()).isEqualTo(ELECTRICAL);
        assertThat(joined.department()).isEqualTo("engineering");
        assertThat(joined.alternatives().get(0).category().id()).isEqualTo("staff_conduct");
        assertThat(joined.alternatives().get(0).score()).isEqualTo(alone.classification().confidence());
        assertThat(joined.alternatives()).hasSizeLessThanOrEqualTo(3).noneMatch(a -> a.category().equals(ELECTRICAL));
        assertThat(joined.classification().explanation().get(0))
                .startsWith("category electrical from collective case CC-a").contains("the text alone says staff_conduct");
        assertThat(joined.classification().confidence()).isEqualTo(alone.classification().confidence());
        // no rule of the case fired, so the urgency is the text's own
        assertThat(joined.classification().urgency()).isEqualTo(alone.classification().urgency());
    }

    @Test
    void aMemberOpeningWithAChaseTakesTheCaseCategoryAndTheResponseCategoriesAreTheDetectorsSettings() {
        Category elevatorCat = Category.of("elevator");
        CollectiveCase lifts = new CollectiveCase("CC-l", "building:8", elevatorCat, Instant.parse("2026-07-22T11:10:00Z"),
                List.of("a", "b", "c"), List.of("8-101", "8-202", "8-303"), "test case", Map.of());
        // sure of another category (the queue at the entrance door), but it opens by chasing the lifts
        ComplaintText queue = c("d", 30, "8-1808", "还没修好吗？楼下排队都排到单元门外面去了，保安也不管");
        ClassificationResult alone = ENGINE.classify(queue);
        assertThat(alone.classification().category()).isNotEqualTo(elevatorCat);
        ClassificationResult joined = ENGINE.withCollective(queue, alone, lifts);
        assertThat(joined.classification().category()).isEqualTo(elevatorCat);
        assertThat(joined.alternatives().get(0).category()).isEqualTo(alone.classification().category());
        // with no response categories a sure staff-conduct chase that does not open with it keeps its category
        ComplaintText busy = c("f", 30, "10-404", "物业电话打了五遍都没人接，什么服务态度，还没好？？");
        ClassificationResult busyAlone = ENGINE.classify(busy);
        assertThat(busyAlone.classification().category().id()).isEqualTo("staff_conduct");
        CollectiveCase outage = outageCase("building:10", "10-101");
        assertThat(ENGINE.withCollective(busy, busyAlone, outage, CollectiveSettings.defaults().withResponses(Set.of()))
                .classification().category().id()).isEqualTo("staff_conduct");
        assertThat(ENGINE.withCollective(busy, busyAlone, outage).classification().category()).isEqualTo(ELECTRICAL);
    }

    @Test
    void aMemberSureOfAMatterOfItsOwnKeepsItsCategory() {
        ComplaintText lift = c("d", 30, "10-404", "电梯停了，我们走楼梯下来的");
        ClassificationResult alone = ENGINE.classify(lift);
        assertThat(alone.classification().category().id()).isEqualTo("elevator");
        assertThat(alone.classification().needsReview()).isFalse();
        CollectiveCase outage = new CollectiveCase("CC-a", "building:10", ELECTRICAL, Instant.parse("2026-07-22T11:10:00Z"),
                List.of("a", "b", "c"), List.of("10-101", "10-202", "10-303"), "test case", Map.of());
        assertThat(ENGINE.withCollective(lift, alone, outage)).isSameAs(alone);
    }

    @Test
    void fewerFlatsThanMinUnitsAFacilityOrAResolvedTextLeaveUrgencyAlone() {
        ComplaintText q = c("d", 30, "10-404", "How long will this last? I have insulin in the fridge.");
        ClassificationResult alone = ENGINE.classify(q);
        assertThat(ENGINE.withCollective(q, alone, outageCase("building:10", "10-101")).classification().urgency())
                .isEqualTo(alone.classification().urgency());
        // the default minUnits is 2: two flats without power in a case of the building are an outage of it
        assertThat(ENGINE.withCollective(q, alone, outageCase("building:10", "10-101", "10-202")).classification()
                .urgency()).isEqualTo(Urgency.EMERGENCY);
        assertThat(ENGINE.withCollective(q, alone, outageCase("facility:car_park", "10-101", "10-202", "10-303"))
                .classification().urgency()).isEqualTo(alone.classification().urgency());
        ComplaintText back = c("e", 40, "10-505", "Power is back on now, thanks. Fridge still cold.");
        ClassificationResult backResult = ENGINE.classify(back);
        assertThat(ENGINE.withCollective(back, backResult, outageCase("building:10", "10-101", "10-202", "10-303"))
                .classification().urgency()).isEqualTo(backResult.classification().urgency());
    }

    @Test
    void theDetectorRecordsWhichFlatsFiredWhichRulesAndTheEngineRaisesTheJoiner() {
        CollectiveDetector d = CollectiveDetector.create(CollectiveSettings.defaults());
        CollectiveCase last = offerAll(d, new String[][] {{"a", "10-101", "停电了，家里全黑"}, {"b", "10-202", "我家也停电了"},
                {"c", "10-303", "整栋楼都没电了？什么时候来电"}});
        assertThat(last.unitsFiring(List.of("URG-NO-POWER"))).contains("10-101", "10-202");
        assertThat(last.unitsFiring(List.of("EMG-POWER-BUILDING"))).containsExactly("10-303");
        ComplaintText fourth = c("d", 50, "10-404", "什么时候来电啊，冰箱里还有药");
        ClassificationResult r = ENGINE.classify(fourth);
        assertThat(ENGINE.withCollective(fourth, r, last).classification().urgency()).isEqualTo(Urgency.EMERGENCY);
    }

    @Test
    void flatsThatOnlySayTheirOwnFlatIsDarkRaiseNobodyUntilOneSaysTheWholeBuildingIs() {
        ComplaintText q = c("d", 30, "10-404", "How long will this last? I have insulin in the fridge.");
        ClassificationResult alone = ENGINE.classify(q);
        assertThat(alone.classification().urgency()).isNotEqualTo(Urgency.EMERGENCY);
        // three flats without power may be three tripped breakers or some floors: not yet the README's whole building
        assertThat(ENGINE.withCollective(q, alone, flatsOnlyCase("building:10", "10-101", "10-202", "10-303"))
                .classification().urgency()).isEqualTo(alone.classification().urgency());
        // the streaming detector: flats alone, then a neighbour who looked out and saw the building dark
        CollectiveDetector d = CollectiveDetector.create(CollectiveSettings.defaults());
        CollectiveCase last = offerAll(d, new String[][] {{"a", "10-101", "家里突然停电了，电闸没跳"},
                {"b", "10-202", "我家也停电了，冰箱不响了"}, {"c", "10-303", "停电了，什么时候来电"}});
        assertThat(ENGINE.withCollective(q, alone, last).classification().urgency())
                .isEqualTo(alone.classification().urgency());
        ComplaintText contrast = c("e", 40, "10-505", "下楼一看整栋楼都黑了，隔壁楼还亮着");
        last = d.offer(contrast, ENGINE.classify(contrast)).orElseThrow();
        ClassificationResult raised = ENGINE.withCollective(q, alone, last);
        assertThat(raised.classification().urgency()).isEqualTo(Urgency.EMERGENCY);
        assertThat(raised.classification().explanation().get(0)).contains("10-505 said the whole place");
    }

    @Test
    void unknownConfirmingRuleIdsAreRejectedWithTheirJsonPath() {
        String json = "{\"version\":1,\"rules\":[{\"id\":\"P\",\"any\":[\"没电\"],\"category\":\"electrical\","
                + "\"urgency\":\"urgent\"}],\"collective\":{\"emergencyRules\":[\"P\"],\"minUnits\":2,"
                + "\"confirmingRules\":[\"P\",\"NOPE\"]}}";
        assertThatThrownBy(() -> ClassificationRules.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                "test.json"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("$.collective.confirmingRules[1]").hasMessageContaining("NOPE");
        String ok = json.replace(",\"NOPE\"", "");
        assertThat(ClassificationRules.read(new ByteArrayInputStream(ok.getBytes(StandardCharsets.UTF_8)), "t.json")
                .collectiveEmergency().confirmingRuleIds()).containsExactly("P");
    }

    @Test
    void withoutACollectiveSectionTheStepIsOffAndUnknownRuleIdsAreRejected() {
        String base = "{\"version\":1,%s\"rules\":[{\"id\":\"OUT\",\"any\":[\"停电\"],\"category\":\"electrical\","
                + "\"urgency\":\"urgent\"}]}";
        ClassificationRules off = rules(String.format(base, ""));
        ComplaintEngine engine = ComplaintEngine.builder().rules(off).build();
        ComplaintText q = c("d", 30, "10-404", "停电了");
        ClassificationResult r = engine.classify(q);
        assertThat(engine.withCollective(q, r, outageCase("building:10", "10-101", "10-202", "10-303"))).isSameAs(r);

        assertThatThrownBy(() -> rules(String.format(base,
                "\"collective\":{\"emergencyRules\":[\"NOPE\"],\"minUnits\":3},")))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ConfigErrorCode.CONFIG_UNKNOWN_REFERENCE);
                    assertThat(e.path()).isEqualTo("$.collective.emergencyRules[0]");
                });
        assertThatThrownBy(() -> rules(String.format(base,
                "\"collective\":{\"emergencyRules\":[\"OUT\"],\"minUnits\":2,\"partialRules\":[\"OUT\",\"NOPE\"]},")))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(ConfigErrorCode.CONFIG_UNKNOWN_REFERENCE);
                    assertThat(e.path()).isEqualTo("$.collective.partialRules[1]");
                });
        assertThatThrownBy(() -> rules(String.format(base,
                "\"collective\":{\"emergencyRules\":[\"OUT\"],\"minUnits\":1},")))
                .isInstanceOfSatisfying(ConfigurationException.class,
                        e -> assertThat(e.path()).isEqualTo("$.collective.minUnits"));
    }

    static ClassificationRules rules(String json) {
        return ClassificationRules.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }
}
