package io.propcare.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.util.ClassUtil;
import io.propcare.spi.InvalidInputException;
import io.propcare.spi.PropcareException;
import io.propcare.spi.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

/**
 * Reads JSON configuration into immutable records with Propcare's own, private Jackson mapper,
 * turning every Jackson failure into a {@link ConfigurationException} with the file name, the
 * JSON path and the value. Unknown properties are errors, so typos surface. A read names every
 * unknown property and every value of the wrong JSON type or form it meets (Jackson lets those be
 * skipped), not only the first; a value refused by a record's constructor and a syntax error end
 * it, and are named after the problems found before them, unless the constructor refused a
 * placeholder bound for a problem already named.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ConfigReader {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    private ConfigReader() {
    }

    /**
     * Reads a file.
     *
     * @param file the file
     * @param type the record type
     * @param <T> the type
     * @return the value
     * @throws ConfigurationException naming the file, path and value
     */
    public static <T> T read(Path file, Class<T> type) {
        Objects.requireNonNull(file, "file must not be null");
        Objects.requireNonNull(type, "type must not be null");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString(), type);
        } catch (IOException e) {
            throw new ConfigurationException(ConfigErrorCode.CONFIG_UNREADABLE, file.toString(), "$", "",
                    "cannot read the file: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a stream.
     *
     * @param in the stream, not closed
     * @param source the name used in messages (file or resource)
     * @param type the record type
     * @param <T> the type
     * @return the value
     */
    public static <T> T read(InputStream in, String source, Class<T> type) {
        Objects.requireNonNull(in, "in must not be null");
        Objects.requireNonNull(source, "source must not be null");
        Collector problems = new Collector(source);
        try {
            return problems.done(MAPPER.readerFor(type).withHandler(problems).readValue(in));
        } catch (IOException e) {
            throw problems.failed(e);
        }
    }

    /**
     * Reads a JSON text.
     *
     * @param json the text
     * @param source the name used in messages
     * @param type the record type
     * @param <T> the type
     * @return the value
     */
    public static <T> T read(String json, String source, Class<T> type) {
        Objects.requireNonNull(json, "json must not be null");
        Objects.requireNonNull(source, "source must not be null");
        Collector problems = new Collector(source);
        try {
            return problems.done(MAPPER.readerFor(type).withHandler(problems).readValue(json));
        } catch (IOException e) {
            throw problems.failed(e);
        }
    }

    /**
     * Converts an already parsed tree, e.g. a calendar embedded in a request line.
     *
     * @param tree the tree
     * @param source the name used in messages
     * @param type the record type
     * @param <T> the type
     * @return the value
     */
    public static <T> T convert(JsonNode tree, String source, Class<T> type) {
        Objects.requireNonNull(tree, "tree must not be null");
        Objects.requireNonNull(source, "source must not be null");
        Collector problems = new Collector(source);
        try {
            return problems.done(MAPPER.readerFor(type).withHandler(problems).readValue(tree));
        } catch (IOException e) {
            throw problems.failed(e);
        } catch (IllegalArgumentException e) {
            throw problems.failed(e.getCause() instanceof IOException io ? io : new UncheckedIOException(
                    new IOException(e.getMessage(), e)));
        }
    }

    /**
     * Reads a JSON text as a tree, for formats that are read by hand.
     *
     * @param in the stream
     * @param source the name used in messages
     * @return the tree
     */
    public static JsonNode tree(InputStream in, String source) {
        try {
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw translate(e, source);
        }
    }

    /**
     * Parses an ISO-8601 duration from configuration.
     *
     * @param text the text
     * @param source the file
     * @param path the JSON path
     * @return the duration
     * @throws ConfigurationException with {@code CONFIG_BAD_DURATION}
     */
    public static Duration duration(String text, String source, String path) {
        try {
            return Duration.parse(Objects.requireNonNull(text, "text must not be null").strip());
        } catch (DateTimeParseException e) {
            throw new ConfigurationException(ConfigErrorCode.CONFIG_BAD_DURATION, source, path, quote(text),
                    "expected an ISO-8601 duration such as \"PT15M\"", e);
        }
    }

    /**
     * Collects the problems Jackson lets a handler skip: an unknown property (its value is
     * skipped) and a value of the wrong JSON type or form (a placeholder is bound instead), so that
     * one read reports all of them, each with its JSON path and value, instead of stopping at the
     * first. A read that collected a problem never returns its value.
     *
     * <p>Implementation requirements: confined to one read.
     */
    private static final class Collector extends DeserializationProblemHandler {
        private final String source;
        private final List<ConfigurationException> problems = new ArrayList<>();
        /** The paths where a placeholder was bound: a later failure of a value holding one may be its consequence. */
        private final List<String> substituted = new ArrayList<>();

        Collector(String source) {
            this.source = source;
        }

        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                                             Object beanOrClass, String propertyName) throws IOException {
            // the parser stands on the property's value, its context usually named by the property already
            String at = pathOf(p.getParsingContext(), p.currentToken());
            String path = at.endsWith("." + propertyName) ? at : at + "." + propertyName;
            problems.add(new ConfigurationException(ConfigErrorCode.CONFIG_UNKNOWN_PROPERTY, source, path, quote(propertyName),
                    "expected one of " + (deserializer == null ? "[]" : deserializer.getKnownPropertyNames())));
            p.skipChildren();
            return true;
        }

        @Override
        public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p,
                                            String failureMsg) throws IOException {
            String path = pathOf(p.getParsingContext(), t);
            String value = t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY || t == JsonToken.FIELD_NAME
                    ? String.valueOf(ctxt.readTree(p)) : p.getText();
            return substitute(path, value, targetType.getRawClass());
        }

        @Override
        public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String valueToConvert,
                                             String failureMsg) {
            JsonParser p = ctxt.getParser();
            return substitute(pathOf(p.getParsingContext(), p.currentToken()), quote(valueToConvert), targetType);
        }

        @Override
        public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number valueToConvert,
                                             String failureMsg) {
            JsonParser p = ctxt.getParser();
            return substitute(pathOf(p.getParsingContext(), p.currentToken()), String.valueOf(valueToConvert), targetType);
        }

        private Object substitute(String path, String value, Class<?> target) {
            problems.add(new ConfigurationException(ConfigErrorCode.CONFIG_BAD_VALUE, source, path, value,
                    "expected " + expected(target)));
            substituted.add(path);
            return target.isPrimitive() ? ClassUtil.defaultValue(target) : null;
        }

        <T> T done(T value) {
            if (!problems.isEmpty()) {
                throw ConfigurationException.of(problems);
            }
            return value;
        }

        /**
         * The exception for a read that failed: every problem collected before, then the failure
         * itself unless it is that of a value holding a placeholder (a record refusing the
         * placeholder bound for a problem already named).
         */
        ConfigurationException failed(Exception e) {
            ConfigurationException last = translate(e, source);
            if (problems.isEmpty()) {
                return last;
            }
            List<ConfigurationException> all = new ArrayList<>(problems);
            boolean consequence = false;
            for (String p : substituted) {
                consequence |= p.equals(last.path()) || p.startsWith(last.path() + ".") || p.startsWith(last.path() + "[");
            }
            if (!consequence) {
                all.add(last);
            }
            return ConfigurationException.of(all);
        }
    }

    /** What a type's JSON looks like, for a message. */
    private static String expected(Class<?> target) {
        if (target == String.class || target.isEnum()) {
            return "a string";
        }
        if (target == boolean.class || target == Boolean.class) {
            return "true or false";
        }
        if (target.isPrimitive() || Number.class.isAssignableFrom(target)) {
            return "a number";
        }
        if (target.isArray() || java.util.Collection.class.isAssignableFrom(target)) {
            return "a list";
        }
        return "an object";
    }

    /**
     * The JSON path of where a parser stands, e.g. {@code $.rules[2].weight}; a value that opens
     * an object or a list is named by the member or element that holds it.
     */
    static String pathOf(JsonStreamContext context, JsonToken token) {
        Deque<String> parts = new ArrayDeque<>();
        JsonStreamContext c = context;
        if (c != null && (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && c.getParent() != null) {
            c = c.getParent();
        }
        for (; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.hasCurrentName()) {
                parts.addFirst("." + c.getCurrentName());
            } else if (c.inArray() && c.hasCurrentIndex()) {
                parts.addFirst("[" + c.getCurrentIndex() + "]");
            }
        }
        return "$" + String.join("", parts);
    }

    private static ConfigurationException translate(Exception e, String source) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof com.fasterxml.jackson.core.JsonParseException jpe) {
                JsonLocation loc = jpe.getLocation();
                String where = loc == null ? "$" : "$ (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
                return new ConfigurationException(ConfigErrorCode.CONFIG_BAD_JSON, source, where, "",
                        "expected well-formed JSON: " + firstLine(jpe.getOriginalMessage()), e);
            }
        }
        if (e instanceof JsonMappingException jme) {
            String path = path(jme);
            Throwable cause = jme.getCause();
            if (e instanceof UnrecognizedPropertyException upe) {
                return new ConfigurationException(ConfigErrorCode.CONFIG_UNKNOWN_PROPERTY, source, path,
                        quote(String.valueOf(upe.getPropertyName())),
                        "expected one of " + upe.getKnownPropertyIds(), e);
            }
            if (e instanceof ValueInstantiationException && cause != null) {
                return fromCause(cause, source, path, e);
            }
            if (cause instanceof PropcareException || cause instanceof IllegalArgumentException
                    || cause instanceof DateTimeException || cause instanceof NullPointerException) {
                return fromCause(cause, source, path, e);
            }
            if (e instanceof InvalidFormatException ife) {
                return new ConfigurationException(ConfigErrorCode.CONFIG_BAD_VALUE, source, path,
                        quote(String.valueOf(ife.getValue())),
                        "expected a " + ife.getTargetType().getSimpleName(), e);
            }
            if (e instanceof MismatchedInputException mie) {
                String target = mie.getTargetType() == null ? "value" : mie.getTargetType().getSimpleName();
                String msg = mie.getOriginalMessage();
                if (msg != null && msg.contains("Missing required creator property")) {
                    return new ConfigurationException(ConfigErrorCode.CONFIG_MISSING, source, path, "",
                            "this property is required", e);
                }
                return new ConfigurationException(ConfigErrorCode.CONFIG_BAD_VALUE, source, path, "",
                        "expected a " + target + " (" + firstLine(msg) + ")", e);
            }
            return new ConfigurationException(ConfigErrorCode.CONFIG_BAD_VALUE, source, path, "",
                    firstLine(jme.getOriginalMessage()), e);
        }
        if (e instanceof JsonProcessingException jpe) {
            JsonLocation loc = jpe.getLocation();
            String where = loc == null ? "$" : "$ (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
            return new ConfigurationException(ConfigErrorCode.CONFIG_BAD_JSON, source, where, "",
                    "expected well-formed JSON: " + firstLine(jpe.getOriginalMessage()), e);
        }
        return new ConfigurationException(ConfigErrorCode.CONFIG_UNREADABLE, source, "$", "",
                "cannot read: " + e.getMessage(), e);
    }

    private static ConfigurationException fromCause(Throwable cause, String source, String path, Exception e) {
        if (cause instanceof ConfigurationException ce) {
            return ce;
        }
        if (cause instanceof InvalidInputException iie) {
            Violation v = iie.violations().get(0);
            String sub = v.path().isEmpty() ? path : path + "." + v.path();
            return new ConfigurationException(ConfigErrorCode.CONFIG_BAD_VALUE, source, sub, quote(v.value()),
                    v.message(), e);
        }
        if (cause instanceof DateTimeException) {
            return new ConfigurationException(ConfigErrorCode.CONFIG_BAD_TIME, source, path, "",
                    firstLine(cause.getMessage()), e);
        }
        return new ConfigurationException(ConfigErrorCode.CONFIG_BAD_VALUE, source, path, "",
                firstLine(String.valueOf(cause.getMessage())), e);
    }

    /**
     * The JSON path of a Jackson failure, e.g. {@code $.steps[2].within}.
     *
     * @param e the failure
     * @return the path
     */
    static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder("$");
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                sb.append('.').append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String quote(String s) {
        return "\"" + s + "\"";
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
