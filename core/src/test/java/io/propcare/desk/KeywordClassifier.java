package io.propcare.desk;

import io.propcare.model.complaint.ClassifierPrediction;
import io.propcare.model.complaint.Category;
import io.propcare.model.complaint.ClassifierScore;
import io.propcare.model.complaint.ComplaintText;
import io.propcare.model.complaint.Urgency;
import io.propcare.model.complaint.Validity;
import io.propcare.spi.ComplaintClassifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A deterministic test classifier: the first keyword found decides the category. */
final class KeywordClassifier implements ComplaintClassifier {
    static final Map<String, String> WORDS = new LinkedHashMap<>();

    static {
        WORDS.put("请问", "inquiry");
        WORDS.put("漏水", "plumbing");
        WORDS.put("停水", "plumbing");
        WORDS.put("停电", "electrical");
        WORDS.put("电梯", "elevator");
        WORDS.put("物业费", "fees");
        WORDS.put("KTV", "noise");
        WORDS.put("脏", "cleaning");
        WORDS.put("着火", "fire_safety");
    }

    @Override
    public String name() {
        return "test-keywords";
    }

    @Override
    public ClassifierPrediction predict(ComplaintText complaint) {
        String category = "other";
        for (Map.Entry<String, String> e : WORDS.entrySet()) {
            if (complaint.text().contains(e.getKey())) {
                category = e.getValue();
                break;
            }
        }
        List<ClassifierScore> scores = new ArrayList<>();
        scores.add(new ClassifierScore(Category.of(category), 0.9));
        scores.add(new ClassifierScore(Category.of(category.equals("other") ? "cleaning" : "other"), 0.1));
        return new ClassifierPrediction(scores, Urgency.NORMAL, 0.9, Validity.VALID, 0.9, List.of("keyword"));
    }
}
