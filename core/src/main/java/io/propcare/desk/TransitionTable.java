package io.propcare.desk;

import io.propcare.config.ConfigErrorCode;
import io.propcare.config.ConfigProblems;
import io.propcare.config.ConfigReader;
import io.propcare.config.ConfigurationException;
import io.propcare.model.complaint.ComplaintStatus;
import io.propcare.spi.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The complaint procedure as data: for each command, the statuses it is allowed in, the status it
 * leads to, the conditions it needs besides the status, and whether the desk may retry it after a
 * concurrent change. The default table ({@code io/propcare/desk/transitions.json}) encodes
 * PROCEDURES.md section 3; a property can supply its own file.
 *
 * <p>Conditions ({@code "requires"}): {@code validity_confirmed} (customer service classified it by
 * hand), {@code from_company_center}, {@code called_back}, {@code reported_if_settled_on_the_spot},
 * {@code reported_back_if_transferred}.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 *
 * @since 0.1
 */
public final class TransitionTable {
    private static final String DEFAULT = "transitions.json";

    record Transition(CommandKind command, ComplaintStatus from, ComplaintStatus to, List<Guard> requires,
                      boolean retry) {
    }

    record Row(String command, List<String> from, String to, List<String> requires, Boolean retry) {
    }

    record TableFile(String comment, List<Row> transitions) {
    }

    private final Map<ComplaintStatus, Map<CommandKind, Transition>> table;

    private TransitionTable(Map<ComplaintStatus, Map<CommandKind, Transition>> table) {
        this.table = table;
    }

    /**
     * The table that ships with Propcare.
     *
     * @return the default table
     */
    public static TransitionTable defaults() {
        try (InputStream in = TransitionTable.class.getResourceAsStream(DEFAULT)) {
            if (in == null) {
                throw new IllegalStateException("resource io/propcare/desk/" + DEFAULT + " is missing from the jar");
            }
            return from(ConfigReader.read(in, DEFAULT, TableFile.class), DEFAULT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a table from a JSON file of the default's form.
     *
     * @param file the file
     * @return the table
     * @throws ConfigurationException naming the file, the JSON path and the value
     */
    public static TransitionTable read(Path file) {
        Objects.requireNonNull(file, "file must not be null");
        return from(ConfigReader.read(file, TableFile.class), file.toString());
    }

    private static TransitionTable from(TableFile file, String source) {
        if (file.transitions() == null || file.transitions().isEmpty()) {
            throw bad(source, "$.transitions", "-", "expected at least one transition");
        }
        ConfigProblems problems = ConfigProblems.create();
        Map<ComplaintStatus, Map<CommandKind, Transition>> map = new EnumMap<>(ComplaintStatus.class);
        for (int i = 0; i < file.transitions().size(); i++) {
            Row row = file.transitions().get(i);
            String path = "$.transitions[" + i + "]";
            problems.attempt(() -> {
                add(map, row, path, source);
                return row;
            });
        }
        problems.throwIfAny();
        map.replaceAll((k, v) -> Collections.unmodifiableMap(v));
        return new TransitionTable(Collections.unmodifiableMap(map));
    }

    /**
     * Adds one row. Its command, target status, guards and source statuses are checked on their
     * own, so one exception names every bad value of the row; the "once per status" check needs the
     * command and is skipped when the command was bad.
     */
    private static void add(Map<ComplaintStatus, Map<CommandKind, Transition>> map, Row row, String path,
                            String source) {
        ConfigProblems problems = ConfigProblems.create();
        Optional<CommandKind> kind = problems.attempt(() -> parse(() -> CommandKind.parse(String.valueOf(row.command())),
                source, path + ".command", row.command()));
        Optional<ComplaintStatus> to = row.to() == null ? Optional.empty()
                : problems.attempt(() -> parse(() -> status(row.to()), source, path + ".to", row.to()));
        List<Guard> guards = new ArrayList<>();
        for (String g : row.requires() == null ? List.<String>of() : row.requires()) {
            problems.attempt(() -> parse(() -> Guard.parse(g), source, path + ".requires", g)).ifPresent(guards::add);
        }
        List<ComplaintStatus> froms = new ArrayList<>();
        if (row.from() == null || row.from().isEmpty()) {
            problems.add(bad(source, path + ".from", "-", "expected at least one status"));
        } else {
            for (String f : row.from()) {
                problems.attempt(() -> parse(() -> status(f), source, path + ".from", f)).ifPresent(from -> {
                    if (froms.contains(from)
                            || kind.isPresent() && map.getOrDefault(from, Map.of()).containsKey(kind.get())) {
                        problems.add(bad(source, path + ".from", f, "expected each command at most once per status"));
                    } else {
                        froms.add(from);
                    }
                });
            }
        }
        problems.throwIfAny();
        // the row is whole: only now does it enter the table
        for (ComplaintStatus from : froms) {
            map.computeIfAbsent(from, k -> new EnumMap<>(CommandKind.class)).put(kind.orElseThrow(),
                    new Transition(kind.orElseThrow(), from, to.orElse(from), guards, row.retry() != null && row.retry()));
        }
    }

    private static ComplaintStatus status(String id) {
        for (ComplaintStatus s : ComplaintStatus.values()) {
            if (s.name().equalsIgnoreCase(id.strip())) {
                return s;
            }
        }
        throw new IllegalArgumentException("expected one of received, in_progress, paused, settled, closed");
    }

    private interface Parse<T> {
        T get();
    }

    private static <T> T parse(Parse<T> p, String source, String path, Object value) {
        try {
            return p.get();
        } catch (IllegalArgumentException | InvalidInputException e) {
            throw bad(source, path, String.valueOf(value), e.getMessage());
        }
    }

    private static ConfigurationException bad(String source, String path, String value, String expected) {
        return new ConfigurationException(ConfigErrorCode.CONFIG_BAD_VALUE, source, path, value, expected);
    }

    /**
     * The commands the table allows in a status, before checking their conditions.
     *
     * @param status the status
     * @return the commands, in declaration order; empty for a status with no way out
     */
    public Set<CommandKind> allowed(ComplaintStatus status) {
        Objects.requireNonNull(status, "status must not be null");
        Map<CommandKind, Transition> row = table.getOrDefault(status, Map.of());
        return row.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(row.keySet()));
    }

    /**
     * The status a command leads to from a status.
     *
     * @param status the current status
     * @param command the command
     * @return the next status, or empty when the command is not allowed in the status
     */
    public Optional<ComplaintStatus> next(ComplaintStatus status, CommandKind command) {
        return find(status, command).map(Transition::to);
    }

    Optional<Transition> find(ComplaintStatus status, CommandKind command) {
        Objects.requireNonNull(status, "status must not be null");
        Objects.requireNonNull(command, "command must not be null");
        return Optional.ofNullable(table.getOrDefault(status, Map.of()).get(command));
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("TransitionTable[");
        table.forEach((s, row) -> b.append(s.name().toLowerCase(java.util.Locale.ROOT)).append(": ")
                .append(row.keySet().stream().map(CommandKind::id).toList()).append("; "));
        return b.append(']').toString();
    }
}
