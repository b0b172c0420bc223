package io.propcare.examples.cli;

import io.propcare.model.complaint.Category;
import io.propcare.model.complaint.ClassifierPrediction;
import io.propcare.model.complaint.ClassifierScore;
import io.propcare.model.complaint.ComplaintText;
import io.propcare.model.complaint.Urgency;
import io.propcare.model.complaint.Validity;
import io.propcare.spi.ComplaintClassifier;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The demo's stand-in statistical classifier, used only when the library's built-in model is not
 * on the class path: the first listed keyword found decides the category (the engine's rules still
 * apply on top, as they do for any classifier).
 */
final class DemoClassifier implements ComplaintClassifier {
    private static final List<Map.Entry<String, String>> WORDS = List.of(
            Map.entry("请问", "inquiry"), Map.entry("could you tell", "inquiry"),
            Map.entry("停水", "plumbing"), Map.entry("漏水", "plumbing"), Map.entry("下水道", "plumbing"),
            Map.entry("hot water", "plumbing"), Map.entry("停电", "electrical"), Map.entry("跳闸", "electrical"),
            Map.entry("灯坏", "common_facilities"), Map.entry("空调", "hvac"), Map.entry("电梯", "elevator"),
            Map.entry("门锁", "doors_windows"), Map.entry("脏", "cleaning"), Map.entry("垃圾", "cleaning"),
            Map.entry("smoke", "fire_safety"), Map.entry("装修", "renovation"), Map.entry("ktv", "noise"),
            Map.entry("停车", "parking"), Map.entry("charged", "fees"), Map.entry("物业费", "fees"),
            Map.entry("态度", "staff_conduct"), Map.entry("狗", "neighbor_dispute"), Map.entry("绿化", "greening"));

    @Override
    public String name() {
        return "demo-keywords";
    }

    @Override
    public ClassifierPrediction predict(ComplaintText complaint) {
        String text = complaint.text().toLowerCase(Locale.ROOT);
        String category = "other";
        for (Map.Entry<String, String> e : WORDS) {
            if (text.contains(e.getKey())) {
                category = e.getValue();
                break;
            }
        }
        return new ClassifierPrediction(List.of(new ClassifierScore(Category.of(category), 0.9),
                new ClassifierScore(Category.of(category.equals("other") ? "inquiry" : "other"), 0.1)),
                Urgency.NORMAL, 0.8, Validity.VALID, 0.8, List.of("keyword"));
    }
}
