package io.propcare.adapter.inmemory;

import io.propcare.model.PropertyId;
import io.propcare.model.internal.Checks;
import io.propcare.model.survey.Questionnaire;
import io.propcare.model.survey.SurveyResponse;
import io.propcare.model.survey.SurveyRound;
import io.propcare.spi.InvalidInputException;
import io.propcare.spi.NotFoundException;
import io.propcare.spi.SpiErrorCode;
import io.propcare.spi.StorageException;
import io.propcare.spi.SurveyStore;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

final class InMemorySurveyStore implements SurveyStore {
    private final InMemoryStorage storage;
    private final Map<InMemoryStorage.Key, Questionnaire> questionnaires = new HashMap<>();
    private final Map<InMemoryStorage.Key, SurveyRound> rounds = new HashMap<>();
    private final Map<InMemoryStorage.Key, TreeMap<String, SurveyResponse>> responses = new HashMap<>();

    InMemorySurveyStore(InMemoryStorage storage) {
        this.storage = storage;
    }

    @Override
    public void saveQuestionnaire(PropertyId property, Questionnaire questionnaire) {
        Checks.notNull(property, "property");
        Checks.notNull(questionnaire, "questionnaire");
        storage.locked(() -> {
            InMemoryStorage.Key key = new InMemoryStorage.Key(property, questionnaire.id());
            Questionnaire before = questionnaires.put(key, questionnaire);
            storage.onRollback(() -> {
                if (before == null) {
                    questionnaires.remove(key);
                } else {
                    questionnaires.put(key, before);
                }
            });
            return null;
        });
    }

    @Override
    public Optional<Questionnaire> findQuestionnaire(PropertyId property, String id) {
        Checks.notNull(property, "property");
        Checks.notNull(id, "id");
        return storage.locked(() -> Optional.ofNullable(questionnaires.get(new InMemoryStorage.Key(property, id))));
    }

    @Override
    public SurveyRound createRound(SurveyRound round) {
        Checks.notNull(round, "round");
        return storage.locked(() -> {
            InMemoryStorage.Key key = new InMemoryStorage.Key(round.propertyId(), round.roundId());
            if (rounds.containsKey(key)) {
                throw new StorageException(SpiErrorCode.DUPLICATE, InMemoryStorage.NAME, "surveys.createRound",
                        "round " + round.roundId() + " already exists in property " + round.propertyId(), null);
            }
            rounds.put(key, round);
            responses.put(key, new TreeMap<>());
            storage.onRollback(() -> {
                rounds.remove(key);
                responses.remove(key);
            });
            return round;
        });
    }

    @Override
    public Optional<SurveyRound> findRound(PropertyId property, String roundId) {
        Checks.notNull(property, "property");
        Checks.notNull(roundId, "roundId");
        return storage.locked(() -> Optional.ofNullable(rounds.get(new InMemoryStorage.Key(property, roundId))));
    }

    @Override
    public int addResponses(PropertyId property, String roundId, List<SurveyResponse> batch) {
        Checks.notNull(property, "property");
        Checks.notNull(roundId, "roundId");
        List<SurveyResponse> copy = Checks.list(batch, "responses");
        for (int i = 0; i < copy.size(); i++) {
            if (!copy.get(i).roundId().equals(roundId)) {
                throw InvalidInputException.of("responses[" + i + "].roundId", copy.get(i).roundId(),
                        "expected the round the batch is added to, " + roundId);
            }
        }
        return storage.locked(() -> {
            InMemoryStorage.Key key = new InMemoryStorage.Key(property, roundId);
            TreeMap<String, SurveyResponse> stored = responses.get(key);
            if (stored == null) {
                throw new NotFoundException(InMemoryStorage.NAME, "surveys.addResponses",
                        "round " + roundId + " in property " + property);
            }
            Set<String> seen = new HashSet<>();
            for (SurveyResponse r : copy) {
                if (stored.containsKey(r.responseId()) || !seen.add(r.responseId())) {
                    throw new StorageException(SpiErrorCode.DUPLICATE, InMemoryStorage.NAME, "surveys.addResponses",
                            "response " + r.responseId() + " is already in round " + roundId + "; nothing was added", null);
                }
            }
            for (SurveyResponse r : copy) {
                stored.put(r.responseId(), r);
            }
            storage.onRollback(() -> copy.forEach(r -> stored.remove(r.responseId())));
            return copy.size();
        });
    }

    @Override
    public long countResponses(PropertyId property, String roundId) {
        Checks.notNull(property, "property");
        Checks.notNull(roundId, "roundId");
        return storage.locked(() -> {
            TreeMap<String, SurveyResponse> stored = responses.get(new InMemoryStorage.Key(property, roundId));
            return stored == null ? 0L : (long) stored.size();
        });
    }

    @Override
    public Stream<SurveyResponse> responses(PropertyId property, String roundId) {
        Checks.notNull(property, "property");
        Checks.notNull(roundId, "roundId");
        List<SurveyResponse> snapshot = storage.locked(() -> {
            TreeMap<String, SurveyResponse> stored = responses.get(new InMemoryStorage.Key(property, roundId));
            return stored == null ? List.<SurveyResponse>of() : List.copyOf(stored.values());
        });
        return snapshot.stream();
    }
}
