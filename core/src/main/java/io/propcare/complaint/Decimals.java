package io.propcare.complaint;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Formats numbers for explanations without {@code String.format} (which is slow on the hot path).
 *
 * <p>Implementation requirements: stateless and thread-safe.
 */
final class Decimals {
    private Decimals() {
    }

    /**
     * The value rounded half-up to {@code places} decimals, e.g. {@code 0.42}: exactly
     * {@code BigDecimal.valueOf(v).setScale(places, HALF_UP).toPlainString()}, which rounds the
     * shortest decimal form of the double ({@link Double#toString}). That form is rounded here
     * digit by digit, without a {@code BigDecimal}, unless it is written with an exponent.
     */
    static String plain(double v, int places) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return String.valueOf(v);
        }
        String s = Double.toString(v);
        if (places < 0 || s.indexOf('E') >= 0) {
            return BigDecimal.valueOf(v).setScale(places, RoundingMode.HALF_UP).toPlainString();
        }
        int start = s.charAt(0) == '-' ? 1 : 0;
        int dot = s.indexOf('.');
        int whole = dot - start;
        // one leading digit for a carry, the whole digits, then the kept decimals
        char[] d = new char[1 + whole + places];
        d[0] = '0';
        s.getChars(start, dot, d, 1);
        for (int i = 0; i < places; i++) {
            int at = dot + 1 + i;
            d[1 + whole + i] = at < s.length() ? s.charAt(at) : '0';
        }
        int next = dot + 1 + places;
        if (next < s.length() && s.charAt(next) >= '5') {
            int i = d.length - 1;
            while (d[i] == '9') {
                d[i--] = '0';
            }
            d[i]++;
        }
        boolean zero = true;
        for (char c : d) {
            if (c != '0') {
                zero = false;
                break;
            }
        }
        int from = d[0] == '0' ? 1 : 0;
        StringBuilder out = new StringBuilder(d.length + 2);
        if (start == 1 && !zero) {
            out.append('-');
        }
        out.append(d, from, 1 + whole - from);
        if (places > 0) {
            out.append('.').append(d, 1 + whole, places);
        }
        return out.toString();
    }

    /** As {@link #plain} with a sign, e.g. {@code +2.0} or {@code -0.5}. */
    static String signed(double v, int places) {
        String s = plain(v, places);
        return s.startsWith("-") ? s : "+" + s;
    }
}
