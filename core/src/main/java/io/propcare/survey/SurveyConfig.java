package io.propcare.survey;

import io.propcare.config.ConfigErrorCode;
import io.propcare.config.ConfigProblems;
import io.propcare.config.ConfigReader;
import io.propcare.config.ConfigurationException;
import io.propcare.model.PropertyId;
import io.propcare.model.survey.Label;
import io.propcare.model.survey.QuestionItem;
import io.propcare.model.survey.Questionnaire;
import io.propcare.model.survey.ScaleKind;
import io.propcare.model.survey.SurveyRound;
import io.propcare.spi.InvalidInputException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A survey's configuration: the questionnaire, the round (optional), and the analysis settings
 * with their defaults, all in this one place:
 *
 * <ul>
 *   <li>{@code minGroupSize} 5: breakdown groups with fewer respondents are suppressed;</li>
 *   <li>{@code paretoThreshold} 0.8 and {@code paretoCut} {@code "strict"} (or {@code "classic"});</li>
 *   <li>{@code dissatisfiedAtMost} 2: satisfaction5 answers at most this count as dissatisfied in the Pareto;</li>
 *   <li>{@code minimumRecovery} 0.6 and {@code satisfactionTarget} 0.98, from the procedures;</li>
 *   <li>{@code columns}: the response file's id, unit and building columns ({@code id}, {@code unit}, {@code building});</li>
 *   <li>per item: {@code satisfiedAtLeast} 4 (satisfaction5) or 9 (nps promoters), yes/no texts {@code yes}/{@code no}.</li>
 * </ul>
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public final class SurveyConfig {
    /** Default minimum group size in breakdowns. */
    public static final int DEFAULT_MIN_GROUP_SIZE = 5;
    /** Default answers counted as dissatisfied: at most 2. */
    public static final int DEFAULT_DISSATISFIED_AT_MOST = 2;
    /** Default satisfaction target, 98%. */
    public static final double DEFAULT_SATISFACTION_TARGET = 0.98;

    /** Which Pareto cut names the main improvement items. */
    public enum ParetoCut {
        /** The longest prefix within the threshold (the procedures' reading). */
        STRICT,
        /** The shortest prefix reaching the threshold. */
        CLASSIC
    }

    private final Questionnaire questionnaire;
    private final SurveyRound round;
    private final int minGroupSize;
    private final BigDecimal paretoThreshold;
    private final ParetoCut paretoCut;
    private final int dissatisfiedAtMost;
    private final double minimumRecovery;
    private final double satisfactionTarget;
    private final String idColumn;
    private final String unitColumn;
    private final String buildingColumn;

    private SurveyConfig(Questionnaire questionnaire, SurveyRound round, int minGroupSize, BigDecimal paretoThreshold,
                         ParetoCut paretoCut, int dissatisfiedAtMost, double minimumRecovery, double satisfactionTarget,
                         String idColumn, String unitColumn, String buildingColumn) {
        this.questionnaire = questionnaire;
        this.round = round;
        this.minGroupSize = minGroupSize;
        this.paretoThreshold = paretoThreshold;
        this.paretoCut = paretoCut;
        this.dissatisfiedAtMost = dissatisfiedAtMost;
        this.minimumRecovery = minimumRecovery;
        this.satisfactionTarget = satisfactionTarget;
        this.idColumn = idColumn;
        this.unitColumn = unitColumn;
        this.buildingColumn = buildingColumn;
    }

    /**
     * A configuration with every default, for a questionnaire and an optional round.
     *
     * @param questionnaire the questionnaire
     * @param round the round, or empty
     * @return the configuration
     */
    public static SurveyConfig of(Questionnaire questionnaire, Optional<SurveyRound> round) {
        Objects.requireNonNull(questionnaire, "questionnaire must not be null");
        Objects.requireNonNull(round, "round must not be null");
        return new SurveyConfig(questionnaire, round.orElse(null), DEFAULT_MIN_GROUP_SIZE, Pareto.DEFAULT_THRESHOLD,
                ParetoCut.STRICT, DEFAULT_DISSATISFIED_AT_MOST, ResponseRates.DEFAULT_MINIMUM_RECOVERY,
                DEFAULT_SATISFACTION_TARGET, "id", "unit", "building");
    }

    /**
     * Reads a questionnaire file (format: {@code docs/survey.md} and the CLI contract).
     *
     * @param file the JSON file
     * @return the configuration
     * @throws ConfigurationException naming the file, JSON path and value of every problem found (JSON syntax errors and unknown properties stop the read where they are)
     */
    public static SurveyConfig load(Path file) {
        Objects.requireNonNull(file, "file must not be null");
        ConfigFiles.QuestionnaireFile f = ConfigReader.read(file, ConfigFiles.QuestionnaireFile.class);
        return from(f, file.getFileName().toString());
    }

    /**
     * Reads a questionnaire from JSON text.
     *
     * @param json the JSON
     * @param source a name for messages
     * @return the configuration
     */
    public static SurveyConfig parse(String json, String source) {
        Objects.requireNonNull(json, "json must not be null");
        Objects.requireNonNull(source, "source must not be null");
        return from(ConfigReader.read(json, source, ConfigFiles.QuestionnaireFile.class), source);
    }

    private static ConfigurationException bad(String source, String path, Object value, String expected) {
        return new ConfigurationException(ConfigErrorCode.CONFIG_BAD_VALUE, source, path, "\"" + value + "\"", expected);
    }

    private static SurveyConfig from(ConfigFiles.QuestionnaireFile f, String source) {
        ConfigProblems problems = ConfigProblems.create();
        List<QuestionItem> items = new ArrayList<>();
        if (f.items() == null || f.items().isEmpty()) {
            problems.add(new ConfigurationException(ConfigErrorCode.CONFIG_MISSING, source, "$.items", "",
                    "expected at least one item"));
        } else {
            for (int i = 0; i < f.items().size(); i++) {
                ConfigFiles.ItemFile it = f.items().get(i);
                String at = "$.items[" + i + "]";
                problems.attempt(() -> item(it, source, at)).ifPresent(items::add);
            }
        }
        String qid = f.id() == null ? "questionnaire" : f.id();
        Optional<Questionnaire> q = problems.any() ? Optional.empty() : problems.attempt(() -> {
            try {
                return Questionnaire.of(qid, items);
            } catch (InvalidInputException e) {
                throw bad(source, "$." + e.violations().get(0).path().replace("questionnaire.", ""),
                        e.violations().get(0).value(), e.violations().get(0).message());
            }
        });
        Optional<SurveyRound> round = f.round() == null ? Optional.empty()
                : problems.attempt(() -> round(f, f.round(), qid, source));
        int minGroup = f.minGroupSize() == null ? DEFAULT_MIN_GROUP_SIZE : f.minGroupSize();
        if (minGroup < 1) {
            problems.add(bad(source, "$.minGroupSize", minGroup, "expected a whole number of at least 1"));
        }
        BigDecimal threshold = f.paretoThreshold() == null ? Pareto.DEFAULT_THRESHOLD : f.paretoThreshold();
        if (threshold.signum() <= 0 || threshold.compareTo(BigDecimal.ONE) > 0) {
            problems.add(bad(source, "$.paretoThreshold", threshold,
                    "expected a share above 0 and at most 1, such as 0.8"));
        }
        ParetoCut cut = ParetoCut.STRICT;
        if (f.paretoCut() != null) {
            try {
                cut = ParetoCut.valueOf(f.paretoCut().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(bad(source, "$.paretoCut", f.paretoCut(), "expected \"strict\" or \"classic\""));
            }
        }
        int dissatisfied = f.dissatisfiedAtMost() == null ? DEFAULT_DISSATISFIED_AT_MOST : f.dissatisfiedAtMost();
        if (dissatisfied < 1 || dissatisfied > 4) {
            problems.add(bad(source, "$.dissatisfiedAtMost", dissatisfied, "expected 1 to 4"));
        }
        double minimum = f.minimumRecovery() == null ? ResponseRates.DEFAULT_MINIMUM_RECOVERY : f.minimumRecovery();
        if (!(minimum >= 0 && minimum <= 1)) {
            problems.add(bad(source, "$.minimumRecovery", minimum, "expected a share from 0 to 1"));
        }
        double target = f.satisfactionTarget() == null ? DEFAULT_SATISFACTION_TARGET : f.satisfactionTarget();
        if (!(target >= 0 && target <= 1)) {
            problems.add(bad(source, "$.satisfactionTarget", target, "expected a share from 0 to 1"));
        }
        problems.throwIfAny();
        ConfigFiles.ColumnsFile cols = f.columns();
        String id = cols == null || cols.id() == null ? "id" : cols.id();
        String unit = cols == null || cols.unit() == null ? "unit" : cols.unit();
        String building = cols == null || cols.building() == null ? "building" : cols.building();
        return new SurveyConfig(q.orElseThrow(), round.orElse(null), minGroup, threshold, cut, dissatisfied, minimum,
                target, id, unit, building);
    }

    /** The round; a bad or missing period and missing unit counts are reported together. */
    private static SurveyRound round(ConfigFiles.QuestionnaireFile f, ConfigFiles.RoundFile r, String qid,
                                     String source) {
        ConfigProblems problems = ConfigProblems.create();
        Optional<YearMonth> period = problems.attempt(() -> {
            if (r.period() == null) {
                throw new ConfigurationException(ConfigErrorCode.CONFIG_MISSING, source, "$.round.period", "",
                        "expected a month such as \"2026-12\"");
            }
            try {
                return YearMonth.parse(r.period().strip());
            } catch (DateTimeParseException e) {
                throw new ConfigurationException(ConfigErrorCode.CONFIG_BAD_TIME, source, "$.round.period",
                        "\"" + r.period() + "\"", "expected a month such as \"2026-12\"", e);
            }
        });
        if (r.occupiedUnits() == null) {
            problems.add(new ConfigurationException(ConfigErrorCode.CONFIG_MISSING, source, "$.round.occupiedUnits", "",
                    "expected a whole number of units"));
        }
        if (r.issued() == null) {
            problems.add(new ConfigurationException(ConfigErrorCode.CONFIG_MISSING, source, "$.round.issued", "",
                    "expected a whole number of units"));
        }
        problems.throwIfAny();
        try {
            return SurveyRound.of(PropertyId.of(f.property() == null ? "property" : f.property()),
                    r.id() == null ? period.orElseThrow().toString() : r.id(), period.orElseThrow(), r.occupiedUnits(),
                    r.issued(), qid);
        } catch (InvalidInputException e) {
            throw bad(source, "$." + e.violations().get(0).path(), e.violations().get(0).value(),
                    e.violations().get(0).message());
        }
    }

    /**
     * One item. Missing members, a bad scale and the checks that need the scale (the promoter
     * threshold, yes/no texts, options) are reported together; the item's own checks run last.
     */
    private static QuestionItem item(ConfigFiles.ItemFile it, String source, String at) {
        ConfigProblems problems = ConfigProblems.create();
        if (it.id() == null) {
            problems.add(new ConfigurationException(ConfigErrorCode.CONFIG_MISSING, source, at + ".id", "",
                    "expected the item id (the responses column)"));
        }
        Optional<ScaleKind> parsed = Optional.empty();
        if (it.scale() == null) {
            problems.add(new ConfigurationException(ConfigErrorCode.CONFIG_MISSING, source, at + ".scale", "",
                    "expected one of satisfaction5, yesno, nps, numeric, choice, text"));
        } else {
            parsed = problems.attempt(() -> itemValue(() -> ScaleKind.parse(it.scale()), source, at));
        }
        int threshold = 0;
        List<String> options = it.options() == null ? List.of() : it.options();
        if (parsed.isPresent()) {
            ScaleKind scale = parsed.get();
            threshold = it.satisfiedAtLeast() != null ? it.satisfiedAtLeast()
                    : scale == ScaleKind.SATISFACTION5 ? QuestionItem.DEFAULT_SATISFIED_AT_LEAST
                    : scale == ScaleKind.NPS ? QuestionItem.DEFAULT_PROMOTER_AT_LEAST : 0;
            if (scale == ScaleKind.NPS && (threshold < 7 || threshold > 10)) {
                problems.add(bad(source, at + ".satisfiedAtLeast", threshold, "expected a promoter threshold of 7 to 10"));
            }
            if ((it.yes() != null || it.no() != null) && scale != ScaleKind.YESNO) {
                problems.add(bad(source, at + (it.yes() != null ? ".yes" : ".no"), it.yes() != null ? it.yes() : it.no(),
                        "expected yes/no texts only for a yesno item"));
            }
            if (scale == ScaleKind.YESNO) {
                if (!options.isEmpty()) {
                    problems.add(bad(source, at + ".options", options, "expected \"yes\" and \"no\" instead of options"));
                }
                options = List.of(it.yes() == null ? "yes" : it.yes(), it.no() == null ? "no" : it.no());
            }
        }
        problems.throwIfAny();
        ScaleKind scale = parsed.orElseThrow();
        int satisfiedAtLeast = threshold;
        List<String> choices = options;
        return itemValue(() -> {
            Label label = it.label() == null ? Label.of("", it.id())
                    : Label.of(it.label().zh() == null ? "" : it.label().zh(), it.label().en() == null ? "" : it.label().en());
            return new QuestionItem(it.id(), label, scale, satisfiedAtLeast, choices, Boolean.TRUE.equals(it.multiple()));
        }, source, at);
    }

    /** Runs a model factory for an item, turning its {@link InvalidInputException} into the item's problem. */
    private static <T> T itemValue(Supplier<T> value, String source, String at) {
        try {
            return value.get();
        } catch (InvalidInputException e) {
            String p = e.violations().get(0).path();
            int dot = p.lastIndexOf('.');
            String field = p.startsWith("items[") || p.startsWith("item.") ? p.substring(dot + 1) : p;
            throw bad(source, at + "." + field, e.violations().get(0).value(), e.violations().get(0).message());
        }
    }

    /**
     * Reads a design file: {@code {"strata", "populationSize", "weights", "postStratify": {"column", "totals"}}}.
     *
     * @param file the JSON file
     * @return the design
     * @throws ConfigurationException naming the file, path and value
     */
    public static SurveyDesign loadDesign(Path file) {
        Objects.requireNonNull(file, "file must not be null");
        return design(ConfigReader.read(file, ConfigFiles.DesignFile.class), file.getFileName().toString());
    }

    /**
     * Reads a design from JSON text.
     *
     * @param json the JSON
     * @param source a name for messages
     * @return the design
     */
    public static SurveyDesign parseDesign(String json, String source) {
        Objects.requireNonNull(json, "json must not be null");
        Objects.requireNonNull(source, "source must not be null");
        return design(ConfigReader.read(json, source, ConfigFiles.DesignFile.class), source);
    }

    private static SurveyDesign design(ConfigFiles.DesignFile f, String source) {
        SurveyDesign d = SurveyDesign.of(f.strata() == null ? "" : f.strata(),
                f.populationSize() == null ? "" : f.populationSize(), f.weights() == null ? "" : f.weights());
        if (f.postStratify() != null) {
            ConfigFiles.PostStratifyFile p = f.postStratify();
            if (p.column() == null || p.totals() == null || p.totals().isEmpty()) {
                throw new ConfigurationException(ConfigErrorCode.CONFIG_MISSING, source,
                        p.column() == null ? "$.postStratify.column" : "$.postStratify.totals", "",
                        "expected a column and its population count per category");
            }
            try {
                d = d.withPostStratification(p.column(), p.totals());
            } catch (InvalidInputException e) {
                throw bad(source, "$." + e.violations().get(0).path(), e.violations().get(0).value(),
                        e.violations().get(0).message());
            }
        }
        return d;
    }

    /**
     * The questionnaire.
     *
     * @return the questionnaire
     */
    public Questionnaire questionnaire() {
        return questionnaire;
    }

    /**
     * The round, when the file gives one.
     *
     * @return the round, or empty
     */
    public Optional<SurveyRound> round() {
        return Optional.ofNullable(round);
    }

    /**
     * Breakdown groups with fewer respondents than this are suppressed.
     *
     * @return the minimum group size, at least 1
     */
    public int minGroupSize() {
        return minGroupSize;
    }

    /**
     * The Pareto threshold.
     *
     * @return such as 0.8
     */
    public BigDecimal paretoThreshold() {
        return paretoThreshold;
    }

    /**
     * Which cut names the main improvement items.
     *
     * @return the cut
     */
    public ParetoCut paretoCut() {
        return paretoCut;
    }

    /**
     * Satisfaction5 answers at most this are dissatisfied.
     *
     * @return 1 to 4
     */
    public int dissatisfiedAtMost() {
        return dissatisfiedAtMost;
    }

    /**
     * The required recovery rate.
     *
     * @return a share
     */
    public double minimumRecovery() {
        return minimumRecovery;
    }

    /**
     * The overall satisfaction target.
     *
     * @return a share
     */
    public double satisfactionTarget() {
        return satisfactionTarget;
    }

    /**
     * The response id column.
     *
     * @return the column name
     */
    public String idColumn() {
        return idColumn;
    }

    /**
     * The unit column.
     *
     * @return the column name
     */
    public String unitColumn() {
        return unitColumn;
    }

    /**
     * The building column.
     *
     * @return the column name
     */
    public String buildingColumn() {
        return buildingColumn;
    }

    /**
     * The same configuration with another round, or none (for a previous period's responses read
     * with this questionnaire).
     *
     * @param newRound the round, or empty
     * @return a copy
     */
    public SurveyConfig withRound(Optional<SurveyRound> newRound) {
        Objects.requireNonNull(newRound, "newRound must not be null");
        return new SurveyConfig(questionnaire, newRound.orElse(null), minGroupSize, paretoThreshold, paretoCut,
                dissatisfiedAtMost, minimumRecovery, satisfactionTarget, idColumn, unitColumn, buildingColumn);
    }

    /**
     * The same configuration with another minimum group size.
     *
     * @param size at least 1
     * @return a copy
     */
    public SurveyConfig withMinGroupSize(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("minGroupSize must be at least 1, got " + size);
        }
        return new SurveyConfig(questionnaire, round, size, paretoThreshold, paretoCut, dissatisfiedAtMost,
                minimumRecovery, satisfactionTarget, idColumn, unitColumn, buildingColumn);
    }
}
