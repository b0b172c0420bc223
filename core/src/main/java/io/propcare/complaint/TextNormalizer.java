package io.propcare.complaint;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Normalises complaint text before rules and features see it: Unicode NFKC (full-width letters,
 * digits and punctuation become half-width; the ideographic space becomes a space), traditional
 * Chinese characters become simplified through the shipped table {@code t2s.txt}, letters become
 * lower case, whitespace next to a Chinese character is removed and other runs of whitespace
 * become one space.
 *
 * <p>Implementation requirements: stateless and thread-safe; idempotent.
 */
final class TextNormalizer {
    private static final char[] T2S = loadTable();

    private TextNormalizer() {
    }

    private static char[] loadTable() {
        char[] table = new char[0x10000];
        for (int i = 0; i < table.length; i++) {
            table[i] = (char) i;
        }
        try (InputStream in = TextNormalizer.class.getResourceAsStream("t2s.txt")) {
            if (in == null) {
                throw new IllegalStateException("resource io/propcare/complaint/t2s.txt is missing from the jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#")) {
                    continue;
                }
                for (String pair : line.strip().split("\\s+")) {
                    if (pair.length() == 2) {
                        table[pair.charAt(0)] = pair.charAt(1);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read io/propcare/complaint/t2s.txt", e);
        }
        return table;
    }

    /**
     * The simplified form of one character, or the character itself.
     *
     * @param c the character
     * @return the simplified character
     */
    static char simplified(char c) {
        return T2S[c];
    }

    /**
     * Whether a traditional character has a simplified form in the table.
     *
     * @param c the character
     * @return true when {@link #simplified(char)} changes it
     */
    static boolean hasSimplified(char c) {
        return T2S[c] != c;
    }

    static boolean isHan(char c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF);
    }

    /** Private-use characters that stand for {@code \A} ... {@code \Z} while a pattern is normalised. */
    private static final char ESCAPE_BASE = '\uE000';

    /**
     * Normalises a regular expression as {@link #normalize} does a text, but keeps the letter after
     * each backslash as written, so {@code \W}, {@code \S}, {@code \D} and {@code \p{IsHan}} keep
     * their meaning instead of becoming {@code \w}, {@code \s}, {@code \d} and {@code \p{ishan}}.
     *
     * @param regex the pattern as written
     * @return the normalised pattern
     */
    static String normalizeRegex(String regex) {
        StringBuilder masked = new StringBuilder(regex.length());
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length()) {
                char next = regex.charAt(i + 1);
                masked.append(c).append(mask(next));
                i++;
                if ((next == 'p' || next == 'P') && i + 1 < regex.length() && regex.charAt(i + 1) == '{') {
                    // a property name such as \p{IsHan} is kept as written too
                    while (i + 1 < regex.length() && regex.charAt(i) != '}') {
                        masked.append(mask(regex.charAt(++i)));
                    }
                }
            } else {
                masked.append(c);
            }
        }
        String n = normalize(masked.toString());
        StringBuilder out = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            out.append(c >= ESCAPE_BASE && c < ESCAPE_BASE + 26 ? (char) ('A' + (c - ESCAPE_BASE)) : c);
        }
        return out.toString();
    }

    private static char mask(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (ESCAPE_BASE + (c - 'A')) : c;
    }

    /**
     * Normalises a text.
     *
     * @param text the text
     * @return the normalised text
     */
    static String normalize(String text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(nfkc.length());
        for (int i = 0; i < nfkc.length(); i++) {
            char c = nfkc.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                sb.append(' ');
            } else {
                sb.append(T2S[c]);
            }
        }
        String mapped = sb.toString().toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(mapped.length());
        int n = mapped.length();
        int i = 0;
        while (i < n) {
            char c = mapped.charAt(i);
            if (c != ' ') {
                out.append(c);
                i++;
                continue;
            }
            int j = i;
            while (j < n && mapped.charAt(j) == ' ') {
                j++;
            }
            boolean atEdge = out.length() == 0 || j == n;
            boolean nextToHan = (out.length() > 0 && isHan(out.charAt(out.length() - 1)))
                    || (j < n && isHan(mapped.charAt(j)));
            if (!atEdge && !nextToHan) {
                out.append(' ');
            }
            i = j;
        }
        return out.toString();
    }
}
