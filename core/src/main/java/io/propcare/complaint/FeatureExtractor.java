package io.propcare.complaint;

import io.propcare.model.complaint.ComplaintText;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Turns a normalised text into the set of features the model counts: Chinese character unigrams
 * and bigrams inside runs of Chinese characters (no word segmenter needed), English words (lightly
 * stemmed, stop words dropped) and word bigrams, and two facts: the channel and whether a flat or a
 * building was given. (Character trigrams and character 4-grams of English words were measured
 * too and did not help; see docs/classification.md.)
 *
 * <p>Implementation requirements: stateless and thread-safe.
 */
final class FeatureExtractor {
    private static final Set<String> STOP = Set.of("the", "a", "an", "is", "are", "was", "were", "be", "been",
            "to", "of", "and", "or", "in", "on", "at", "for", "it", "its", "this", "that", "i", "me", "my", "we",
            "our", "you", "your", "he", "she", "they", "them", "his", "her", "with", "as", "by", "from", "so",
            "but", "if", "do", "does", "did", "have", "has", "had", "am", "im", "ive", "there", "just", "can",
            "could", "would", "will", "please", "hi", "hello", "dear", "thanks", "thank", "again", "also", "all",
            "some", "any", "what", "when", "who", "how", "which", "one", "up", "out", "about", "into", "than",
            "then", "too", "very", "really", "still", "now", "get", "got", "s", "t");

    private FeatureExtractor() {
    }

    /**
     * The features of a complaint.
     *
     * @param complaint the complaint
     * @return the features, in order of first appearance
     */
    static Set<String> features(ComplaintText complaint) {
        Set<String> out = textFeatures(TextNormalizer.normalize(complaint.text()));
        out.add("\u00a7ch=" + complaint.channel().id());
        out.add(complaint.hasUnit() ? "\u00a7unit" : complaint.hasBuilding() ? "\u00a7building" : "\u00a7estate");
        return out;
    }

    /**
     * The text features of a normalised text.
     *
     * @param norm the text, already normalised
     * @return the features
     */
    static Set<String> textFeatures(String norm) {
        Set<String> out = new LinkedHashSet<>();
        int n = norm.length();
        int i = 0;
        String prevWord = null;
        while (i < n) {
            char c = norm.charAt(i);
            if (TextNormalizer.isHan(c)) {
                int j = i;
                while (j < n && TextNormalizer.isHan(norm.charAt(j))) {
                    j++;
                }
                for (int a = i; a < j; a++) {
                    out.add(norm.substring(a, a + 1));
                    if (a + 2 <= j) {
                        out.add(norm.substring(a, a + 2));
                    }
                }
                prevWord = null;
                i = j;
            } else if (c >= 'a' && c <= 'z') {
                StringBuilder w = new StringBuilder();
                int j = i;
                while (j < n) {
                    char d = norm.charAt(j);
                    if (d >= 'a' && d <= 'z') {
                        w.append(d);
                    } else if (d != '\'' && d != '\u2019') {
                        break;
                    }
                    j++;
                }
                String word = w.toString();
                i = j;
                if (STOP.contains(word)) {
                    continue;
                }
                String stem = stem(word);
                out.add(stem);
                if (prevWord != null) {
                    out.add(prevWord + "_" + stem);
                }
                prevWord = stem;
            } else {
                if (!(c == ' ' || Character.isDigit(c))) {
                    prevWord = null;
                }
                i++;
            }
        }
        return out;
    }

    /**
     * A light English stemmer: drops common inflection endings so that "leaking", "leaks" and
     * "leaked" share one feature.
     *
     * @param w the lower-case word
     * @return the stem
     */
    static String stem(String w) {
        int n = w.length();
        if (n > 5 && w.endsWith("ing")) {
            return w.substring(0, n - 3);
        }
        if (n > 4 && w.endsWith("ies")) {
            return w.substring(0, n - 3) + "y";
        }
        if (n > 4 && w.endsWith("ed")) {
            return w.substring(0, n - 2);
        }
        if (n > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) {
            return w.substring(0, n - 1);
        }
        return w;
    }
}
