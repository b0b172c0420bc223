package io.propcare.spi.tck;

import static io.propcare.spi.tck.Fixtures.OTHER_PROPERTY;
import static io.propcare.spi.tck.Fixtures.PROPERTY;
import static io.propcare.spi.tck.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.propcare.model.survey.Answer;
import io.propcare.model.survey.Label;
import io.propcare.model.survey.QuestionItem;
import io.propcare.model.survey.Questionnaire;
import io.propcare.model.survey.SurveyResponse;
import io.propcare.model.survey.SurveyRound;
import io.propcare.spi.InvalidInputException;
import io.propcare.spi.NotFoundException;
import io.propcare.spi.SpiErrorCode;
import io.propcare.spi.StorageException;
import io.propcare.spi.SurveyStore;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The compatibility kit for {@link SurveyStore}: extend it and implement {@link #newStorage}.
 */
public abstract class SurveyStoreContract extends StorageContractSupport {

    /**
     * The store under test.
     *
     * @return the store
     */
    protected SurveyStore store() {
        return storage().surveys();
    }

    /**
     * A questionnaire with one item of every scale.
     *
     * @return the questionnaire
     */
    public static Questionnaire questionnaire() {
        return Questionnaire.of("q2025", List.of(
                QuestionItem.ofSatisfaction5("front_desk", Label.of("前台服务", "Front desk"), 4),
                QuestionItem.ofNps("recommend", Label.of("推荐", "Recommend")),
                QuestionItem.ofYesNo("repaired", Label.of("已修好", "Repaired"), "是", "否"),
                QuestionItem.ofNumeric("api00", Label.of("分数", "Score")),
                QuestionItem.ofChoice("reasons", Label.of("原因", "Reasons"), List.of("slow", "rude", "not fixed"), true),
                QuestionItem.ofText("comment", Label.of("意见", "Comment"))));
    }

    static SurveyRound round(String id) {
        return SurveyRound.of(PROPERTY, id, YearMonth.of(2025, 12), 120, 120, "q2025");
    }

    /**
     * A response answering every item of {@link #questionnaire()}.
     *
     * @param round the round id
     * @param id the response id
     * @return the response
     */
    public static SurveyResponse response(String round, String id) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put("front_desk", Answer.score(5));
        answers.put("recommend", Answer.score(9));
        answers.put("repaired", Answer.yesNo(false));
        answers.put("api00", Answer.numeric(693.25));
        answers.put("reasons", Answer.choice(List.of("slow", "not fixed")));
        answers.put("comment", Answer.text("前台很好 " + Fixtures.HOSTILE_TEXT));
        return new SurveyResponse(round, id, "3-1502", "3", answers, Map.of("w", "1.5", "stratum", "B3"));
    }

    @Nested
    @DisplayName("questionnaires and rounds")
    class QuestionnairesAndRounds {
        @Test
        @DisplayName("a questionnaire and a round round-trip with every field; saving a questionnaire again replaces it")
        void roundTrip() {
            store().saveQuestionnaire(PROPERTY, questionnaire());
            assertThat(store().findQuestionnaire(PROPERTY, "q2025")).contains(questionnaire());
            Questionnaire smaller = Questionnaire.of("q2025", questionnaire().items().subList(0, 2));
            store().saveQuestionnaire(PROPERTY, smaller);
            assertThat(store().findQuestionnaire(PROPERTY, "q2025")).contains(smaller);
            SurveyRound r = store().createRound(round("2025-12"));
            assertThat(store().findRound(PROPERTY, "2025-12")).contains(r);
            assertThat(store().findRound(PROPERTY, "nope")).isEmpty();
        }

        @Test
        @DisplayName("creating a round whose id exists is rejected with DUPLICATE")
        void duplicateRound() {
            store().createRound(round("r"));
            assertThatThrownBy(() -> store().createRound(round("r"))).isInstanceOf(StorageException.class)
                    .satisfies(e -> assertThat(((StorageException) e).errorCode()).isEqualTo(SpiErrorCode.DUPLICATE));
        }
    }

    @Nested
    @DisplayName("responses")
    class Responses {
        @Test
        @DisplayName("responses round-trip with every answer kind, not answered and not applicable kept apart, streamed by id")
        void roundTrip() {
            store().createRound(round("r"));
            SurveyResponse a = response("r", "u-002");
            Map<String, Answer> blanks = new LinkedHashMap<>();
            blanks.put("front_desk", Answer.notAnswered());
            blanks.put("recommend", Answer.notApplicable());
            SurveyResponse b = new SurveyResponse("r", "u-001", "", "", blanks, Map.of());
            assertThat(store().addResponses(PROPERTY, "r", List.of(a, b))).isEqualTo(2);
            try (Stream<SurveyResponse> s = store().responses(PROPERTY, "r")) {
                assertThat(s.toList()).containsExactly(b, a);
            }
            assertThat(store().countResponses(PROPERTY, "r")).isEqualTo(2);
        }

        @Test
        @DisplayName("a thousand responses stream back complete and in order")
        void many() {
            store().createRound(round("r"));
            List<SurveyResponse> batch = new ArrayList<>();
            for (int i = 999; i >= 0; i--) {
                batch.add(response("r", String.format("u-%04d", i)));
            }
            store().addResponses(PROPERTY, "r", batch);
            try (Stream<SurveyResponse> s = store().responses(PROPERTY, "r")) {
                List<String> ids = s.map(SurveyResponse::responseId).toList();
                assertThat(ids).hasSize(1000).isSorted();
            }
        }

        @Test
        @DisplayName("a batch with a response id already stored, or repeated, is rejected whole with DUPLICATE")
        void duplicates() {
            store().createRound(round("r"));
            store().addResponses(PROPERTY, "r", List.of(response("r", "u-1")));
            assertThatThrownBy(() -> store().addResponses(PROPERTY, "r", List.of(response("r", "u-2"), response("r", "u-1"))))
                    .isInstanceOf(StorageException.class)
                    .satisfies(e -> assertThat(((StorageException) e).errorCode()).isEqualTo(SpiErrorCode.DUPLICATE));
            assertThatThrownBy(() -> store().addResponses(PROPERTY, "r", List.of(response("r", "u-3"), response("r", "u-3"))))
                    .isInstanceOf(StorageException.class);
            assertThat(store().countResponses(PROPERTY, "r")).isEqualTo(1);
        }
    }

    @Nested
    @DisplayName("property isolation")
    class Isolation {
        @Test
        @DisplayName("another property sees none of the questionnaires, rounds or responses")
        void isolated() {
            store().saveQuestionnaire(PROPERTY, questionnaire());
            store().createRound(round("r"));
            store().addResponses(PROPERTY, "r", List.of(response("r", "u-1")));
            assertThat(store().findQuestionnaire(OTHER_PROPERTY, "q2025")).isEmpty();
            assertThat(store().findRound(OTHER_PROPERTY, "r")).isEmpty();
            assertThat(store().countResponses(OTHER_PROPERTY, "r")).isZero();
            try (Stream<SurveyResponse> s = store().responses(OTHER_PROPERTY, "r")) {
                assertThat(s).isEmpty();
            }
            assertThatThrownBy(() -> store().addResponses(OTHER_PROPERTY, "r", List.of(response("r", "u-2"))))
                    .isInstanceOf(NotFoundException.class);
        }
    }

    @Nested
    @DisplayName("bad input")
    class BadInput {
        @Test
        @DisplayName("responses naming another round are rejected with InvalidInputException; nulls name the argument")
        void bad() {
            store().createRound(round("r"));
            assertThatThrownBy(() -> store().addResponses(PROPERTY, "r", List.of(response("other", "u-1"))))
                    .isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> store().addResponses(PROPERTY, "r", null)).isInstanceOf(NullPointerException.class)
                    .hasMessageContaining("responses");
            assertThatThrownBy(() -> store().createRound(null)).isInstanceOf(NullPointerException.class)
                    .hasMessageContaining("round");
            assertThat(store().countResponses(PROPERTY, "r")).isZero();
        }
    }
}
