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

    /** The value rounded half-up to {@code places} decimals, e.g. {@code 0.42}. */
    static String plain(double v, int places) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return String.valueOf(v);
        }
        return BigDecimal.valueOf(v).setScale(places, RoundingMode.HALF_UP).toPlainString();
    }

    /** As {@link #plain} with a sign, e.g. {@code +2.0} or {@code -0.5}. */
    static String signed(double v, int places) {
        String s = plain(v, places);
        return s.startsWith("-") ? s : "+" + s;
    }
}
