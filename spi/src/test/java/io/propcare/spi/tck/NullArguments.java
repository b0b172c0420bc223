package io.propcare.spi.tck;

import io.propcare.spi.PropcareException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A reflective check that a library's public API answers a {@code null} argument with a clear
 * error: for every public constructor, public static method and public instance method (on an
 * instance built from sample values) of every public type under a classes directory, each
 * reference parameter in turn is passed {@code null} while the others get sample values. The call
 * must fail, either with a {@link NullPointerException} whose message is not blank (such as
 * {@code "text must not be null"}) or with a {@link PropcareException}; a call that accepts the
 * {@code null}, or fails with a bare {@code NullPointerException} or another exception without a
 * message, is listed as a problem. Exception types (whose causes and values may be absent) and
 * packages named {@code internal} are left out.
 *
 * <p>Integrators can run it over their own adapter classes:
 * {@code assertThat(NullArguments.over(MyStorage.class).problems()).isEmpty()}. Sample values come
 * from a fixed table (texts, numbers, times, empty collections, the first constant of an enum) and,
 * for the library's own types, from a public static {@code of}/{@code parse}/{@code valueOf}
 * factory or a record's canonical constructor given sample values in turn; a parameter with no
 * sample is passed {@code null}, which can only make the check weaker, never wrong.
 */
public final class NullArguments {
    private static final Instant T = Instant.parse("2026-03-02T01:30:00Z");
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final List<String> TEXT_SAMPLES = List.of("a1", "1-101", "P1", "13800138000", "x", "PT1H",
            "2026-03-02", "08:30", "2026-03");
    private static final Map<Class<?>, Object> FIXED = fixed();

    private final List<Class<?>> classes;
    private final Predicate<Executable> skip;
    private final Map<Class<?>, Optional<Object>> samples = new HashMap<>();
    private int calls;
    private int instances;

    private NullArguments(List<Class<?>> classes, Predicate<Executable> skip) {
        this.classes = classes;
        this.skip = skip;
    }

    /**
     * The check over every class compiled into the same classes directory or jar as {@code anchor}.
     *
     * @param anchor any class of the code to check
     * @return the check
     */
    public static NullArguments over(Class<?> anchor) {
        return new NullArguments(classesBeside(anchor), e -> false);
    }

    /** The check over the given classes only; for the check's own tests. */
    static NullArguments ofClasses(List<Class<?>> classes) {
        return new NullArguments(List.copyOf(classes), e -> false);
    }

    /**
     * The same check that leaves out some constructors and methods (say, those documented to
     * accept {@code null}).
     *
     * @param skip true for an executable not to check
     * @return a new check
     */
    public NullArguments skipping(Predicate<Executable> skip) {
        return new NullArguments(classes, this.skip.or(skip));
    }

    /**
     * Runs the check.
     *
     * @return one line per problem, naming the executable and the parameter; empty when all is well
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        calls = 0;
        instances = 0;
        for (Class<?> c : classes) {
            if (!isPublic(c) || c.getPackageName().endsWith(".internal") || Throwable.class.isAssignableFrom(c)) {
                continue;
            }
            if (!Modifier.isAbstract(c.getModifiers())) {
                for (Constructor<?> k : c.getConstructors()) {
                    check(k, null, problems);
                }
            }
            for (Method m : c.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers())) {
                    check(m, null, problems);
                }
            }
            sample(c, 0).ifPresent(instance -> checkWithServices(c, instance, problems));
        }
        return problems;
    }

    /**
     * Runs the check on the public methods of one instance, seen as {@code type}, and of the
     * services its public no-argument methods return as Propcare interfaces (a storage's stores),
     * for instances the check cannot build itself (a storage over a real database).
     *
     * @param type the type whose methods to check, such as {@code Storage.class}
     * @param instance the instance
     * @param <T> the type
     * @return one line per problem; empty when all is well
     */
    public <T> List<String> problemsOf(Class<T> type, T instance) {
        Objects.requireNonNull(type, "type must not be null");
        Objects.requireNonNull(instance, "instance must not be null");
        List<String> problems = new ArrayList<>();
        calls = 0;
        instances = 0;
        checkWithServices(type, type.cast(instance), problems);
        return problems;
    }

    private void checkWithServices(Class<?> type, Object instance, List<String> problems) {
        instances++;
        checkInstance(type, instance, problems);
        for (Method m : type.getMethods()) {
            // services reached through an interface (a storage's stores): their methods too
            if (!Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0
                    && m.getReturnType().isInterface() && m.getReturnType().getName().startsWith("io.propcare")) {
                Object service = invokeForValue(m, instance);
                if (service != null) {
                    instances++;
                    checkInstance(m.getReturnType(), service, problems);
                }
            }
        }
    }

    /**
     * How many public types the check covers.
     *
     * @return the count
     */
    public int publicTypes() {
        return (int) classes.stream().filter(NullArguments::isPublic).count();
    }

    /**
     * How many calls with a null argument the last {@link #problems()} made.
     *
     * @return the count
     */
    public int calls() {
        return calls;
    }

    /**
     * On how many sample instances the last {@link #problems()} checked the instance methods.
     *
     * @return the count
     */
    public int instances() {
        return instances;
    }

    private void checkInstance(Class<?> type, Object instance, List<String> problems) {
        for (Method m : type.getMethods()) {
            if (!Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass().getName().startsWith("io.propcare")
                    && !(m.getName().equals("equals") && m.getParameterCount() == 1)) {
                check(m, instance, problems);
            }
        }
    }

    private static Object invokeForValue(Method m, Object target) {
        try {
            return m.invoke(target);
        } catch (ReflectiveOperationException | RuntimeException x) {
            return null;
        }
    }

    private void check(Executable e, Object target, List<String> problems) {
        if (e.isSynthetic() || skip.test(e)) {
            return;
        }
        Parameter[] params = e.getParameters();
        for (int i = 0; i < params.length; i++) {
            if (params[i].getType().isPrimitive()) {
                continue;
            }
            Object[] args = new Object[params.length];
            for (int j = 0; j < params.length; j++) {
                args[j] = j == i ? null : sample(params[j].getType(), 1).orElse(null);
            }
            String where = describe(e) + " argument " + i + " (" + params[i].getType().getSimpleName() + ")";
            calls++;
            Throwable thrown = invoke(e, target, args);
            if (thrown == null) {
                problems.add(where + ": accepted null");
            } else if (thrown instanceof NullPointerException && blank(thrown.getMessage())) {
                problems.add(where + ": NullPointerException without a message at " + top(thrown));
            } else if (thrown instanceof NullPointerException && jvmMessage(thrown.getMessage())) {
                problems.add(where + ": only the JVM's own message (\"" + thrown.getMessage() + "\") at " + top(thrown));
            } else if (!(thrown instanceof NullPointerException) && !(thrown instanceof PropcareException)
                    && blank(thrown.getMessage())) {
                problems.add(where + ": " + thrown.getClass().getName() + " without a message at " + top(thrown));
            }
        }
    }

    private static Throwable invoke(Executable e, Object target, Object[] args) {
        try {
            e.setAccessible(true);
            if (e instanceof Constructor<?> k) {
                k.newInstance(args);
            } else {
                ((Method) e).invoke(target, args);
            }
            return null;
        } catch (InvocationTargetException x) {
            return x.getCause();
        } catch (ReflectiveOperationException | RuntimeException x) {
            return x;
        }
    }

    private Optional<Object> sample(Class<?> type, int depth) {
        Object fixed = FIXED.get(type);
        if (fixed != null) {
            return Optional.of(fixed);
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return constants.length == 0 ? Optional.empty() : Optional.of(constants[0]);
        }
        if (type.isArray()) {
            return Optional.of(Array.newInstance(type.getComponentType(), 0));
        }
        if (depth > 3 || !type.getName().startsWith("io.propcare")) {
            return Optional.empty();
        }
        Optional<Object> known = samples.get(type);
        if (known != null) {
            return known;
        }
        samples.put(type, Optional.empty()); // breaks cycles
        Optional<Object> made = make(type, depth);
        samples.put(type, made);
        return made;
    }

    private Optional<Object> make(Class<?> type, int depth) {
        List<Method> factories = new ArrayList<>();
        for (Method m : type.getMethods()) {
            if (Modifier.isStatic(m.getModifiers()) && m.getReturnType() == type
                    && List.of("of", "parse", "valueOf", "defaults", "empty", "none", "open").contains(m.getName())) {
                factories.add(m);
            }
        }
        factories.sort(Comparator.comparingInt(Method::getParameterCount));
        for (Method m : factories) {
            if (m.getParameterCount() == 1 && m.getParameterTypes()[0] == String.class) {
                for (String s : TEXT_SAMPLES) {
                    Optional<Object> made = attempt(m, new Object[] {s});
                    if (made.isPresent()) {
                        return made;
                    }
                }
            } else {
                Optional<Object[]> args = arguments(m.getParameterTypes(), depth);
                Optional<Object> made = args.flatMap(a -> attempt(m, a));
                if (made.isPresent()) {
                    return made;
                }
            }
        }
        if (type.isRecord() && Modifier.isPublic(type.getModifiers())) {
            Class<?>[] components = Stream.of(type.getRecordComponents()).map(RecordComponent::getType)
                    .toArray(Class<?>[]::new);
            try {
                Constructor<?> k = type.getDeclaredConstructor(components);
                return arguments(components, depth).flatMap(a -> attempt(k, a));
            } catch (NoSuchMethodException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private Optional<Object[]> arguments(Class<?>[] types, int depth) {
        Object[] args = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            Optional<Object> s = sample(types[i], depth + 1);
            if (s.isEmpty()) {
                return Optional.empty();
            }
            args[i] = s.get();
        }
        return Optional.of(args);
    }

    private static Optional<Object> attempt(Executable e, Object[] args) {
        try {
            e.setAccessible(true);
            Object made = e instanceof Constructor<?> k ? k.newInstance(args) : ((Method) e).invoke(null, args);
            return Optional.ofNullable(made);
        } catch (ReflectiveOperationException | RuntimeException x) {
            return Optional.empty();
        }
    }

    private static boolean isPublic(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
            if (!Modifier.isPublic(k.getModifiers())) {
                return false;
            }
        }
        return !c.isAnonymousClass() && !c.isSynthetic();
    }

    /**
     * Whether a message is one the JVM writes itself for an implicit null dereference (JEP 358). Such
     * a message names a local variable or method of the library, not the argument, and it is gone
     * once the JIT compiles the throwing code and throws a preallocated exception instead; so it
     * counts as no message.
     */
    private static boolean jvmMessage(String s) {
        return s.startsWith("Cannot ") && s.contains(" because ");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String top(Throwable t) {
        StackTraceElement[] st = t.getStackTrace();
        return st.length == 0 ? "?" : st[0].toString();
    }

    private static String describe(Executable e) {
        String params = Stream.of(e.getParameterTypes()).map(Class::getSimpleName).reduce((a, b) -> a + ", " + b)
                .orElse("");
        String name = e instanceof Constructor<?> ? "<init>" : e.getName();
        return e.getDeclaringClass().getName() + "." + name + "(" + params + ")";
    }

    private static List<Class<?>> classesBeside(Class<?> anchor) {
        try {
            Path root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            List<Class<?>> out = new ArrayList<>();
            try (Stream<Path> files = Files.walk(root)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                    String name = root.relativize(p).toString().replace(p.getFileSystem().getSeparator(), ".")
                            .replaceAll("\\.class$", "");
                    if (!name.endsWith("package-info") && !name.endsWith("module-info")) {
                        out.add(Class.forName(name, false, anchor.getClassLoader()));
                    }
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot list the classes beside " + anchor.getName() + ": " + e, e);
        }
    }

    private static Map<Class<?>, Object> fixed() {
        Map<Class<?>, Object> m = new LinkedHashMap<>();
        m.put(String.class, "a1");
        m.put(CharSequence.class, "a1");
        m.put(Object.class, "a1");
        m.put(int.class, 1);
        m.put(long.class, 1L);
        m.put(double.class, 1.0);
        m.put(float.class, 1.0f);
        m.put(short.class, (short) 1);
        m.put(byte.class, (byte) 1);
        m.put(char.class, 'a');
        m.put(boolean.class, false);
        m.put(Integer.class, 1);
        m.put(Long.class, 1L);
        m.put(Double.class, 1.0);
        m.put(Boolean.class, Boolean.FALSE);
        m.put(Instant.class, T);
        m.put(ZoneId.class, ZONE);
        m.put(ZoneOffset.class, ZoneOffset.ofHours(8));
        m.put(ZonedDateTime.class, T.atZone(ZONE));
        m.put(OffsetDateTime.class, T.atOffset(ZoneOffset.ofHours(8)));
        m.put(LocalDate.class, LocalDate.of(2026, 3, 2));
        m.put(LocalTime.class, LocalTime.of(8, 30));
        m.put(LocalDateTime.class, LocalDateTime.of(2026, 3, 2, 9, 30));
        m.put(YearMonth.class, YearMonth.of(2026, 3));
        m.put(Month.class, Month.MARCH);
        m.put(DayOfWeek.class, DayOfWeek.MONDAY);
        m.put(Duration.class, Duration.ofHours(1));
        m.put(Period.class, Period.ofDays(1));
        m.put(Clock.class, Clock.fixed(T, ZONE));
        m.put(Locale.class, Locale.ROOT);
        m.put(Pattern.class, Pattern.compile("a"));
        m.put(Random.class, new Random(1));
        m.put(Path.class, Path.of("null-arguments-sample-that-does-not-exist"));
        m.put(Optional.class, Optional.empty());
        m.put(OptionalInt.class, OptionalInt.empty());
        m.put(OptionalLong.class, OptionalLong.empty());
        m.put(OptionalDouble.class, OptionalDouble.empty());
        m.put(Iterable.class, List.of());
        m.put(Collection.class, List.of());
        m.put(List.class, List.of());
        m.put(Set.class, Set.of());
        m.put(SortedSet.class, new TreeSet<>());
        m.put(NavigableSet.class, new TreeSet<>());
        m.put(Map.class, Map.of());
        m.put(SortedMap.class, new TreeMap<>());
        m.put(NavigableMap.class, new TreeMap<>());
        return Map.copyOf(m);
    }
}
