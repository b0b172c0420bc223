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
    static final int NOT_ANSWERED = -1;
    static final int NOT_APPLICABLE = -2;
    private static final int SCORE_WIDTH = 11;

    private final SurveyConfig config;
    private final List<QuestionItem> items;
    private final ScaleKind[] kinds;
    private final int[] offsets;
    private final int width;
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

    private SurveyAggregate(SurveyConfig config, List<String> byColumns, SurveyDesign design) {
        this.config = config;
        this.items = config.questionnaire().items();
        int n = items.size();
        this.kinds = new ScaleKind[n];
        this.offsets = new int[n];
        int w = 0;
        List<Integer> s5 = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            QuestionItem it = items.get(i);
            kinds[i] = it.scale();
            offsets[i] = w;
            w += switch (it.scale()) {
                case SATISFACTION5, NPS -> SCORE_WIDTH;
                case YESNO -> 2;
                case CHOICE -> it.options().size();
                default -> 0;
            };
            if (it.scale() == ScaleKind.SATISFACTION5) {
                s5.add(i);
            }
        }
        this.width = w;
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
            groups.add(new TreeMap<>());
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

    /** Sums for everyone or for one breakdown group. */
    final class Block {
        long responses;
        long valid;
        final long[] counts = new long[width];
        final long[] notAnswered = new long[items.size()];
        final long[] notApplicable = new long[items.size()];
        final long[] answered = new long[items.size()];
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
            boolean any = false;
            long s = 0;
            long v = 0;
            int[] codes = row.codes;
            for (int i = 0; i < codes.length; i++) {
                int c = codes[i];
                if (c == NOT_ANSWERED) {
                    notAnswered[i]++;
                    continue;
                }
                if (c == NOT_APPLICABLE) {
                    notApplicable[i]++;
                    continue;
                }
                any = true;
                answered[i]++;
                switch (kinds[i]) {
                    case SATISFACTION5:
                        counts[offsets[i] + c]++;
                        v++;
                        if (c >= thresholds[i]) {
                            s++;
                        }
                        break;
                    case NPS:
                        counts[offsets[i] + c]++;
                        break;
                    case YESNO:
                        counts[offsets[i] + c]++;
                        break;
                    case CHOICE:
                        for (int o = 0; o < items.get(i).options().size(); o++) {
                            if ((c & (1 << o)) != 0) {
                                counts[offsets[i] + o]++;
                            }
                        }
                        break;
                    case NUMERIC: {
                        double x = row.numbers[i];
                        double delta = x - numMean[i];
                        numMean[i] += delta / answered[i];
                        numM2[i] += delta * (x - numMean[i]);
                        numMin[i] = Math.min(numMin[i], x);
                        numMax[i] = Math.max(numMax[i], x);
                        break;
                    }
                    default:
                        break;
                }
            }
            if (any) {
                valid++;
            }
            if (v > 0) {
                respondents++;
                sumS += s;
                sumV += v;
                sumSS += s * s;
                sumVV += v * v;
                sumSV += s * v;
            }
        }

        void merge(Block o) {
            responses += o.responses;
            valid += o.valid;
            for (int i = 0; i < width; i++) {
                counts[i] += o.counts[i];
            }
            for (int i = 0; i < items.size(); i++) {
                notAnswered[i] += o.notAnswered[i];
                notApplicable[i] += o.notApplicable[i];
                long na = answered[i];
                long nb = o.answered[i];
                answered[i] += nb;
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
            respondents += o.respondents;
            sumS += o.sumS;
            sumV += o.sumV;
            sumSS += o.sumSS;
            sumVV += o.sumVV;
            sumSV += o.sumSV;
        }

        long[] scoreCounts(int item, int from, int to) {
            return Arrays.copyOfRange(counts, offsets[item] + from, offsets[item] + to + 1);
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
        all.add(row);
        if (sat5.length > 0) {
            addAlpha(row.codes);
        }
        for (int g = 0; g < groups.size(); g++) {
            groups.get(g).computeIfAbsent(row.groupValues[g], x -> new Block()).add(row);
        }
        if (estimator != null) {
            double[] values = new double[designVariables.size()];
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
        Row row = newRow();
        fill(row, response);
        add(row);
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

    CronbachAlpha.Accumulator alpha() {
        return alpha;
    }

    List<String> byColumns() {
        return byColumns;
    }

    List<Map<String, Block>> groups() {
        return groups;
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
