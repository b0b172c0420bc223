package io.propcare.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LogisticHeadTest {
    static final String[] CLASSES = {"elevator", "plumbing", "pests"};

    static List<Set<String>> docs() {
        List<Set<String>> d = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            d.add(Set.of("lift", "stuck", "w" + i));
            d.add(Set.of("leak", "pipe", "w" + i));
            d.add(Set.of("rat", "kitchen", "w" + i));
        }
        return d;
    }

    static int[] labels() {
        int[] y = new int[60];
        for (int i = 0; i < 60; i++) {
            y[i] = i % 3;
        }
        return y;
    }

    @Test
    void itLearnsSeparableClassesAndItsEvidenceNamesTheDecisiveFeatures() {
        LogisticHead h = LogisticHead.fit(CLASSES, docs(), labels(), LogisticHead.Settings.BINARY);
        double[] p = h.probabilities(Set.of("pipe", "unseen"));
        assertThat(p[1]).isGreaterThan(p[0]).isGreaterThan(0.5);
        assertThat(h.evidence(Set.of("pipe", "leak", "w3"), 1, 5)).containsExactlyInAnyOrder("pipe", "leak");
        double[] q = h.probabilities(Set.of("rat"));
        assertThat(q[2]).isGreaterThan(q[0]).isGreaterThan(q[1] - 1e-9);
    }

    @Test
    void theSameDataGivesTheSameWeightsAndSkippedLinesAreIgnored() {
        LogisticHead a = LogisticHead.fit(CLASSES, docs(), labels(), LogisticHead.Settings.BINARY);
        LogisticHead b = LogisticHead.fit(CLASSES, docs(), labels(), LogisticHead.Settings.BINARY);
        assertThat(b.bias).containsExactly(a.bias);
        assertThat(b.weights.keySet()).isEqualTo(a.weights.keySet());
        a.weights.forEach((f, w) -> assertThat(b.weights.get(f)).containsExactly(w));
        int[] y = labels();
        List<Set<String>> d = new ArrayList<>(docs());
        d.add(Set.of("only-in-a-skipped-line"));
        int[] y2 = java.util.Arrays.copyOf(y, y.length + 1);
        y2[y.length] = -1;
        assertThat(LogisticHead.fit(CLASSES, d, y2, LogisticHead.Settings.BINARY).weights)
                .doesNotContainKey("only-in-a-skipped-line");
    }

    @Test
    void aHigherTemperatureFlattensTheProbabilitiesWithoutChangingTheWinner() {
        LogisticHead h = LogisticHead.fit(CLASSES, docs(), labels(), LogisticHead.Settings.BINARY);
        double[] sharp = h.probabilities(Set.of("lift"));
        double[] flat = h.withTemperature(4.0).probabilities(Set.of("lift"));
        assertThat(flat[0]).isLessThan(sharp[0]).isGreaterThan(flat[1]);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(TextModel.Weighting.class)
    void aSmallSeparableDatasetIsLearnedPerfectly(TextModel.Weighting weighting) {
        LogisticHead h = LogisticHead.fit(CLASSES, docs(), labels(), LogisticHead.Settings.of(weighting));
        List<Set<String>> d = docs();
        int[] y = labels();
        for (int i = 0; i < d.size(); i++) {
            double[] p = h.probabilities(d.get(i));
            for (int j = 0; j < p.length; j++) {
                if (j != y[i]) {
                    assertThat(p[y[i]]).as("document %d", i).isGreaterThan(p[j]);
                }
            }
        }
    }

    @Test
    void tfIdfWeightsAndScoresFollowTheHandComputedExample() {
        // three documents: "a b", "a", "c"; df(a) = 2, df(b) = df(c) = 1, N = 3
        List<Set<String>> d = List.of(new java.util.LinkedHashSet<>(List.of("a", "b")), Set.of("a"), Set.of("c"));
        int[] y = {0, 0, 1};
        LogisticHead.Encoded enc = LogisticHead.Encoded.of(d);
        double[] idf = LogisticHead.idf(enc, y, TextModel.Weighting.TFIDF);
        double idfA = Math.log(4.0 / 3.0) + 1;
        double idfB = Math.log(4.0 / 2.0) + 1;
        assertThat(idf[enc.names().indexOf("a")]).isCloseTo(idfA, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(idf[enc.names().indexOf("b")]).isCloseTo(idfB, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(idf[enc.names().indexOf("c")]).isCloseTo(idfB, org.assertj.core.data.Offset.offset(1e-6));
        // a line left out (label -1) counts for no document frequency
        assertThat(LogisticHead.idf(enc, new int[] {0, -1, 1}, TextModel.Weighting.TFIDF)[enc.names().indexOf("a")])
                .isCloseTo(Math.log(3.0 / 2.0) + 1, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(LogisticHead.idf(enc, y, TextModel.Weighting.BINARY)).containsExactly(1.0, 1.0, 1.0);
        LogisticHead h = LogisticHead.fit(new String[] {"x", "y"}, enc, y, LogisticHead.Settings.TFIDF);
        assertThat(h.idf).containsOnlyKeys("a", "b", "c");
        // score = bias + (stored weights summed) / length of the tf-idf vector; unknown features add nothing
        double[] raw = h.rawScores(List.of("a", "b", "unknown"));
        double length = Math.sqrt(h.idf.get("a") * h.idf.get("a") + h.idf.get("b") * h.idf.get("b"));
        for (int j = 0; j < 2; j++) {
            double expected = h.bias[j] + (h.weights.get("a")[j] + h.weights.get("b")[j]) / length;
            assertThat(raw[j]).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-12));
        }
        assertThat(h.rawScores(List.of("unknown"))).containsExactly(h.bias);
    }
}
