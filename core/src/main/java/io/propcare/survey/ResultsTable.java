package io.propcare.survey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The procedures' results table (问卷结果统计表) as CSV, in two blocks separated by an empty
 * line. The first block has one row per figure ({@code 指标 metric, 值 value}): period, units
 * occupied, issued, returned, valid, distribution, recovery and valid rates, overall satisfaction
 * with its interval and target, Cronbach's alpha, and the main improvement items. The second
 * block has one row per satisfaction5 item and a final overall row: counts of each answer, their
 * percentages (largest remainder, one decimal, adding up to 100), the satisfaction rate and its
 * interval in percent, the mean, the not-applicable and not-answered counts, and whether the
 * item is a main improvement item. Percentages are rounded half-even from the exact values kept
 * in the JSON report.
 *
 * <p>Implementation requirements: stateless, thread-safe.
 */
public final class ResultsTable {
    private ResultsTable() {
    }

    /**
     * Writes the table.
     *
     * @param report the report
     * @param out where to write
     * @throws UncheckedIOException if writing fails
     */
    public static void write(SurveyReport report, Appendable out) {
        Objects.requireNonNull(report, "report must not be null");
        Objects.requireNonNull(out, "out must not be null");
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build())) {
            p.printRecord("指标 metric", "值 value");
            p.printRecord("问卷 questionnaire", report.questionnaire());
            p.printRecord("期间 period", report.period().orElse(""));
            report.rates().ifPresent(r -> {
                print(p, "入住户数 occupied units", Long.toString(r.occupiedUnits()));
                print(p, "发放份数 issued", Long.toString(r.issued()));
            });
            p.printRecord("回收份数 returned", report.responses());
            p.printRecord("有效份数 valid", report.valid());
            report.rates().ifPresent(r -> {
                print(p, "发放率 distribution rate %", pct(r.distributionRate()));
                print(p, "回收率 recovery rate %", pct(r.recoveryRate()));
                print(p, "有效率 valid rate %", pct(r.validRate()));
                print(p, "回收率达标 recovery meets " + pct(r.minimumRecovery()) + "%", r.meetsMinimumRecovery() ? "是 yes" : "否 no");
            });
            report.overall().ifPresent(o -> {
                print(p, "总体满意率 overall satisfaction %", pct(o.rate()));
                print(p, "置信区间 interval % (" + report.intervalMethod() + ", " + pct(report.level()) + "%)",
                        pct(o.interval().lower()) + " - " + pct(o.interval().upper()));
                print(p, "满意率目标 target %", pct(o.target()));
                print(p, "达标 meets target", o.meetsTarget() ? "是 yes" : "否 no");
                print(p, "平均分 mean score", dec(o.meanScore(), 2));
            });
            report.cronbachAlpha().ifPresent(a -> print(p, "克隆巴赫α Cronbach's alpha", dec(a.alpha(), 3)));
            List<String> main = report.pareto().map(SurveyReport.ParetoResult::improvementItems).orElse(List.of());
            report.pareto().ifPresent(x -> print(p, "主要改进项目 main improvement items (" + x.cut() + ", "
                    + x.pareto().threshold().movePointRight(2).stripTrailingZeros().toPlainString() + "%)",
                    String.join("; ", x.improvementItems())));
            p.println();
            p.printRecord("项目 item", "名称 label", "Label", "有效 valid", "很不满意 1", "不满意 2", "一般 3", "满意 4",
                    "很满意 5", "很不满意 1 %", "不满意 2 %", "一般 3 %", "满意 4 %", "很满意 5 %", "满意率 satisfaction %",
                    "下限 lower %", "上限 upper %", "平均分 mean", "不适用 NA", "未答 not answered", "改进项目 improvement");
            long[] total = new long[5];
            long na = 0;
            long none = 0;
            for (SurveyReport.ItemResult it : report.items()) {
                if (it.satisfaction().isEmpty()) {
                    continue;
                }
                ScoreSummary s = it.satisfaction().get();
                List<Object> row = new ArrayList<>(List.of(it.id(), it.labelZh(), it.labelEn(), s.n()));
                for (int i = 0; i < 5; i++) {
                    row.add(s.counts().get(i));
                    total[i] += s.counts().get(i);
                }
                for (BigDecimal b : s.percentages()) {
                    row.add(b.toPlainString());
                }
                row.add(pct(s.satisfactionRate()));
                row.add(pct(s.interval().lower()));
                row.add(pct(s.interval().upper()));
                row.add(dec(s.mean(), 2));
                row.add(it.notApplicable());
                row.add(it.notAnswered());
                row.add(main.contains(it.id()) ? "是 yes" : "");
                na += it.notApplicable();
                none += it.notAnswered();
                p.printRecord(row);
            }
            if (report.overall().isPresent()) {
                SurveyReport.Overall o = report.overall().get();
                List<Object> row = new ArrayList<>(List.of("overall", "总体", "Overall", o.answers()));
                for (long t : total) {
                    row.add(t);
                }
                for (BigDecimal b : LargestRemainder.percentages(total, 1)) {
                    row.add(b.toPlainString());
                }
                row.add(pct(o.rate()));
                row.add(pct(o.interval().lower()));
                row.add(pct(o.interval().upper()));
                row.add(dec(o.meanScore(), 2));
                row.add(na);
                row.add(none);
                row.add("");
                p.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void print(CSVPrinter p, String metric, String value) {
        try {
            p.printRecord(metric, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pct(double share) {
        return dec(share * 100, 1);
    }

    private static String dec(double v, int places) {
        if (!Double.isFinite(v)) {
            return "";
        }
        return new BigDecimal(v).setScale(places, RoundingMode.HALF_EVEN).toPlainString();
    }
}
