package io.propcare.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.propcare.model.PropertyId;
import io.propcare.model.survey.Answer;
import io.propcare.model.survey.Label;
import io.propcare.model.survey.QuestionItem;
import io.propcare.model.survey.Questionnaire;
import io.propcare.model.survey.ScaleKind;
import io.propcare.model.survey.SurveyResponse;
import io.propcare.model.survey.SurveyRound;
import io.propcare.spi.InvalidInputException;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The SPI survey value types: validation naming field and value, answers kept apart. */
class SurveyModelTest {
    private static final Label FRONT = Label.of("前台服务", "Front desk");

    @Test
    void notAnsweredAndNotApplicableAreDistinctAndNeverAnswers() {
        assertThat(Answer.notAnswered()).isNotEqualTo(Answer.notApplicable());
        assertThat(Answer.notAnswered().isAnswered()).isFalse();
        assertThat(Answer.notApplicable().isAnswered()).isFalse();
        assertThat(Answer.score(4).isAnswered()).isTrue();
        assertThat(Answer.notApplicable().kind()).isEqualTo(Answer.Kind.NOT_APPLICABLE);
        SurveyResponse r = SurveyResponse.of("2026-12", "r1", "101", "1", Map.of("security", Answer.notApplicable()));
        assertThat(r.answer("front_desk")).isEqualTo(Answer.notAnswered());
        assertThat(r.answer("security")).isEqualTo(Answer.notApplicable());
    }

    @Test
    void itemsAcceptOnlyAnswersOnTheirScale() {
        QuestionItem s5 = QuestionItem.ofSatisfaction5("front_desk", FRONT, 4);
        assertThat(s5.accepts(Answer.score(5))).isTrue();
        assertThat(s5.accepts(Answer.score(0))).isFalse();
        assertThat(s5.accepts(Answer.yesNo(true))).isFalse();
        assertThat(s5.accepts(Answer.notApplicable())).isTrue();
        QuestionItem single = QuestionItem.ofChoice("reason", FRONT, List.of("slow", "rude"), false);
        assertThat(single.accepts(Answer.choice(List.of("slow")))).isTrue();
        assertThat(single.accepts(Answer.choice(List.of("slow", "rude")))).isFalse();
        assertThat(single.accepts(Answer.choice(List.of("late")))).isFalse();
        QuestionItem nps = QuestionItem.ofNps("recommend", FRONT);
        assertThat(nps.accepts(Answer.score(0))).isTrue();
        assertThat(nps.satisfiedAtLeast()).isEqualTo(9);
        assertThat(QuestionItem.ofYesNo("pets", FRONT, "Yes", "No").expected()).contains("'Yes' or 'No'");
    }

    @Test
    void validationNamesFieldAndValue() {
        assertThatThrownBy(() -> QuestionItem.ofSatisfaction5("front_desk", FRONT, 6))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> {
                    var v = ((InvalidInputException) e).violations().get(0);
                    assertThat(v.path()).isEqualTo("items[front_desk].satisfiedAtLeast");
                    assertThat(v.value()).isEqualTo("6");
                });
        assertThatThrownBy(() -> Answer.score(11)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("score");
        assertThatThrownBy(() -> Answer.numeric(Double.NaN)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Answer.choice(List.of("a", "a"))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Questionnaire.of("q", List.of(QuestionItem.ofNps("a", FRONT), QuestionItem.ofNps("a", FRONT))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("distinct");
        assertThatThrownBy(() -> SurveyRound.of(PropertyId.of("p"), "2026-12", YearMonth.of(2026, 12), 100, 120, "q"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("round.issued");
        assertThatThrownBy(() -> new QuestionItem("x", FRONT, ScaleKind.NUMERIC, 0, List.of(), true))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("multiple");
        assertThatThrownBy(() -> Label.of(" ", "")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> ScaleKind.parse("stars")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("satisfaction5");
    }

    @Test
    void labelsFallBackToTheOtherLanguage() {
        assertThat(FRONT.text(Locale.CHINA)).isEqualTo("前台服务");
        assertThat(FRONT.text(Locale.ENGLISH)).isEqualTo("Front desk");
        assertThat(Label.of("", "Parking").text(Locale.CHINA)).isEqualTo("Parking");
        assertThat(Label.of("停车", "").text(Locale.ENGLISH)).isEqualTo("停车");
    }

    @Test
    void collectionsAreCopiedAndUnmodifiable() {
        var answers = new java.util.HashMap<String, Answer>();
        answers.put("a", Answer.score(3));
        SurveyResponse r = SurveyResponse.of("round", "r1", "", "", answers);
        answers.put("b", Answer.score(4));
        assertThat(r.answers()).containsOnlyKeys("a");
        assertThatThrownBy(() -> r.answers().put("c", Answer.score(1))).isInstanceOf(UnsupportedOperationException.class);
    }
}
