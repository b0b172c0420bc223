package io.propcare.survey;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the questionnaire and design files, read by {@code ConfigReader}. */
final class ConfigFiles {
    private ConfigFiles() {
    }

    record QuestionnaireFile(String id, String property, RoundFile round, List<ItemFile> items, Integer minGroupSize,
                             BigDecimal paretoThreshold, String paretoCut, Integer dissatisfiedAtMost,
                             Double minimumRecovery, Double satisfactionTarget, ColumnsFile columns) {
    }

    record RoundFile(String id, String period, Integer occupiedUnits, Integer issued) {
    }

    record ItemFile(String id, LabelFile label, String scale, Integer satisfiedAtLeast, String yes, String no,
                    List<String> options, Boolean multiple) {
    }

    record LabelFile(String zh, String en) {
    }

    record ColumnsFile(String id, String unit, String building) {
    }

    record DesignFile(String strata, String populationSize, String weights, PostStratifyFile postStratify) {
    }

    record PostStratifyFile(String column, Map<String, Double> totals) {
    }
}
