package io.propcare.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import io.propcare.model.complaint.Channel;
import io.propcare.model.complaint.ComplaintText;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The string-free feature numbering against the feature strings the model was trained on. */
class FeatureExtractorProperties {
    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-03-04T10:15:00+08:00");

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> words = Arbitraries.of("the", "leaking", "leaks", "leaked", "batteries", "pipe", "pipes",
                "bus", "glass", "it's", "don\u2019t", "a", "lift", "stuck", "ing", "ies", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaing",
                "漏水", "电梯坏了", "楼", "3", "12", " ", "  ", ",", ".", "-", "ÉCOLE", "ｌｉｆｔ", "Ｓ");
        return words.list().ofMaxSize(25).map(l -> String.join(" ", l)).filter(s -> !s.isBlank());
    }

    private static ComplaintText complaint(String text, boolean unit) {
        return new ComplaintText("c1", text, AT, Channel.WECHAT, unit ? "3-1201" : "", unit ? "3" : "");
    }

    @Property(tries = 500)
    void numberedFeaturesAreTheKnownFeatureStringsInOrder(@ForAll("texts") String text, @ForAll("texts") String known,
                                                          @ForAll boolean unit) {
        ComplaintText c = complaint(text, unit);
        // a vocabulary of another text's features, some of this one's and the field facts
        List<String> vocabulary = new ArrayList<>(new LinkedHashSet<>(FeatureExtractor.features(complaint(known, !unit))));
        List<String> mine = new ArrayList<>(FeatureExtractor.features(c));
        for (int i = 0; i < mine.size(); i += 2) {
            if (!vocabulary.contains(mine.get(i))) {
                vocabulary.add(mine.get(i));
            }
        }
        FeatureTable table = FeatureTable.of(vocabulary);
        List<String> expected = new ArrayList<>();
        for (String f : mine) {
            if (vocabulary.contains(f)) {
                expected.add(f);
            }
        }
        List<String> got = new ArrayList<>();
        for (int f : FeatureExtractor.indices(c, table)) {
            got.add(table.name(f));
        }
        assertThat(got).isEqualTo(expected);
    }

    @Example
    void theTableFindsEveryNameAndNothingElse() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            names.add(Integer.toString(i, 36) + (i % 7 == 0 ? "_漏" : ""));
        }
        FeatureTable t = FeatureTable.of(names);
        for (int i = 0; i < names.size(); i++) {
            char[] padded = ("#" + names.get(i) + "#").toCharArray();
            assertThat(t.indexOf(padded, 1, padded.length - 2)).isEqualTo(i);
            assertThat(t.indexOf(names.get(i) + "#")).isEqualTo(-1);
        }
        assertThat(t.indexOf("")).isEqualTo(-1);
    }

    @Example
    void wordFeaturesAreStemmedAndChainedAcrossStopWords() {
        assertThat(FeatureExtractor.textFeatures("the pipes are leaking, batteries it\u2019s 电梯坏"))
                .containsExactly("pipe", "leak", "pipe_leak", "battery", "电", "电梯", "梯", "梯坏", "坏");
    }

    @Property(tries = 200)
    void evidenceByNumberIsEvidenceByName(@ForAll("texts") String text, @ForAll long seed) {
        Set<String> features = FeatureExtractor.features(complaint(text, true));
        java.util.Random r = new java.util.Random(seed);
        Map<String, double[]> table = new HashMap<>();
        List<String> names = new ArrayList<>(features);
        // packed as in TextModel: 3 weights per feature at offset 2 of a stride of 6, zeros when absent
        double[] rows = new double[names.size() * 6];
        for (int f = 0; f < names.size(); f++) {
            if (r.nextInt(4) > 0) {
                // few distinct values, so that ties in weight are common
                double[] w = {r.nextInt(5) * 0.25, r.nextInt(5) * 0.25, r.nextInt(5) * 0.25};
                table.put(names.get(f), w);
                System.arraycopy(w, 0, rows, f * 6 + 2, 3);
            }
        }
        int[] order = new int[names.size()];
        for (int f = 0; f < order.length; f++) {
            order[f] = f;
        }
        for (int j = 0; j < 3; j++) {
            assertThat(Evidence.top(names::get, rows, 6, 2, 3, order, j, 5, 0.2)).isEqualTo(reference(table, features, j));
            assertThat(Evidence.top(table, features, j, 5, 0.2)).isEqualTo(reference(table, features, j));
        }
    }

    /** The evidence rule written plainly: advantage over the mean of the others, stable sort, no containment. */
    private static List<String> reference(Map<String, double[]> table, Set<String> features, int j) {
        List<Map.Entry<String, Double>> ws = features.stream()
                .filter(f -> table.containsKey(f) && !f.startsWith("\u00a7"))
                .map(f -> Map.entry(f, table.get(f)[j] - (table.get(f)[0] + table.get(f)[1] + table.get(f)[2]
                        - table.get(f)[j]) / 2))
                .filter(e -> e.getValue() > 0.2)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .toList();
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Double> e : ws) {
            if (out.size() < 5 && out.stream().noneMatch(o -> o.contains(e.getKey()) || e.getKey().contains(o))) {
                out.add(e.getKey());
            }
        }
        return out;
    }
}
