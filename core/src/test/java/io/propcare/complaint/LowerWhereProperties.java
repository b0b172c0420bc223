package io.propcare.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import io.propcare.model.complaint.Urgency;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * A rule's {@code lowerWhere} against a brute-force oracle: texts are put together from a flood, and at random a
 * place in the car park (or that place negated), a word that the water rises, a word of a flat and a resolved cue,
 * in any order; the oracle says what the README's urgency is for each combination.
 */
class LowerWhereProperties {
    static final ClassificationRules RULES = ClassificationRulesTest.read("{\"version\":1,"
            + "\"negation\":{\"cues\":[\"不是\",\"not\"]},\"resolved\":{\"cues\":[\"已抽干\",\"pumped dry\"]},"
            + "\"rules\":[{\"id\":\"FLOOD\",\"any\":[\"进水了\",\"flooded\"],\"category\":\"plumbing\",\"urgency\":\"emergency\","
            + "\"lowerWhere\":[{\"terms\":[\"车库\",\"car park\"],\"unless\":[\"还在涨\",\"rising\",\"客厅\",\"living room\"],"
            + "\"reason\":\"water in the car park\"}]}]}");

    @Property(tries = 500)
    void aFloodIsOneLevelLowerOnlyInTheCarParkWithoutRisingWaterOrAFlatAndNeverTwoLevels(
            @ForAll boolean carPark, @ForAll boolean negatedPlace, @ForAll boolean rising, @ForAll boolean flat,
            @ForAll boolean resolved, @ForAll boolean english, @ForAll long seed) {
        List<String> parts = new ArrayList<>();
        parts.add(english ? "it flooded" : "进水了");
        if (carPark) {
            parts.add(negatedPlace ? (english ? "it is not the car park" : "不是车库") : (english ? "in the car park" : "车库"));
        }
        if (rising) {
            parts.add(english ? "still rising" : "水还在涨");
        }
        if (flat) {
            parts.add(english ? "the living room too" : "客厅也是");
        }
        if (resolved) {
            parts.add(english ? "now pumped dry" : "已抽干");
        }
        Collections.shuffle(parts, new Random(seed));
        String text = String.join(english ? ", " : "，", parts);

        boolean lowered = resolved || (carPark && !negatedPlace && !rising && !flat);
        Urgency expected = lowered ? Urgency.URGENT : Urgency.EMERGENCY;
        assertThat(ClassificationRulesTest.classify(RULES, text).classification().urgency()).as(text)
                .isEqualTo(expected);
    }
}
