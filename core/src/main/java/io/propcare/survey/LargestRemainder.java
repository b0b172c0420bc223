package io.propcare.survey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Percentages rounded so that they add up to exactly 100 (Hamilton's largest-remainder method):
 * every share gets the floor of its exact value in units of {@code 10^-decimals} percent, and the
 * units still missing go to the largest remainders. Ties between equal remainders go to the larger
 * count, then to the earlier position. Exact shares are not lost: report them beside the rounded ones.
 *
 * <p>Implementation requirements: stateless, thread-safe.
 */
public final class LargestRemainder {
    private LargestRemainder() {
    }

    /**
     * Rounds the percentages of counts.
     *
     * @param counts the counts, none negative
     * @param decimals decimal places, 0 to 6
     * @return one percentage per count, adding up to exactly 100 (all zero when the counts are all 0)
     */
    public static List<BigDecimal> percentages(long[] counts, int decimals) {
        java.util.Objects.requireNonNull(counts, "counts must not be null");
        if (decimals < 0 || decimals > 6) {
            throw new IllegalArgumentException("decimals must be 0 to 6, got " + decimals);
        }
        long total = 0;
        for (long c : counts) {
            if (c < 0) {
                throw new IllegalArgumentException("counts must not be negative, got " + Arrays.toString(counts));
            }
            total = Math.addExact(total, c);
        }
        List<BigDecimal> out = new ArrayList<>();
        if (total == 0) {
            for (int i = 0; i < counts.length; i++) {
                out.add(BigDecimal.ZERO.setScale(decimals));
            }
            return out;
        }
        java.math.BigInteger units = java.math.BigInteger.TEN.pow(decimals + 2);
        java.math.BigInteger bigTotal = java.math.BigInteger.valueOf(total);
        long[] floors = new long[counts.length];
        java.math.BigInteger[] remainders = new java.math.BigInteger[counts.length];
        long assigned = 0;
        for (int i = 0; i < counts.length; i++) {
            java.math.BigInteger[] qr = java.math.BigInteger.valueOf(counts[i]).multiply(units).divideAndRemainder(bigTotal);
            floors[i] = qr[0].longValueExact();
            remainders[i] = qr[1];
            assigned += floors[i];
        }
        long missing = units.longValueExact() - assigned;
        Integer[] order = new Integer[counts.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer, java.math.BigInteger>comparing(i -> remainders[i]).reversed()
                .thenComparing(Comparator.<Integer>comparingLong(i -> counts[i]).reversed())
                .thenComparing(Comparator.naturalOrder()));
        for (int r = 0; r < missing; r++) {
            floors[order[r]]++;
        }
        for (long f : floors) {
            out.add(BigDecimal.valueOf(f, decimals));
        }
        return out;
    }
}
