package io.propcare.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import io.propcare.model.complaint.Channel;
import io.propcare.model.complaint.ComplaintText;
import io.propcare.model.complaint.Urgency;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

class ClassificationProperties {
    static final ComplaintEngine ENGINE = ComplaintEngine.ofDefaults();
    static final List<ComplaintText> TEXTS = Corpus.lines().stream().map(ComplaintLines::complaint).toList();
    static final Map<Character, Character> S2T = new HashMap<>();

    static {
        for (char c = 0x3400; c < 0xFAFF; c++) {
            if (TextNormalizer.hasSimplified(c)) {
                S2T.putIfAbsent(TextNormalizer.simplified(c), c);
            }
        }
    }

    @Provide
    Arbitrary<ComplaintText> complaints() {
        return Arbitraries.of(TEXTS);
    }

    static String traditional(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(S2T.getOrDefault(c, c));
        }
        return b.toString();
    }

    static String fullWidth(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c > 0x20 && c < 0x7F ? (char) (c + 0xFEE0) : c == ' ' ? '\u3000' : c);
        }
        return b.toString();
    }

    static String spaced(String s, long seed) {
        StringBuilder b = new StringBuilder("  ");
        java.util.Random r = new java.util.Random(seed);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c);
            boolean han = TextNormalizer.isHan(c) && i + 1 < s.length() && TextNormalizer.isHan(s.charAt(i + 1));
            if ((han && r.nextInt(3) == 0) || c == ' ') {
                b.append(" \t ".substring(0, 1 + r.nextInt(3)));
            }
        }
        return b.append(" \n").toString();
    }

    /**
     * Any text the boundary accepts (up to 300 characters of any UTF-16 code unit: lone surrogates,
     * combining marks, control characters, emoji halves) gets a complete answer: no exception, a
     * known category, a confidence between 0 and 1, and a non-empty explanation.
     */
    @Property(tries = 1000)
    void anyAcceptedTextGetsACompleteAnswer(@ForAll @StringLength(min = 1, max = 300) String text,
                                            @ForAll boolean unit) {
        if (text.isBlank() || text.indexOf('\u0000') >= 0) {
            return; // the boundary refuses these with a message naming the field (ComplaintText's checks)
        }
        ComplaintText c = new ComplaintText("p1", text, OffsetDateTime.parse("2026-12-04T03:00:00+08:00"),
                Channel.APP, unit ? "3-1502" : "", unit ? "3" : "");
        ClassificationResult r = ENGINE.classify(c);
        assertThat(Taxonomy.defaults().ids()).contains(r.classification().category().id());
        assertThat(r.classification().confidence()).isBetween(0.0, 1.0);
        assertThat(r.classification().explanation()).isNotEmpty();
    }

    @Property(tries = 300)
    void theAnswerIgnoresSpacesFullWidthFormsAndTraditionalCharacters(@ForAll("complaints") ComplaintText c,
                                                                       @ForAll long seed) {
        ClassificationResult plain = ENGINE.classify(c);
        for (String variant : List.of(spaced(c.text(), seed), fullWidth(c.text()), traditional(c.text()),
                traditional(fullWidth(spaced(c.text(), seed))))) {
            ClassificationResult r = ENGINE.classify(c.withText(variant));
            assertThat(r.classification().category()).isEqualTo(plain.classification().category());
            assertThat(r.classification().urgency()).isEqualTo(plain.classification().urgency());
            assertThat(r.classification().validity()).isEqualTo(plain.classification().validity());
            assertThat(r.classification().confidence()).isEqualTo(plain.classification().confidence());
        }
    }

    @Property(tries = 300)
    void addingAnEmergencyPhraseNeverLowersUrgency(@ForAll("complaints") ComplaintText c,
                                                  @ForAll("emergencies") String phrase) {
        Urgency before = ENGINE.classify(c).classification().urgency();
        Urgency after = ENGINE.classify(c.withText(c.text() + "！" + phrase)).classification().urgency();
        assertThat(after.isAtLeast(before)).as("%s -> %s", before, after).isTrue();
    }

    static final TextModel SMALL = TextModel.train(Corpus.examples("train"), ClassificationRules.defaults());
    static final TextModel RELOADED = reload(SMALL);

    static TextModel reload(TextModel m) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            m.write(out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return TextModel.read(new java.io.ByteArrayInputStream(out.toByteArray()), "memory");
    }

    @Property(tries = 300)
    void aSavedAndReloadedModelAnswersIdentically(@ForAll("complaints") ComplaintText c, @ForAll long seed) {
        ComplaintText variant = c.withText(spaced(c.text(), seed));
        assertThat(RELOADED.predict(variant)).isEqualTo(SMALL.predict(variant));
        ComplaintEngine a = ComplaintEngine.builder().classifier(SMALL).build();
        ComplaintEngine b = ComplaintEngine.builder().classifier(RELOADED).build();
        assertThat(b.classify(variant)).isEqualTo(a.classify(variant));
    }

    @Provide
    Arbitrary<String> emergencies() {
        return Arbitraries.of("着火了", "楼道里一股煤气味", "有人被困在电梯里", "家里被淹了", "整栋楼停电了",
                "Smoke is coming out of the flat", "I smell gas", "someone is trapped in the lift",
                "my apartment is flooding", "someone is breaking in");
    }

    @Provide
    Arbitrary<String> categories() {
        return Arbitraries.of(Taxonomy.defaults().ids());
    }

    /**
     * The collective step against its statement: the category moves to the case's exactly when the
     * member is unsure, has no matter of its own or opens by following up, keeping its own as the first alternative; the
     * urgency becomes an emergency exactly when the case is one building's with at least
     * {@code minUnits} flats firing the outage rules and the text does not say it has stopped, and
     * is never lowered; confidence, review and validity stay the text's own.
     */
    @Provide
    Arbitrary<ComplaintText> followUpsOrNot() {
        return Arbitraries.of(TEXTS).flatMap(c -> Arbitraries.of(FOLLOW_UPS)
                .map(p -> p.isEmpty() ? c : c.withText(p + c.text())));
    }

    /** Openings the collective step reads as a follow-up on the building's matter; "" leaves the text alone. */
    static final List<String> FOLLOW_UPS = List.of("", "", "", "还没修好吗？", "同问，", "3栋602来电：还是没", "Any update? ");

    @Property(tries = 300)
    void theCollectiveStepMovesOnlyAMemberWithoutAMatterOfItsOwnAndNeverLowersUrgency(
            @ForAll("followUpsOrNot") ComplaintText c, @ForAll("categories") String caseCategory,
            @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 4) int firing, @ForAll boolean building,
            @ForAll boolean confirmed) {
        ClassificationResult alone = ENGINE.classify(c);
        io.propcare.model.complaint.Category matter = io.propcare.model.complaint.Category.of(caseCategory);
        List<String> units = List.of("9-101", "9-202", "9-303", "9-404").subList(0, firing);
        CollectiveCase cc = new CollectiveCase("CC-p", building ? "building:9" : "facility:car_park", matter,
                java.time.Instant.parse("2026-07-01T12:00:00Z"), List.of("a"), units, "property",
                confirmed && firing > 0 ? Map.of("URG-NO-POWER", units, "EMG-POWER-BUILDING", units.subList(0, 1))
                        : Map.of("URG-NO-POWER", units));

        ClassificationResult r = ENGINE.withCollective(c, alone, cc);

        var a = alone.classification();
        var b = r.classification();
        boolean opensFollowUp = CollectiveDetector.followsUp(TextNormalizer.normalize(c.text()));
        if (FOLLOW_UPS.stream().anyMatch(p -> !p.isEmpty() && c.text().startsWith(p))) {
            assertThat(opensFollowUp).as("a generated follow-up opening").isTrue();
        }
        boolean moves = !a.category().equals(matter) && (a.needsReview()
                || CollectiveSettings.DEFAULT_RESPONSES.contains(a.category()) || opensFollowUp);
        assertThat(b.category()).isEqualTo(moves ? matter : a.category());
        if (moves) {
            assertThat(r.alternatives().get(0).category()).isEqualTo(a.category());
            assertThat(r.alternatives()).hasSizeLessThanOrEqualTo(3).noneMatch(s -> s.category().equals(matter));
        } else {
            assertThat(r.alternatives()).isEqualTo(alone.alternatives());
        }
        String norm = TextNormalizer.normalize(c.text());
        ClassificationRules rules = ClassificationRules.defaults();
        // stopped, told as past ("询问昨晚停电原因"), a claim for the damage ("赔偿") or only partial ("低层有电"):
        // the text keeps its own urgency
        boolean stopped = rules.cues().resolvedCue(norm) != null || rules.cues().pastTimeAnywhere(norm) != null
                || rules.cues().aftermath(norm) != null || rules.collectiveEmergency().partial(norm) != null;
        // and nobody is raised before a member said the whole building is dark (collective.confirmingRules)
        Urgency expected = a.urgency() == Urgency.EMERGENCY || (building && firing >= 2 && confirmed && !stopped)
                ? Urgency.EMERGENCY : a.urgency();
        assertThat(b.urgency()).isEqualTo(expected);
        assertThat(b.urgency().isAtLeast(a.urgency())).isTrue();
        assertThat(b.confidence()).isEqualTo(a.confidence());
        assertThat(b.needsReview()).isEqualTo(a.needsReview());
        assertThat(b.validity()).isEqualTo(a.validity());
    }
}
