package io.propcare.desk;

import com.fasterxml.jackson.databind.JsonNode;
import io.propcare.config.ConfigErrorCode;
import io.propcare.config.ConfigProblems;
import io.propcare.config.ConfigReader;
import io.propcare.config.ConfigurationException;
import io.propcare.model.notification.NotificationChannel;
import io.propcare.model.notification.RecipientKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The texts of the desk's notifications: per template (e.g. {@code "complaint.escalated"}) and
 * channel, in Chinese and English, with {@code {placeholder}} variables, whether the template
 * waits for the end of quiet hours when the complaint is not urgent, and the channel used for
 * each kind of recipient. The defaults are {@code io/propcare/desk/templates.json}.
 *
 * <p>Every template the desk sends must be present; placeholders must be known, so a typo is a
 * configuration error at load time, not a broken message at night.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1
 */
public final class NotificationTemplates {
    /** The templates the desk sends. */
    static final Set<String> REQUIRED = Set.of("complaint.received", "complaint.acknowledged", "complaint.assigned",
            "complaint.dispatched", "complaint.reply_time_agreed", "complaint.collective", "complaint.reported",
            "complaint.settled", "complaint.reopened", "complaint.escalated");
    static final Set<String> VARIABLES = Set.of("complaint", "category", "urgency", "place", "summary", "owner",
            "replyBy", "to", "step", "level", "due", "case", "members", "resident");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");
    private static final String DEFAULT = "templates.json";

    private record Text(String zh, String en) {
        String in(String language) {
            return "zh".equals(language) ? zh : en;
        }
    }

    private record Template(boolean quiet, Text fallback, Map<NotificationChannel, Text> byChannel) {
    }

    private final Map<String, Template> templates;
    private final Map<RecipientKind, NotificationChannel> channels;

    private NotificationTemplates(Map<String, Template> templates, Map<RecipientKind, NotificationChannel> channels) {
        this.templates = Map.copyOf(templates);
        this.channels = new EnumMap<>(channels);
    }

    /**
     * The templates that ship with Propcare.
     *
     * @return the default templates
     */
    public static NotificationTemplates defaults() {
        try (InputStream in = NotificationTemplates.class.getResourceAsStream(DEFAULT)) {
            if (in == null) {
                throw new IllegalStateException("resource io/propcare/desk/" + DEFAULT + " is missing from the jar");
            }
            return from(ConfigReader.tree(in, DEFAULT), DEFAULT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads templates from a JSON file of the default's form.
     *
     * @param file the file
     * @return the templates
     * @throws ConfigurationException naming the file, JSON path and value
     */
    public static NotificationTemplates read(Path file) {
        Objects.requireNonNull(file, "file must not be null");
        try (InputStream in = Files.newInputStream(file)) {
            return from(ConfigReader.tree(in, file.toString()), file.toString());
        } catch (IOException e) {
            throw new ConfigurationException(ConfigErrorCode.CONFIG_UNREADABLE, file.toString(), "$", "-",
                    "a readable file (" + e.getMessage() + ")");
        }
    }

    private static NotificationTemplates from(JsonNode root, String source) {
        ConfigProblems problems = ConfigProblems.create();
        Map<RecipientKind, NotificationChannel> channels = new EnumMap<>(RecipientKind.class);
        JsonNode ch = root.path("channels");
        for (RecipientKind k : RecipientKind.values()) {
            String key = k.name().toLowerCase(Locale.ROOT);
            JsonNode v = ch.get(key);
            if (v == null || !v.isTextual()) {
                problems.add(bad(source, "$.channels." + key, String.valueOf(v), "a channel such as \"wechat\""));
                continue;
            }
            problems.attempt(() -> channel(v.asText(), source, "$.channels." + key)).ifPresent(c -> channels.put(k, c));
        }
        JsonNode ts = root.path("templates");
        if (!ts.isObject()) {
            problems.add(bad(source, "$.templates", String.valueOf(ts), "an object of templates"));
            problems.throwIfAny();
        }
        Map<String, Template> map = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = ts.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            problems.attempt(() -> template(e.getValue(), source, "$.templates." + e.getKey()))
                    .ifPresent(t -> map.put(e.getKey(), t));
        }
        Set<String> missing = new TreeSet<>(REQUIRED);
        Iterator<String> named = ts.fieldNames();
        named.forEachRemaining(missing::remove);
        if (!missing.isEmpty()) {
            problems.add(bad(source, "$.templates", String.join(", ", missing),
                    "every template the desk sends: " + new TreeSet<>(REQUIRED)));
        }
        problems.throwIfAny();
        return new NotificationTemplates(map, channels);
    }

    /** One template; every bad text or channel of it and a missing default are reported together. */
    private static Template template(JsonNode t, String source, String path) {
        ConfigProblems problems = ConfigProblems.create();
        boolean quiet = t.path("quiet").asBoolean(false);
        Optional<Text> fallback = Optional.empty();
        if (!t.has("default")) {
            problems.add(bad(source, path + ".default", "-", "a default text {\"zh\": ..., \"en\": ...}"));
        }
        Map<NotificationChannel, Text> byChannel = new EnumMap<>(NotificationChannel.class);
        for (Iterator<Map.Entry<String, JsonNode>> f = t.fields(); f.hasNext(); ) {
            Map.Entry<String, JsonNode> field = f.next();
            String at = path + "." + field.getKey();
            if (field.getKey().equals("default")) {
                fallback = problems.attempt(() -> text(field.getValue(), source, at));
            } else if (!field.getKey().equals("quiet")) {
                Optional<NotificationChannel> channel = problems.attempt(() -> channel(field.getKey(), source, at));
                Optional<Text> text = problems.attempt(() -> text(field.getValue(), source, at));
                if (channel.isPresent() && text.isPresent()) {
                    byChannel.put(channel.get(), text.get());
                }
            }
        }
        problems.throwIfAny();
        return new Template(quiet, fallback.orElseThrow(), byChannel);
    }

    private static Text text(JsonNode node, String source, String path) {
        String zh = node.path("zh").asText("");
        String en = node.path("en").asText("");
        if (zh.isBlank() || en.isBlank()) {
            throw bad(source, path, String.valueOf(node), "{\"zh\": text, \"en\": text}, both non-empty");
        }
        for (String s : new String[] {zh, en}) {
            Matcher m = PLACEHOLDER.matcher(s);
            while (m.find()) {
                if (!VARIABLES.contains(m.group(1))) {
                    throw bad(source, path, m.group(), "a placeholder among " + new TreeSet<>(VARIABLES));
                }
            }
        }
        return new Text(zh, en);
    }

    private static NotificationChannel channel(String id, String source, String path) {
        try {
            return NotificationChannel.valueOf(id.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw bad(source, path, id, "a channel: sms, wechat, email, app_push, voice_call, console");
        }
    }

    private static ConfigurationException bad(String source, String path, String value, String expected) {
        return new ConfigurationException(ConfigErrorCode.CONFIG_BAD_VALUE, source, path, value, expected);
    }

    /**
     * The channel used for a kind of recipient.
     *
     * @param kind the recipient kind
     * @return the channel
     */
    public NotificationChannel channelFor(RecipientKind kind) {
        return channels.get(Objects.requireNonNull(kind, "kind must not be null"));
    }

    /**
     * Whether a template waits for the end of quiet hours when the complaint is not urgent.
     *
     * @param template the template id
     * @return true when it respects quiet hours
     * @throws IllegalArgumentException for an unknown template
     */
    public boolean isQuiet(String template) {
        return template(template).quiet();
    }

    /**
     * Renders a template for a channel in a language; unknown variables stay as written.
     *
     * @param template the template id
     * @param channel the channel (its own text, else the default one)
     * @param language {@code "zh"} or {@code "en"}
     * @param variables values by placeholder name
     * @return the text
     * @throws IllegalArgumentException for an unknown template
     */
    public String render(String template, NotificationChannel channel, String language, Map<String, String> variables) {
        Objects.requireNonNull(channel, "channel must not be null");
        Objects.requireNonNull(language, "language must not be null");
        Objects.requireNonNull(variables, "variables must not be null");
        Template t = template(template);
        String text = t.byChannel().getOrDefault(channel, t.fallback()).in(language);
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String v = variables.get(m.group(1));
            m.appendReplacement(b, Matcher.quoteReplacement(v == null ? m.group() : v));
        }
        m.appendTail(b);
        return b.toString();
    }

    private Template template(String id) {
        Objects.requireNonNull(id, "template must not be null");
        Template t = templates.get(id);
        if (t == null) {
            throw new IllegalArgumentException("unknown template '" + id + "'; known: " + new TreeSet<>(templates.keySet()));
        }
        return t;
    }
}
