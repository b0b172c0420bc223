package io.propcare.complaint;

import io.propcare.config.ConfigErrorCode;
import io.propcare.config.ConfigProblems;
import io.propcare.config.ConfigReader;
import io.propcare.config.ConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Who receives complaints when: the property's service points with their daily hours (defaults:
 * front desk 08:30-17:30, duty phone 18:00-21:00, fire-control center 21:00-08:30), the one that
 * takes what falls between them, and who owns each building or facility.
 *
 * <p>Implementation requirements: immutable value type.
 *
 * @param zone the property's time zone id, e.g. {@code "Asia/Shanghai"}
 * @param receivers the service points, each with {@code "HH:MM-HH:MM"} hours (an end not after the start crosses midnight)
 * @param fallback the id of the receiver for times no window covers
 * @param owners place (building id such as {@code "3"}, or {@code "facility:car_park"}) to its owner; may be empty
 * @param defaultOwner the owner of places not listed
 * @since 0.1
 */
public record DutyHours(String zone, List<Receiver> receivers, String fallback, Map<String, String> owners,
                        String defaultOwner) {
    /**
     * One service point.
     *
     * @param id the id, e.g. {@code "front_desk"}
     * @param name the name shown to people
     * @param hours the daily window, e.g. {@code "08:30-17:30"}
     */
    public record Receiver(String id, String name, String hours) {
        /** Checks the components. */
        public Receiver {
            Objects.requireNonNull(id, "id must not be null");
            Objects.requireNonNull(name, "name must not be null");
            Objects.requireNonNull(hours, "hours must not be null");
            window(hours);
        }

        LocalTime[] window() {
            return window(hours);
        }

        private static LocalTime[] window(String hours) {
            String[] p = hours.split("-");
            if (p.length != 2) {
                throw new IllegalArgumentException("hours: expected \"HH:MM-HH:MM\", got \"" + hours + "\"");
            }
            try {
                return new LocalTime[] {LocalTime.parse(p[0].strip()), LocalTime.parse(p[1].strip())};
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("hours: expected \"HH:MM-HH:MM\", got \"" + hours + "\"", e);
            }
        }

        boolean covers(LocalTime t) {
            LocalTime[] w = window();
            return w[0].isBefore(w[1]) ? !t.isBefore(w[0]) && t.isBefore(w[1]) : !t.isBefore(w[0]) || t.isBefore(w[1]);
        }
    }

    /** Checks the whole. */
    public DutyHours {
        Objects.requireNonNull(zone, "zone must not be null");
        ZoneId.of(zone);
        receivers = List.copyOf(Objects.requireNonNull(receivers, "receivers must not be null"));
        if (receivers.isEmpty()) {
            throw new IllegalArgumentException("receivers: expected at least one service point");
        }
        Set<String> ids = new HashSet<>();
        for (Receiver r : receivers) {
            if (!ids.add(r.id())) {
                throw new IllegalArgumentException("receivers: duplicate id '" + r.id() + "'");
            }
        }
        if (fallback == null || !ids.contains(fallback)) {
            throw new IllegalArgumentException("fallback: '" + fallback + "' is not one of the receivers " + ids);
        }
        owners = owners == null ? Map.of() : Map.copyOf(owners);
        Objects.requireNonNull(defaultOwner, "defaultOwner must not be null");
    }

    /** The file form, read before any check so that every problem can be reported. */
    record HoursFile(String zone, List<ReceiverFile> receivers, String fallback, Map<String, String> owners,
                     String defaultOwner) {
    }

    /** One service point as the file has it. */
    record ReceiverFile(String id, String name, String hours) {
        Receiver check(String source, String p) {
            FileChecks.require(source, p, "id", id, "name", name, "hours", hours);
            try {
                return new Receiver(id, name, hours);
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException(ConfigErrorCode.CONFIG_BAD_TIME, source, p + ".hours",
                        "\"" + hours + "\"", "expected \"HH:MM-HH:MM\" such as \"08:30-17:30\"", e);
            }
        }
    }

    /**
     * The defaults of the procedures, in Asia/Shanghai: front desk 08:30-17:30, duty phone
     * 18:00-21:00, fire-control center 21:00-08:30 (which also takes 17:30-18:00), owner customer service.
     *
     * @return the defaults
     */
    public static DutyHours defaults() {
        String source = "classpath:io/propcare/complaint/default-duty-hours.json";
        try (InputStream in = DutyHours.class.getResourceAsStream("default-duty-hours.json")) {
            if (in == null) {
                throw new IllegalStateException("resource io/propcare/complaint/default-duty-hours.json is missing");
            }
            return from(ConfigReader.read(in, source, HoursFile.class), source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Loads duty hours from a JSON file. Every receiver and member is checked, so one exception
     * names all the problems of the file ({@link ConfigurationException#problems()}); malformed
     * JSON, an unknown property or a value of the wrong JSON type ends the read where it is.
     *
     * @param file the file
     * @return the duty hours
     * @throws ConfigurationException naming the file, JSON path and value of every problem found
     */
    public static DutyHours load(Path file) {
        Objects.requireNonNull(file, "file must not be null");
        return from(ConfigReader.read(file, HoursFile.class), file.toString());
    }

    private static DutyHours from(HoursFile f, String source) {
        ConfigProblems problems = ConfigProblems.create();
        if (f.zone() == null) {
            problems.add(FileChecks.missing(source, "$.zone"));
        } else {
            try {
                ZoneId.of(f.zone());
            } catch (DateTimeException e) {
                problems.add(new ConfigurationException(ConfigErrorCode.CONFIG_BAD_VALUE, source, "$.zone",
                        "\"" + f.zone() + "\"", "expected a zone id such as \"Asia/Shanghai\"", e));
            }
        }
        // every id named, so that a broken receiver is not reported again as an unknown fallback
        Set<String> ids = new LinkedHashSet<>();
        List<Receiver> receivers = List.of();
        if (f.receivers() == null || f.receivers().isEmpty()) {
            problems.add(new ConfigurationException(ConfigErrorCode.CONFIG_MISSING, source, "$.receivers", "",
                    "expected at least one service point"));
        } else {
            receivers = FileChecks.each(f.receivers(), "$.receivers", ReceiverFile::id, ids, source, problems,
                    (r, p) -> r.check(source, p));
        }
        if (f.fallback() == null) {
            problems.add(FileChecks.missing(source, "$.fallback"));
        } else if (!ids.isEmpty() && !ids.contains(f.fallback())) {
            problems.add(FileChecks.unknown(source, "$.fallback", f.fallback(), "expected one of the receivers " + ids));
        }
        Map<String, String> owners = f.owners() == null ? Map.of() : f.owners();
        owners.forEach((place, owner) -> {
            if (owner == null) {
                problems.add(FileChecks.missing(source, "$.owners." + place));
            }
        });
        if (f.defaultOwner() == null) {
            problems.add(FileChecks.missing(source, "$.defaultOwner"));
        }
        problems.throwIfAny();
        return new DutyHours(f.zone(), receivers, f.fallback(), owners, f.defaultOwner());
    }
}
