package io.propcare.survey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The Pareto of dissatisfied items and its cut. Items are ordered by descending count of
 * dissatisfied answers, ties by item id (lexicographic, so the order never depends on input order).
 * The strict cut (the procedures' reading of "within 80%", our default) is the longest prefix whose
 * cumulative share is at most the threshold, and never fewer than one item when anything is
 * dissatisfied; the classic cut is the shortest prefix whose cumulative share reaches the threshold
 * (it includes the item that crosses it). Shares are compared exactly ({@code count <= θ·total} in
 * decimal arithmetic), so 0.8 means 0.8, not the nearest double.
 *
 * <p>Implementation requirements: immutable value type.
 *
 * @param threshold the cut, such as 0.8
 * @param total all dissatisfied answers
 * @param rows the items in Pareto order
 * @param strictCut the item ids in the strict cut
 * @param classicCut the item ids in the classic cut
 */
public record Pareto(BigDecimal threshold, long total, List<Row> rows, List<String> strictCut, List<String> classicCut) {
    /** The default threshold, 80%. */
    public static final BigDecimal DEFAULT_THRESHOLD = new BigDecimal("0.8");

    /** Copies the lists. */
    public Pareto {
        rows = List.copyOf(Objects.requireNonNull(rows, "rows must not be null"));
        strictCut = List.copyOf(Objects.requireNonNull(strictCut, "strictCut must not be null"));
        classicCut = List.copyOf(Objects.requireNonNull(classicCut, "classicCut must not be null"));
    }

    /**
     * One item of the Pareto.
     *
     * @param item the item id
     * @param dissatisfied its dissatisfied answers
     * @param share its share of all dissatisfied answers
     * @param cumulativeShare the cumulative share after it
     * @param inStrictCut whether it is in the strict cut
     * @param inClassicCut whether it is in the classic cut
     */
    public record Row(String item, long dissatisfied, double share, double cumulativeShare, boolean inStrictCut,
                      boolean inClassicCut) {
    }

    /**
     * The Pareto of dissatisfied counts per item.
     *
     * @param dissatisfied count per item id, none negative
     * @param threshold the cut, above 0 and at most 1
     * @return the Pareto
     */
    public static Pareto of(Map<String, Long> dissatisfied, BigDecimal threshold) {
        java.util.Objects.requireNonNull(dissatisfied, "dissatisfied must not be null");
        java.util.Objects.requireNonNull(threshold, "threshold must not be null");
        if (threshold.signum() <= 0 || threshold.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("threshold must be above 0 and at most 1, got " + threshold);
        }
        List<Map.Entry<String, Long>> entries = new ArrayList<>(dissatisfied.entrySet());
        long total = 0;
        for (Map.Entry<String, Long> e : entries) {
            if (e.getValue() < 0) {
                throw new IllegalArgumentException("count of " + e.getKey() + " must not be negative, got " + e.getValue());
            }
            total = Math.addExact(total, e.getValue());
        }
        entries.sort(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue).reversed()
                .thenComparing(Map.Entry::getKey));
        BigDecimal limit = threshold.multiply(BigDecimal.valueOf(total));
        List<Row> rows = new ArrayList<>();
        List<String> strict = new ArrayList<>();
        List<String> classic = new ArrayList<>();
        long cumulative = 0;
        for (Map.Entry<String, Long> e : entries) {
            long before = cumulative;
            cumulative += e.getValue();
            boolean inStrict = total > 0 && (BigDecimal.valueOf(cumulative).compareTo(limit) <= 0 || before == 0)
                    && e.getValue() > 0 && (strict.size() == rows.size());
            boolean inClassic = total > 0 && e.getValue() > 0 && BigDecimal.valueOf(before).compareTo(limit) < 0;
            if (inStrict) {
                strict.add(e.getKey());
            }
            if (inClassic) {
                classic.add(e.getKey());
            }
            rows.add(new Row(e.getKey(), e.getValue(), total == 0 ? 0 : (double) e.getValue() / total,
                    total == 0 ? 0 : (double) cumulative / total, inStrict, inClassic));
        }
        return new Pareto(threshold, total, rows, strict, classic);
    }
}
