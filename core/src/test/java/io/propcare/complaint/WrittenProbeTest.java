package io.propcare.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.propcare.model.complaint.Urgency;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shipped engine on {@code probe.jsonl}: sentences written from the README's category and
 * urgency tables, not from corpus lines (docs/classification.md, sessions 6 to 9). Each line is
 * classified on its own, without collective detection. Since session 9 the lines with a category
 * also train the built-in model ({@code propcare train --extra}), so for the model part this is a
 * check on training lines; the figures at first sight are in the doc.
 */
class WrittenProbeTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static List<JsonNode> probe() throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                WrittenProbeTest.class.getResourceAsStream("probe.jsonl"), "probe.jsonl"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    lines.add(JSON.readTree(line));
                }
            }
        }
        return lines;
    }

    /** The line classified as the command line reads it (a null unit or building is none). */
    static ClassificationResult classify(JsonNode line) {
        return DefaultRulesTest.ENGINE.classify(ComplaintLines.complaint(line));
    }

    /** The lines that carry {@code field}, and which of them the engine gets wrong. */
    private static List<String> misses(String field, BiPredicate<JsonNode, ClassificationResult> right,
                                       int[] counted) throws IOException {
        List<String> wrong = new ArrayList<>();
        for (JsonNode line : probe()) {
            if (line.has(field)) {
                counted[0]++;
                ClassificationResult r = classify(line);
                if (!right.test(line, r)) {
                    wrong.add(line.get("id").asText() + " " + line.get("text").asText() + ": expected " + field + " "
                            + line.get(field).asText() + ", got " + r.classification().category().id() + "/"
                            + r.classification().urgency() + "/" + r.classification().validity());
                }
            }
        }
        return wrong;
    }

    /**
     * Lines of session 12's batches where the helpers' emergency label and the rules disagree and
     * no general form settles it without risking real emergencies; the test fails when any other
     * line is wrong.
     */
    static final Map<String, String> KNOWN_EMERGENCY_DISAGREEMENTS = Map.ofEntries(
            // falling structure: the README's nearest example, a hanging branch over a playground, is urgent
            Map.entry("jg-024", "a ceiling collapsed in a flat, debris still falling"),
            Map.entry("jg-056", "loose façade tiles over a school path"),
            Map.entry("jg-105", "a cracked window pane that may fall"),
            Map.entry("jg-131", "a boundary wall collapsed onto cars"),
            // session 20: the model's emergency step no longer reaches it with the lower penalty
            Map.entry("jg-118", "a canopy glass panel hanging by one corner over the entrance"),
            // a past event told in another clause than the emergency word (session 13: a text that
            // opens with 昨天 or "last night" is past as a whole, which settled two more)
            Map.entry("jg-153", "last month's outage, 整栋楼黑了 in the next clause"),
            Map.entry("jj-039", "trapped in the car park by a barrier this morning"),
            Map.entry("jk-168", "fireworks heard as explosions, already over"),
            // labelled urgent, named by an emergency rule: a burst pipe or a dark building told plainly
            Map.entry("ji-193", "a burst pipe in the pump room, water 10 cm deep"),
            Map.entry("jh-037", "a burst pipe on the roof, water pouring down the stairs"),
            Map.entry("jj-104", "the stairwell dark from the ground floor to the top"),
            Map.entry("jj-111", "the sound of a burst pipe upstairs, the ceiling not wet yet"),
            // members of a flood cluster labelled emergency, told as a question or a complaint
            Map.entry("jh-128", "asking whether water will reach the lift shaft"),
            Map.entry("jh-131", "blaming the old pipe for the flood downstairs"),
            // a burning smell with no smoke seen: the corpus calls it urgent, and the text model's
            // emergency step needs a word of smoke, flame, gas or an alarm in fire safety
            Map.entry("jb-046", "a burning smell on a landing, a flat not answering"),
            Map.entry("jj-059", "a burning plastic smell in a corridor, an engineer sent"),
            // session 13's batches JQ and JU (training data since the end of the session)
            Map.entry("jq-085", "sewage from a floor drain up to the door: the helper says urgent, a held-out "
                    + "line where sewage reached a bedroom says emergency"),
            Map.entry("jq-100", "blue flickering and dripping petrol under a car: no rule names a fire about to start"),
            Map.entry("jq-189", "a rumour of yesterday's car fire, the past cue after the emergency words"),
            Map.entry("ju-155", "a car park flooded up to the wheels: the corpus calls that an emergency"),
            Map.entry("ju-179", "grey water on the floor every time the washer drains, told in the sentence before"),
            // session 14's batches JX, JY and JZ (training data since the end of the session): the helpers
            // call a burning smell alone, or a fire alarm with no smoke seen, an emergency; the corpus urgent
            Map.entry("jz-058", "something burning smelled in a corridor, security sent up"),
            Map.entry("jy-157", "a burning plastic smell from the meter cupboard"),
            Map.entry("jy-091", "a fire alarm on all floors, a family in the stairwell asking if it is real"),
            Map.entry("jy-092", "a fire alarm ringing, no smoke seen"),
            // a partial outage: the helper calls floors 10-18 without power urgent in one line and, with a
            // burnt smell in the corridor, an emergency in the next
            Map.entry("jx-151", "a floor dark and the lift stopped: the model's emergency step"),
            Map.entry("jx-155", "floors 10-18 without power and a burnt smell in the corridor"),
            // hazards the rules call emergencies and the helpers do not
            Map.entry("jx-077", "water dripping through a ceiling lamp"),
            // session 29: water through a light with no word of it gathering on the floor is urgent by
            // EMG-FLOOD-LIGHT (session 28: 14 emergency, 29 urgent and 3 normal labelled lines), and the model's
            // emergency step no longer raises it either (combination.modelEmergencyHeldBy)
            Map.entry("em8-11", "water running out of a light, nothing said of the floor"),
            Map.entry("jy-141", "a stranger climbing over the boundary wall towards the car park"),
            Map.entry("jz-028", "a firework tube still smoking next to the e-bike shed"),
            // session 18: an unexplained burning smell in a corridor is an emergency (EMG-BURNING-CORRIDOR), as
            // most helpers call it; this helper calls it urgent when no smoke is seen
            Map.entry("ju-162", "burning plastic in a corridor, no visible smoke"),
            // session 39: water in the car park with no word that it rises or that the cars must be moved now is
            // urgent (EMG-FLOOD's lowerWhere: 23 such lines labelled urgent or normal, this one an emergency)
            Map.entry("jh-126", "water coming into B1, the car park starting to fill, a car parked by the door"));

    @Test
    void everyWrittenEmergencyIsAnEmergencyAndThePastEventsAreNot() throws IOException {
        int[] lines = {0};
        List<String> wrong = misses("emergency", (line, r) -> line.get("emergency").asBoolean()
                == (r.classification().urgency() == Urgency.EMERGENCY), lines);
        assertThat(lines[0]).isEqualTo(7151);
        assertThat(wrong).allSatisfy(w -> assertThat(KNOWN_EMERGENCY_DISAGREEMENTS).containsKey(w.substring(0,
                w.indexOf(' '))));
    }

    @Test
    void everyServiceLossOrHazardTheReadmeCallsUrgentIsAtLeastUrgent() throws IOException {
        int[] lines = {0};
        List<String> wrong = misses("atLeastUrgent",
                (line, r) -> r.classification().urgency().isAtLeast(Urgency.URGENT), lines);
        assertThat(lines[0]).isEqualTo(72);
        assertThat(wrong).isEmpty();
    }

    /**
     * Category lines: 82 of 84 when written (session 6: two boundary cases the README settles);
     * 124 of 125 with session 7's 41, 145 of 146 with its 21 staff-log lines, 160 of 161 with 15
     * e-mails with typos, 180 of 181 with 20 questions, bills, parcels and car-park lines; session 8:
     * 311 of 312 with 131 lines in the style of city hotline tickets (Chinese 12345 work orders,
     * English 311 "type / descriptor" lines), 360 of 361 with 49 longer tickets, 391 of 392 with 31
     * WeChat lines that mix Chinese and English words, 428 of 431 with 39 English patrol and
     * front-desk log lines and Chinese patrol lines (35 of 39 at first sight). The misses are
     * fire-lane parking, strangers in the bike room, and glass by the pool; 468 of 472 with 41
     * resident messages, two per category (38 of 41 at first sight), the new miss an e-bike charged
     * in an English stairwell (parking, not fire safety); 498 of 502 with 30 colloquial northern
     * Chinese lines (27 of 30 at first sight); 527 of 532 with 30 English e-mails with typos (25 of
     * 30 at first sight), the new miss a lift's grinding noise (noise, not elevator); 528 of 533 with the
     * last check's parking fee charged again (fees). Session 9 gave categories to the 167 validity and
     * urgency lines that lacked one (the probe also trains the built-in model, {@code propcare train
     * --extra}) and added 300 lines written by two helpers who read only the README (category 254 of
     * 300 at first sight, 262 after this session's rules before any training on them): 992 of 1000; then
     * 670 more from four helpers (emergencies, hard boundaries, terse and mixed lines, hotline
     * tickets), each classified before any rule changed for it (docs/classification.md, session 9):
     * 1646 of 1670. Most of the 24 misses are boundary judgements of the helpers that the corpus or
     * the README settle the other way, kept as written. Then 340 more (everyday traffic and the most
     * confused classes) and TF-IDF heads: 1994 of 2010. Session 10: 1,389 more from eight helper batches
     * (weak classes, hotline tickets, terse lines, long multi-issue messages, English tenants, WeChat
     * owners, questions against requests), each classified before any rule changed for it: 3368 of 3399;
     * then 560 more (place against problem, emergencies told without their keywords and their
     * look-alikes, validity boundaries): 3922 of 3959; then 320 more (staff logs, an emergency check):
     * 4236 of 4279; 4402 of 4447 with a last general check of 168 (160 right at first sight); 4897 of
     * 4957 with 510 more (security, neighbour, hvac and cleaning boundaries; staff conduct against the
     * broken thing; a second emergency check). Two leaf-sweeping lines were relabelled greening, as the
     * corpus labels them.
     *
     * <p>Validity lines: 28 of 30 in session 6, 50 of 53 with session 7's 23; session 8 added 17
     * hotline lines, 7 longer tickets and 39 lines for the README's outside parties and invalid
     * demands, fixed the planes line and relabelled two couriers' manners (a parcel thrown on the
     * floor, a parcel left at the wrong building) as valid, as the corpus labels such lines: 114 of
     * 116; 138 of 140 with 24 lines on invalid demands and their valid look-alikes (18 of 24 at first
     * sight). The misses are demands the README does not list: a neighbour's camera footage and church
     * bells across the road. Session 9: 433 of 440 with the helpers' 300; the new misses are their
     * judgements against the corpus convention (a stranger following a child, a gas smell with the gas
     * company called: needs assistance here) and two README-silent ones (a police request for a
     * residence letter, an illegal structure to be reported to the city inspectors); 1087 of 1110
     * with the 670 more, the new misses again mostly strangers following children and gas smells,
     * which the helpers judged valid and the corpus needs assistance; 1418 of 1450 with the last 340.
     * Session 10: 2789 of 2839 with the 1,389 more; 3343 of 3399 with the 560 after them (180 of them
     * written for validity: 60 invalid demands, 60 outside parties, 60 look-alikes); 3656 of 3719 with
     * the last 320; 3823 of 3887 with the last 168; 4327 of 4397 with the last 510.
     * Session 11: 5554 of 5647 categories and 5001 of 5087 validities with the 690 lines of four
     * more batches (emergencies told without their words, hotline tickets, the most confused
     * classes, an emergency check); the built-in model retrained on them.
     * Session 12: 6351 of 6517 categories and 5860 of 5957 validities with the 870 lines of five
     * more batches (emergency look-alikes, everyday tickets, two collective streams with
     * same-building distractors, a mixed fortnight); the look-alike batch labels neighbours' smoke,
     * medical emergencies and past events by the README's boundaries, which the rules and the model
     * follow less well (110 of 160 at first sight, 111 after the fixes).
     * Session 13: 7035 of 7263 categories and 6596 of 6703 validities with the 746 lines of four
     * batches used during the session (an emergency check, everyday tickets, two collective weeks);
     * each line is classified on its own here, without the collective step that gives a follow-up
     * its case's category, so the collective weeks' follow-ups count as misses.
     * Session 14: 7556 of 7841 categories and 7158 of 7281 validities with the 578 lines of three
     * batches (two collective weeks, everyday tickets), measured after the built-in model was
     * retrained on them.
     * Session 19: 7391 of 7841 categories (450 misses). The built-in model now also learns the category
     * of 16,445 more helper lines ({@code propcare train --extra-category docs/heldout}), which
     * raised the category on batches written afterwards and never trained on from 0.879 to 0.906 on
     * average, but weighs these older lines less than before; validity is unchanged, as those lines
     * teach the category alone.
     * Session 20: 7355 of 7841 (486 misses), with 2,305 more helper lines (18,750) teaching the category;
     * the batches written in session 20 and never trained on rose from 0.886 to 0.891. Then 7735 of 7841
     * (106 misses) once the logistic heads fit harder (penalty 3e-6, 200,000 steps).
     * Session 21: 7716 of 7841 (125 misses) with session 20's 2,721 lines (21,471) teaching the
     * category; 7706 (135 misses) with session 21's first 1,553 lines too (23,024). The helper
     * lines, twenty times the corpus, now decide the boundary cases these probe lines label otherwise.
     * Session 22: 7693 (148 misses) with session 21's other 2,502 lines too (25,526).
     * Session 23: 7672 (169 misses) with session 22's 3,102 lines too (28,628); the 1,557 lines of
     * session 23's round 12, never trained on, rose from 0.9255 to 0.9268 and dev from 0.8805 to 0.8850.
     * Then 7645 (196 misses) with rounds 12 and 13 too (31,744); round 14, never trained on, rose from 0.9096
     * to 0.9115 with them, and dev fell from 0.8850 to 0.8761 (2 lines). Then 7638 (203 misses) with round 14
     * too (33,303); round 15, never trained on, 0.9265 to 0.9284, dev 0.8761 to 0.8805. The probe's misses
     * have grown with every round of helper lines (148 to 212 this session, 212 with round 15 too: 34,853
     * extra lines): their labels decide the boundary cases these probe lines label otherwise.
     * Session 24: 7618 (223 misses) with round 16 too (36,419). Weighing the probe twice or three times
     * ({@code --extra-weight 2}, {@code 3}) cut its misses (evaluated with the collective step) from 196 to
     * 94 and 64, but the category of round 17, never trained on, fell from 0.9134 to 0.9121 and 0.9114:
     * the probe's own lines are learnt, nothing more, so the weight stays 1.
     * Session 25: 225 misses with round 17 too (37,966). Session 26: 244 with rounds 18 and 19 too (41,081):
     * round 20, never trained on, rose from 0.9150 to 0.9176; dev rose one line with round 18 (0.8805 to 0.8850) and
     * fell two with round 19 (0.8761). Session 27: 249 with round 20 too (42,634): round 21, never trained on,
     * rose from 0.9103 to 0.9123; dev unchanged.
     * Session 28: 260 with rounds 21 and 22 too (45,747), and one more validity miss (124). Round 23,
     * never trained on, rose from 0.9179 to 0.9237; dev from 0.8761 to 0.8805.
     * Session 29: 275 with rounds 23 and 24 too (48,856); round 25, never trained on, rose from 0.9187 to
     * 0.9219.
     * Session 30: 289 with round 25 too (50,405); rounds 26 and 27, never trained on, moved from 0.9341 to 0.9328
     * and from 0.9254 to 0.9248 (2 and 1 lines), and dev from 0.8850 to 0.8805 (1 line). Then 290 once round 26 was
     * read and the rules changed (jj-121, pool showers without hot water, now hvac).
     */
    @ParameterizedTest
    @CsvSource({"category, 7841, 290", "validity, 7281, 124"})
    void writtenLinesGetTheirLabelWithFewMisses(String field, int expectedLines, int allowedMisses) throws IOException {
        int[] lines = {0};
        List<String> wrong = misses(field, (line, r) -> line.get(field).asText().equals(field.equals("category")
                ? r.classification().category().id() : r.classification().validity().id()), lines);
        assertThat(lines[0]).isEqualTo(expectedLines);
        assertThat(wrong).as("misses").hasSizeLessThanOrEqualTo(allowedMisses);
    }
}
