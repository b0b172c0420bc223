package io.propcare.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.propcare.model.complaint.ComplaintRecord;
import io.propcare.model.complaint.ComplaintState;
import io.propcare.model.complaint.EventType;
import io.propcare.model.complaint.ComplaintStatus;
import io.propcare.spi.tck.Fixtures;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Reflection checks over every public type of the SPI: no public signature mentions the internal
 * package, and every collection a value type exposes is unmodifiable.
 */
class PublicApiTest {
    static List<Class<?>> spiClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(io.propcare.spi.Spi.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = root.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "");
                classes.add(Class.forName(name));
            }
        }
        return classes;
    }

    @Test
    void noPublicSignatureMentionsTheInternalPackage() throws Exception {
        List<String> leaks = new ArrayList<>();
        for (Class<?> c : spiClasses()) {
            if (!Modifier.isPublic(c.getModifiers()) || c.getPackageName().endsWith(".internal")) {
                continue;
            }
            for (Method m : c.getDeclaredMethods()) {
                if (!Modifier.isPublic(m.getModifiers())) {
                    continue;
                }
                List<Class<?>> types = new ArrayList<>(List.of(m.getParameterTypes()));
                types.add(m.getReturnType());
                for (Class<?> t : types) {
                    if (t.getPackageName().endsWith(".internal")) {
                        leaks.add(c.getName() + "." + m.getName());
                    }
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void everyExposedCollectionIsUnmodifiable() throws Exception {
        var record = ComplaintRecord.created(Fixtures.complaint(Fixtures.PROPERTY, "C-1", Fixtures.T0))
                .apply(Fixtures.change(EventType.RECEIVED, Fixtures.T0, ComplaintStatus.RECEIVED, Fixtures.T0));
        List<Object> samples = List.of(record, record.state(), record.history().get(0),
                record.state().classification().orElseThrow(),
                Fixtures.notification(Fixtures.PROPERTY, "k", Fixtures.T0), ComplaintState.initial(),
                io.propcare.spi.tck.RosterStoreContract.march("r"),
                io.propcare.spi.tck.SurveyStoreContract.questionnaire(),
                io.propcare.spi.tck.SurveyStoreContract.questionnaire().items().get(4),
                io.propcare.spi.tck.SurveyStoreContract.response("r", "u1"));
        int checked = 0;
        for (Object sample : samples) {
            for (RecordComponent rc : sample.getClass().getRecordComponents()) {
                Object v = rc.getAccessor().invoke(sample);
                if (v instanceof Collection<?> col) {
                    assertThatThrownBy(() -> col.clear()).as(sample.getClass().getSimpleName() + "." + rc.getName())
                            .isInstanceOf(UnsupportedOperationException.class);
                    checked++;
                } else if (v instanceof Map<?, ?> map) {
                    assertThatThrownBy(() -> map.clear()).as(sample.getClass().getSimpleName() + "." + rc.getName())
                            .isInstanceOf(UnsupportedOperationException.class);
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(11);
    }

    @Test
    void publicRecordComponentsAreNeverMutableCollectionTypes() throws Exception {
        List<String> bad = new ArrayList<>();
        for (Class<?> c : spiClasses()) {
            if (!c.isRecord() || !Modifier.isPublic(c.getModifiers())) {
                continue;
            }
            for (RecordComponent rc : c.getRecordComponents()) {
                Class<?> t = rc.getType();
                if (t.isArray() || java.util.ArrayList.class.isAssignableFrom(t) || java.util.HashMap.class.isAssignableFrom(t)) {
                    bad.add(c.getSimpleName() + "." + rc.getName());
                }
            }
        }
        assertThat(bad).isEmpty();
    }
}
