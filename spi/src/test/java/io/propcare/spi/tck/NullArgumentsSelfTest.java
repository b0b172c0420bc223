package io.propcare.spi.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The null-argument check itself: what it counts as a problem and what it accepts. */
public class NullArgumentsSelfTest {
    /** Copies without a check: the JVM's own message, or none once the JIT has compiled the throw. */
    public static final class Implicit {
        private Implicit() {
        }

        /**
         * @param names any
         * @return a copy
         */
        public static List<String> copy(List<String> names) {
            return List.copyOf(names);
        }
    }

    /** Copies after naming the argument. */
    public static final class Explicit {
        private Explicit() {
        }

        /**
         * @param names any
         * @return a copy
         */
        public static List<String> copy(List<String> names) {
            return List.copyOf(Objects.requireNonNull(names, "names must not be null"));
        }
    }

    /** Takes null without complaint. */
    public static final class Lenient {
        private Lenient() {
        }

        /**
         * @param names any
         * @return its text
         */
        public static String show(List<String> names) {
            return String.valueOf(names);
        }
    }

    @Test
    void anImplicitNullPointerExceptionIsAProblemWhateverTheJitDid() {
        List<String> problems = NullArguments.ofClasses(List.of(Implicit.class)).problems();
        assertThat(problems).singleElement().asString()
                .startsWith(Implicit.class.getName() + ".copy(List) argument 0 (List): ")
                .containsAnyOf("only the JVM's own message", "without a message");
    }

    @Test
    void aNamedNullIsAccepted() {
        NullArguments check = NullArguments.ofClasses(List.of(Explicit.class));
        assertThat(check.problems()).isEmpty();
        assertThat(check.calls()).isEqualTo(1);
    }

    @Test
    void acceptingNullIsAProblem() {
        assertThat(NullArguments.ofClasses(List.of(Lenient.class)).problems()).singleElement().asString()
                .endsWith("argument 0 (List): accepted null");
    }
}
