package io.propcare.complaint;

import io.propcare.model.complaint.ComplaintText;
import java.util.LinkedHashSet;
import java.util.List;
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
    private static final FeatureTable STOP = FeatureTable.of(List.of("the", "a", "an", "is", "are", "was", "were",
            "be", "been", "to", "of", "and", "or", "in", "on", "at", "for", "it", "its", "this", "that", "i", "me",
            "my", "we", "our", "you", "your", "he", "she", "they", "them", "his", "her", "with", "as", "by", "from",
            "so", "but", "if", "do", "does", "did", "have", "has", "had", "am", "im", "ive", "there", "just", "can",
            "could", "would", "will", "please", "hi", "hello", "dear", "thanks", "thank", "again", "also", "all",
            "some", "any", "what", "when", "who", "how", "which", "one", "up", "out", "about", "into", "than",
            "then", "too", "very", "really", "still", "now", "get", "got", "s", "t"));

    /** Receives the features of a text one by one, each spelled by {@code chars[from, from + length)}. */
    @FunctionalInterface
    interface Sink {
        /**
         * One feature (repeats included); the buffer is reused after the call returns.
         *
         * @param chars the buffer
         * @param from where the feature starts
         * @param length its length
         */
        void feature(char[] chars, int from, int length);
    }

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
        out.add(channel(complaint));
        out.add(place(complaint));
        return out;
    }

    private static String channel(ComplaintText complaint) {
        return "\u00a7ch=" + complaint.channel().id();
    }

    private static String place(ComplaintText complaint) {
        return complaint.hasUnit() ? "\u00a7unit" : complaint.hasBuilding() ? "\u00a7building" : "\u00a7estate";
    }

    /**
     * The features of a complaint that a vocabulary knows, as numbers: the same features as
     * {@link #features}, in the same order, without making a string per feature.
     *
     * @param complaint the complaint
     * @param vocabulary the known features
     * @return the numbers of the known features, each once, in order of first appearance
     */
    static int[] indices(ComplaintText complaint, FeatureTable vocabulary) {
        return indices(complaint, TextNormalizer.normalize(complaint.text()), vocabulary);
    }

    /**
     * As {@link #indices(ComplaintText, FeatureTable)}, for a text already normalised.
     *
     * @param complaint the complaint (for its channel and place)
     * @param norm its normalised text
     * @param vocabulary the known features
     * @return the numbers of the known features, each once, in order of first appearance
     */
    static int[] indices(ComplaintText complaint, String norm, FeatureTable vocabulary) {
        char[] text = norm.toCharArray();
        Collector c = new Collector(vocabulary, text.length);
        scan(text, c);
        c.add(vocabulary.indexOf(channel(complaint)));
        c.add(vocabulary.indexOf(place(complaint)));
        return java.util.Arrays.copyOf(c.out, c.count);
    }

    /** Collects the distinct known feature numbers in order, with a small open-addressing set. */
    private static final class Collector implements Sink {
        final FeatureTable vocabulary;
        int[] out = new int[16];
        int count;
        int[] set;

        Collector(FeatureTable vocabulary, int textLength) {
            this.vocabulary = vocabulary;
            // room for about one distinct feature per character at half load; add() grows it when needed
            this.set = new int[Integer.highestOneBit(textLength * 2 + 15) << 1];
        }

        @Override
        public void feature(char[] chars, int from, int length) {
            add(vocabulary.indexOf(chars, from, length));
        }

        void add(int f) {
            if (f < 0) {
                return;
            }
            int mask = set.length - 1;
            int i = (f * 0x9E3779B1) >>> 7 & mask;
            while (set[i] != 0) {
                if (set[i] == f + 1) {
                    return;
                }
                i = (i + 1) & mask;
            }
            set[i] = f + 1;
            if (count == out.length) {
                out = java.util.Arrays.copyOf(out, count * 2);
            }
            out[count++] = f;
            if (count * 2 > set.length) {
                int[] old = set;
                set = new int[old.length * 2];
                for (int k = 0; k < count; k++) {
                    int j = (out[k] * 0x9E3779B1) >>> 7 & (set.length - 1);
                    while (set[j] != 0) {
                        j = (j + 1) & (set.length - 1);
                    }
                    set[j] = out[k] + 1;
                }
            }
        }
    }

    /**
     * The text features of a normalised text.
     *
     * @param norm the text, already normalised
     * @return the features
     */
    static Set<String> textFeatures(String norm) {
        Set<String> out = new LinkedHashSet<>();
        scan(norm.toCharArray(), (chars, from, length) -> out.add(new String(chars, from, length)));
        return out;
    }

    /**
     * Reports the text features of a normalised text, in order, repeats included.
     *
     * @param text the normalised text
     * @param sink receives each feature
     */
    static void scan(char[] text, Sink sink) {
        int n = text.length;
        char[] word = new char[24];
        char[] pair = new char[49];
        int prev = -1;
        int i = 0;
        while (i < n) {
            char c = text[i];
            if (TextNormalizer.isHan(c)) {
                int j = i;
                while (j < n && TextNormalizer.isHan(text[j])) {
                    j++;
                }
                for (int a = i; a < j; a++) {
                    sink.feature(text, a, 1);
                    if (a + 2 <= j) {
                        sink.feature(text, a, 2);
                    }
                }
                prev = -1;
                i = j;
            } else if (c >= 'a' && c <= 'z') {
                int m = 0;
                int j = i;
                while (j < n) {
                    char d = text[j];
                    if (d >= 'a' && d <= 'z') {
                        if (m == word.length) {
                            word = java.util.Arrays.copyOf(word, m * 2);
                        }
                        word[m++] = d;
                    } else if (d != '\'' && d != '\u2019') {
                        break;
                    }
                    j++;
                }
                i = j;
                if (STOP.indexOf(word, 0, m) >= 0) {
                    continue;
                }
                m = stem(word, m);
                sink.feature(word, 0, m);
                if (pair.length < Math.max(prev, m) + 1 + m) {
                    pair = java.util.Arrays.copyOf(pair, 2 * (Math.max(prev, m) + 1 + m));
                }
                if (prev >= 0) {
                    pair[prev] = '_';
                    System.arraycopy(word, 0, pair, prev + 1, m);
                    sink.feature(pair, 0, prev + 1 + m);
                }
                System.arraycopy(word, 0, pair, 0, m);
                prev = m;
            } else {
                if (!(c == ' ' || Character.isDigit(c))) {
                    prev = -1;
                }
                i++;
            }
        }
    }

    /**
     * A light English stemmer: drops common inflection endings so that "leaking", "leaks" and
     * "leaked" share one feature. Stems the lower-case word in {@code w[0, n)} in place.
     *
     * @param w the buffer
     * @param n the word's length
     * @return the stem's length
     */
    private static int stem(char[] w, int n) {
        if (n > 5 && w[n - 3] == 'i' && w[n - 2] == 'n' && w[n - 1] == 'g') {
            return n - 3;
        }
        if (n > 4 && w[n - 3] == 'i' && w[n - 2] == 'e' && w[n - 1] == 's') {
            w[n - 3] = 'y';
            return n - 2;
        }
        if (n > 4 && w[n - 2] == 'e' && w[n - 1] == 'd') {
            return n - 2;
        }
        if (n > 3 && w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != 'u') {
            return n - 1;
        }
        return n;
    }
}
