package io.propcare.survey;

import io.propcare.model.survey.Answer;
import io.propcare.model.survey.QuestionItem;
import io.propcare.model.survey.ScaleKind;
import io.propcare.model.survey.SurveyResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.HashMap;
import java.util.TreeMap;

/**
 * The one-pass, mergeable aggregate of a survey's responses: every statistic of the report is
 * computed from the sums kept here, so responses can be streamed from storage once, in any order,
 * and parts aggregated separately (per thread, per file) can be merged. Memory grows with items,
 * breakdown groups and design cells, never with the number of responses.
 *
 * <p>Two ways in: {@link #add(SurveyResponse)} for stored responses, and the allocation-free
 * {@link Row} for bulk loads ({@link #newRow()}, fill, {@link #add(Row)}, {@link Row#clear()}).
 *
 * <p>Implementation requirements: mutable and not thread-safe: one aggregate per thread, then
 * {@link #merge(SurveyAggregate)}.
 */
public final class SurveyAggregate {
    /** The {@link Row#codes(int[])} code of an item left empty. */
    public static final int NOT_ANSWERED_CODE = -1;
    /** The {@link Row#codes(int[])} code of an item marked not applicable. */
    public static final int NOT_APPLICABLE_CODE = -2;
    static final int NOT_ANSWERED = NOT_ANSWERED_CODE;
    static final int NOT_APPLICABLE = NOT_APPLICABLE_CODE;

    private final SurveyConfig config;
    private final List<QuestionItem> items;
    private final ScaleKind[] kinds;
    private final int[] base;
    private final boolean[] simple;
    private final int[] maxCode;
    private final int[] optionOffsets;
    private final int[] satisfiedSlot;
    private final int[] validSlot;
    private final int width;
    private final int optionWidth;
    private final long[] validCodes;
    private final int[] sat5;
    private final List<String> byColumns;
    private final SurveyDesign design;
    private final Block all;
    private final CronbachAlpha.Accumulator alpha;
    private final List<Map<String, Block>> groups;
    private final DesignEstimator estimator;
    private final List<String> designVariables;
    private final int[] designItem;
    private final boolean[] designSatisfied;
    private final int[] thresholds;
    private final int[] scratch;
    private Row scratchRow;
    private final double[] designValues;

    private SurveyAggregate(SurveyConfig config, List<String> byColumns, SurveyDesign design) {
        this.config = config;
        this.items = config.questionnaire().items();
        int n = items.size();
        this.kinds = new ScaleKind[n];
        this.base = new int[n];
        this.simple = new boolean[n];
        this.maxCode = new int[n];
        this.optionOffsets = new int[n];
        int w = 0;
        int ow = 0;
        List<Integer> s5 = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            QuestionItem it = items.get(i);
            kinds[i] = it.scale();
            simple[i] = it.scale().isScore() || it.scale() == ScaleKind.YESNO;
            maxCode[i] = it.scale().isScore() ? it.scale().maxScore() : it.scale() == ScaleKind.YESNO ? 1 : 0;
            base[i] = w + 2;
            w += 2 + maxCode[i] + 1;
            optionOffsets[i] = ow;
            ow += it.scale() == ScaleKind.CHOICE ? it.options().size() : 0;
            if (it.scale() == ScaleKind.SATISFACTION5) {
                s5.add(i);
            }
        }
        this.width = w;
        this.optionWidth = ow;
        this.validCodes = new long[n];
        for (int i = 0; i < n; i++) {
            long mask = 0b11;
            for (int c = 0; c < 62; c++) {
                if (fits(items.get(i), c)) {
                    mask |= 1L << (c + 2);
                }
            }
            validCodes[i] = mask;
        }
        this.satisfiedSlot = new int[w];
        this.validSlot = new int[w];
        for (int i = 0; i < n; i++) {
            QuestionItem it = items.get(i);
            if (it.scale() == ScaleKind.SATISFACTION5) {
                for (int c = 1; c <= 5; c++) {
                    validSlot[base[i] + c] = 1;
                    satisfiedSlot[base[i] + c] = c >= it.satisfiedAtLeast() ? 1 : 0;
                }
            }
        }
        this.thresholds = items.stream().mapToInt(QuestionItem::satisfiedAtLeast).toArray();
        for (QuestionItem it : items) {
            if (it.scale() == ScaleKind.CHOICE && it.options().size() > 31) {
                throw new IllegalArgumentException("choice item " + it.id() + " has " + it.options().size()
                        + " options; at most 31 are supported");
            }
        }
        this.sat5 = s5.stream().mapToInt(Integer::intValue).toArray();
        this.scratch = new int[sat5.length];
        this.byColumns = List.copyOf(byColumns);
        this.design = design;
        this.all = new Block();
        this.alpha = new CronbachAlpha.Accumulator(sat5.length);
        this.groups = new ArrayList<>();
        for (int g = 0; g < byColumns.size(); g++) {
            groups.add(new HashMap<>());
        }
        List<String> vars = new ArrayList<>();
        List<Integer> itemOf = new ArrayList<>();
        List<Boolean> satisfiedOf = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            QuestionItem it = items.get(i);
            switch (it.scale()) {
                case SATISFACTION5 -> {
                    vars.add(it.id());
                    itemOf.add(i);
                    satisfiedOf.add(false);
                    vars.add(it.id() + ":satisfied");
                    itemOf.add(i);
                    satisfiedOf.add(true);
                }
                case NPS, NUMERIC, YESNO -> {
                    vars.add(it.id());
                    itemOf.add(i);
                    satisfiedOf.add(false);
                }
                default -> {
                }
            }
        }
        this.designVariables = List.copyOf(vars);
        this.designItem = itemOf.stream().mapToInt(Integer::intValue).toArray();
        this.designSatisfied = new boolean[satisfiedOf.size()];
        for (int v = 0; v < designSatisfied.length; v++) {
            designSatisfied[v] = satisfiedOf.get(v);
        }
        this.estimator = design == null ? null : new DesignEstimator(designVariables, false);
        this.designValues = new double[designVariables.size()];
    }

    /**
     * An empty aggregate.
     *
     * @param config the survey configuration
     * @param byColumns columns to break results down by (such as {@code "building"}); may be empty
     * @param design the sampling design for design-based estimates, or empty
     * @return the aggregate
     */
    public static SurveyAggregate create(SurveyConfig config, List<String> byColumns, Optional<SurveyDesign> design) {
        Objects.requireNonNull(config, "config must not be null");
        Objects.requireNonNull(byColumns, "byColumns must not be null");
        Objects.requireNonNull(design, "design must not be null");
        return new SurveyAggregate(config, byColumns, design.orElse(null));
    }

    /**
     * Sums for everyone or for one breakdown group. Each item has a run of counters in
     * {@code counts}: not applicable, not answered, then one per code (score items and yes/no) or
     * one "answered" counter (other items), so that a simple answer costs one increment and two
     * table lookups (satisfied, valid) in {@link #add(Row)}.
     */
    final class Block {
        long responses;
        long valid;
        final long[] counts = new long[width];
        final long[] optionCounts = new long[optionWidth];
        final double[] numMean = new double[items.size()];
        final double[] numM2 = new double[items.size()];
        final double[] numMin = new double[items.size()];
        final double[] numMax = new double[items.size()];
        long respondents;
        long sumS;
        long sumV;
        long sumSS;
        long sumVV;
        long sumSV;

        Block() {
            Arrays.fill(numMin, Double.POSITIVE_INFINITY);
            Arrays.fill(numMax, Double.NEGATIVE_INFINITY);
        }

        void add(Row row) {
            responses++;
            int any = 0;
            int s = 0;
            int v = 0;
            int[] codes = row.codes;
            long[] cnt = counts;
            for (int i = 0; i < codes.length; i++) {
                int c = codes[i];
                int idx = base[i] + (simple[i] ? c : Math.min(c, 0));
                cnt[idx]++;
                s += satisfiedSlot[idx];
                v += validSlot[idx];
                any |= ~c >>> 31;
                if (!simple[i] && c >= 0) {
                    complex(i, c, row);
                }
            }
            valid += any;
            if (v > 0) {
                respondents++;
                sumS += s;
                sumV += v;
                sumSS += (long) s * s;
                sumVV += (long) v * v;
                sumSV += (long) s * v;
            }
        }

        private void complex(int i, int c, Row row) {
            if (kinds[i] == ScaleKind.CHOICE) {
                int o = optionOffsets[i];
                for (int m = c; m != 0; m &= m - 1) {
                    optionCounts[o + Integer.numberOfTrailingZeros(m)]++;
                }
            } else if (kinds[i] == ScaleKind.NUMERIC) {
                double x = row.numbers[i];
                long n = counts[base[i]];
                double delta = x - numMean[i];
                numMean[i] += delta / n;
                numM2[i] += delta * (x - numMean[i]);
                numMin[i] = Math.min(numMin[i], x);
                numMax[i] = Math.max(numMax[i], x);
            }
        }

        void merge(Block o) {
            for (int i = 0; i < items.size(); i++) {
                long nb = o.answered(i);
                long na = answered(i);
                if (kinds[i] == ScaleKind.NUMERIC && nb > 0) {
                    // Chan et al.'s pairwise combination of means and squared deviations
                    double delta = o.numMean[i] - numMean[i];
                    long nt = na + nb;
                    numMean[i] += delta * nb / nt;
                    numM2[i] += o.numM2[i] + delta * delta * ((double) na * nb / nt);
                    numMin[i] = Math.min(numMin[i], o.numMin[i]);
                    numMax[i] = Math.max(numMax[i], o.numMax[i]);
                }
            }
            responses += o.responses;
            valid += o.valid;
            for (int i = 0; i < width; i++) {
                counts[i] += o.counts[i];
            }
            for (int i = 0; i < optionWidth; i++) {
                optionCounts[i] += o.optionCounts[i];
            }
            respondents += o.respondents;
            sumS += o.sumS;
            sumV += o.sumV;
            sumSS += o.sumSS;
            sumVV += o.sumVV;
            sumSV += o.sumSV;
        }

        long notApplicable(int item) {
            return counts[base[item] - 2];
        }

        long notAnswered(int item) {
            return counts[base[item] - 1];
        }

        long answered(int item) {
            if (!simple[item]) {
                return counts[base[item]];
            }
            long a = 0;
            for (int c = 0; c <= maxCode[item]; c++) {
                a += counts[base[item] + c];
            }
            return a;
        }

        long[] scoreCounts(int item, int from, int to) {
            return Arrays.copyOfRange(counts, base[item] + from, base[item] + to + 1);
        }

        long[] optionCounts(int item) {
            return Arrays.copyOfRange(optionCounts, optionOffsets[item],
                    optionOffsets[item] + items.get(item).options().size());
        }
    }

    /**
     * A reusable, allocation-free response: the answer code of each item, the numbers of numeric
     * items, the breakdown values and the design fields. Codes: a score (1-5 or 0-10), 1 for yes
     * and 0 for no, a bit mask of options for choice items (bit i = option i), 1 for an answered
     * text; {@link #notAnswered(int)} and {@link #notApplicable(int)} mark the others.
     *
     * <p>Implementation requirements: mutable, not thread-safe.
     */
    public final class Row {
        final int[] codes = new int[items.size()];
        final double[] numbers = new double[items.size()];
        final String[] groupValues = new String[byColumns.size()];
        String stratum = "";
        double populationSize = Double.NaN;
        String postStratum = "";
        double weight = Double.NaN;

        Row() {
            clear();
        }

        SurveyAggregate owner() {
            return SurveyAggregate.this;
        }

        /** Resets every item to "not answered" and every field to its default. */
        public void clear() {
            Arrays.fill(codes, NOT_ANSWERED);
            Arrays.fill(groupValues, "");
            stratum = "";
            populationSize = Double.NaN;
            postStratum = "";
            weight = Double.NaN;
        }

        /**
         * Sets a score.
         *
         * @param item the item's position in the questionnaire
         * @param score 1-5 for satisfaction5, 0-10 for nps
         * @return this row
         */
        public Row score(int item, int score) {
            ScaleKind k = kinds[item];
            if (!k.isScore() || score < k.minScore() || score > k.maxScore()) {
                throw new IllegalArgumentException("item " + items.get(item).id() + " (" + k + ") cannot take score " + score);
            }
            codes[item] = score;
            return this;
        }

        /**
         * Sets every item's code at once (the bulk path): a score for score items, 1/0 for yes/no,
         * an option mask for choice items, 1 for an answered text or number, or
         * {@link SurveyAggregate#NOT_ANSWERED_CODE} / {@link SurveyAggregate#NOT_APPLICABLE_CODE}.
         * Numbers of numeric items are set with {@link #number(int, double)}.
         *
         * @param allCodes one code per item, in questionnaire order
         * @return this row
         * @throws IllegalArgumentException if a code does not fit its item
         */
        public Row codes(int[] allCodes) {
            Objects.requireNonNull(allCodes, "allCodes must not be null");
            if (allCodes.length != codes.length) {
                throw new IllegalArgumentException("expected " + codes.length + " codes, got " + allCodes.length);
            }
            long[] masks = validCodes;
            for (int i = 0; i < allCodes.length; i++) {
                int c = allCodes[i] + 2;
                // one bit test for codes -2..61; larger codes (choice masks) take the full check
                boolean ok = c >= 0 && (c < 64 ? (masks[i] >>> c & 1L) != 0 : fits(i, c - 2));
                if (!ok) {
                    c -= 2;
                    throw new IllegalArgumentException("item " + items.get(i).id() + " (" + kinds[i]
                            + ") cannot take code " + c);
                }
            }
            System.arraycopy(allCodes, 0, codes, 0, codes.length);
            return this;
        }

        private boolean fits(int i, int c) {
            return SurveyAggregate.fits(items.get(i), c);
        }

        /**
         * Sets a yes/no answer.
         *
         * @param item the item's position
         * @param yes true for yes
         * @return this row
         */
        public Row yesNo(int item, boolean yes) {
            requireKind(item, ScaleKind.YESNO);
            codes[item] = yes ? 1 : 0;
            return this;
        }

        /**
         * Sets a number.
         *
         * @param item the item's position
         * @param value a finite number
         * @return this row
         */
        public Row number(int item, double value) {
            requireKind(item, ScaleKind.NUMERIC);
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("item " + items.get(item).id() + " needs a finite number, got " + value);
            }
            codes[item] = 1;
            numbers[item] = value;
            return this;
        }

        /**
         * Sets chosen options.
         *
         * @param item the item's position
         * @param mask bit i set when option i is chosen, not 0
         * @return this row
         */
        public Row choice(int item, int mask) {
            requireKind(item, ScaleKind.CHOICE);
            int options = items.get(item).options().size();
            if (mask == 0 || (options < 31 && (mask >>> options) != 0)) {
                throw new IllegalArgumentException("item " + items.get(item).id() + " has " + options
                        + " options; mask " + Integer.toBinaryString(mask) + " does not fit");
            }
            codes[item] = mask;
            return this;
        }

        /**
         * Marks a free-text item as answered.
         *
         * @param item the item's position
         * @return this row
         */
        public Row text(int item) {
            requireKind(item, ScaleKind.TEXT);
            codes[item] = 1;
            return this;
        }

        /**
         * Marks an item as not answered.
         *
         * @param item the item's position
         * @return this row
         */
        public Row notAnswered(int item) {
            codes[item] = NOT_ANSWERED;
            return this;
        }

        /**
         * Marks an item as not applicable.
         *
         * @param item the item's position
         * @return this row
         */
        public Row notApplicable(int item) {
            codes[item] = NOT_APPLICABLE;
            return this;
        }

        /**
         * Sets the value of a breakdown column.
         *
         * @param column the position in the aggregate's breakdown columns
         * @param value the value, such as a building
         * @return this row
         */
        public Row group(int column, String value) {
            groupValues[column] = Objects.requireNonNull(value, "value must not be null");
            return this;
        }

        /**
         * Sets the design fields.
         *
         * @param stratum the stratum, or {@code ""}
         * @param populationSize the stratum's population size, or NaN
         * @param postStratum the post-stratum, or {@code ""}
         * @param weight the weight, or NaN for the default
         * @return this row
         */
        public Row design(String stratum, double populationSize, String postStratum, double weight) {
            this.stratum = Objects.requireNonNull(stratum, "stratum must not be null");
            this.populationSize = populationSize;
            this.postStratum = Objects.requireNonNull(postStratum, "postStratum must not be null");
            this.weight = weight;
            return this;
        }

        private void requireKind(int item, ScaleKind kind) {
            if (kinds[item] != kind) {
                throw new IllegalArgumentException("item " + items.get(item).id() + " is " + kinds[item] + ", not " + kind);
            }
        }
    }

    /** Whether a code (not a missing marker) fits an item. */
    private static boolean fits(QuestionItem it, int c) {
        switch (it.scale()) {
            case SATISFACTION5:
            case NPS:
                return c >= it.scale().minScore() && c <= it.scale().maxScore();
            case YESNO:
                return c == 0 || c == 1;
            case CHOICE:
                return c > 0 && (it.options().size() >= 31 || (c >>> it.options().size()) == 0);
            default:
                return c == 1;
        }
    }

    /**
     * A new reusable row for {@link #add(Row)}.
     *
     * @return a cleared row
     */
    public Row newRow() {
        return new Row();
    }

    /**
     * Adds one response given as a row.
     *
     * @param row a row from this aggregate's {@link #newRow()}
     */
    public void add(Row row) {
        Objects.requireNonNull(row, "row must not be null");
        if (row.owner() != this) {
            throw new IllegalArgumentException("the row belongs to another aggregate; use this aggregate's newRow()");
        }
        all.add(row);
        if (sat5.length > 0) {
            addAlpha(row.codes);
        }
        for (int g = 0; g < groups.size(); g++) {
            groups.get(g).computeIfAbsent(row.groupValues[g], x -> new Block()).add(row);
        }
        if (estimator != null) {
            double[] values = designValues;
            for (int v = 0; v < values.length; v++) {
                int i = designItem[v];
                int c = row.codes[i];
                if (c < 0) {
                    values[v] = Double.NaN;
                } else if (designSatisfied[v]) {
                    values[v] = c >= thresholds[i] ? 1 : 0;
                } else {
                    values[v] = kinds[i] == ScaleKind.NUMERIC ? row.numbers[i] : c;
                }
            }
            estimator.add(row.stratum, row.populationSize, row.postStratum,
                    byColumns.isEmpty() ? "" : row.groupValues[0], row.weight, values);
        }
    }

    private void addAlpha(int[] codes) {
        for (int j = 0; j < sat5.length; j++) {
            int c = codes[sat5[j]];
            if (c < 0) {
                return;
            }
            scratch[j] = c;
        }
        alpha.add(scratch);
    }

    /**
     * Adds one stored response. Design fields and breakdown values come from the response's
     * building, unit and attributes, as the columns name them.
     *
     * @param response the response
     * @throws IllegalArgumentException if an answer does not fit its item
     */
    public void add(SurveyResponse response) {
        Objects.requireNonNull(response, "response must not be null");
        if (scratchRow == null) {
            scratchRow = newRow();
        }
        scratchRow.clear();
        fill(scratchRow, response);
        add(scratchRow);
    }

    void fill(Row row, SurveyResponse response) {
        for (int i = 0; i < items.size(); i++) {
            QuestionItem it = items.get(i);
            Answer a = response.answer(it.id());
            if (!it.accepts(a)) {
                throw new CellException(it.id(), a.toString(), it.expected());
            }
            switch (a.kind()) {
                case NOT_ANSWERED -> row.notAnswered(i);
                case NOT_APPLICABLE -> row.notApplicable(i);
                case SCORE -> row.score(i, ((Answer.Score) a).value());
                case YES_NO -> row.yesNo(i, ((Answer.YesNo) a).yes());
                case NUMERIC -> row.number(i, ((Answer.Numeric) a).value());
                case CHOICE -> {
                    int mask = 0;
                    for (String s : ((Answer.Choice) a).selected()) {
                        mask |= 1 << it.options().indexOf(s);
                    }
                    row.choice(i, mask);
                }
                default -> row.text(i);
            }
        }
        for (int g = 0; g < byColumns.size(); g++) {
            row.group(g, column(response, byColumns.get(g)));
        }
        if (design != null) {
            String stratum = design.strata().isEmpty() ? "" : column(response, design.strata());
            double size = design.populationSize().isEmpty() ? Double.NaN : number(response, design.populationSize());
            String post = design.postStratifyColumn().isEmpty() ? "" : column(response, design.postStratifyColumn());
            double weight = design.weights().isEmpty() ? Double.NaN : number(response, design.weights());
            row.design(stratum, size, post, weight);
        }
    }

    private String column(SurveyResponse r, String column) {
        if (column.equals(config.buildingColumn())) {
            return r.building();
        }
        if (column.equals(config.unitColumn())) {
            return r.unit();
        }
        return r.attributes().getOrDefault(column, "");
    }

    private double number(SurveyResponse r, String column) {
        String s = column(r, column).strip();
        if (s.isEmpty()) {
            throw new CellException(column, "", "a number for the design column " + column);
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new CellException(column, s, "a number for the design column " + column);
        }
    }

    /**
     * Adds everything another aggregate of the same configuration has seen.
     *
     * @param other the other aggregate
     * @throws IllegalArgumentException if it was created for another questionnaire, breakdown or design
     */
    public void merge(SurveyAggregate other) {
        Objects.requireNonNull(other, "other must not be null");
        if (!other.items.equals(items) || !other.byColumns.equals(byColumns)
                || !Objects.equals(other.design, design)) {
            throw new IllegalArgumentException("cannot merge aggregates of different questionnaires, breakdowns or designs");
        }
        all.merge(other.all);
        alpha.merge(other.alpha);
        for (int g = 0; g < groups.size(); g++) {
            for (Map.Entry<String, Block> e : other.groups.get(g).entrySet()) {
                groups.get(g).computeIfAbsent(e.getKey(), x -> new Block()).merge(e.getValue());
            }
        }
        if (estimator != null) {
            estimator.merge(other.estimator);
        }
    }

    /**
     * The number of responses added.
     *
     * @return the count
     */
    public long responses() {
        return all.responses;
    }

    SurveyConfig config() {
        return config;
    }

    List<QuestionItem> items() {
        return items;
    }

    Block all() {
        return all;
    }

    CronbachAlpha.Accumulator alphaSums() {
        return alpha;
    }

    List<String> byColumns() {
        return byColumns;
    }

    List<Map<String, Block>> groups() {
        List<Map<String, Block>> sorted = new ArrayList<>();
        for (Map<String, Block> g : groups) {
            sorted.add(new TreeMap<>(g));
        }
        return sorted;
    }

    Optional<SurveyDesign> design() {
        return Optional.ofNullable(design);
    }

    Optional<DesignEstimator> estimator() {
        return Optional.ofNullable(estimator);
    }

    List<String> designVariables() {
        return designVariables;
    }

    int[] satisfactionItems() {
        return sat5.clone();
    }
}
