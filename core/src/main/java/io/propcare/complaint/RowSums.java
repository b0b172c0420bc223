package io.propcare.complaint;

import java.util.Map;

/** Adds per-feature rows of class scores: the one inner loop the model heads and the rule combiner share. */
final class RowSums {
    private RowSums() {
    }

    /**
     * Adds {@code table.get(key)} to {@code into}, element by element, for every key that has a row.
     *
     * @param into the scores, changed in place
     * @param table rows by feature or rule id, each as long as {@code into}
     * @param keys the features or rule ids present
     * @return {@code into}
     */
    static double[] add(double[] into, Map<String, double[]> table, Iterable<String> keys) {
        for (String key : keys) {
            double[] row = table.get(key);
            if (row != null) {
                for (int j = 0; j < into.length; j++) {
                    into[j] += row[j];
                }
            }
        }
        return into;
    }
}
