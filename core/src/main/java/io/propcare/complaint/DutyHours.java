package io.propcare.complaint;

import io.propcare.config.ConfigReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
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

    /**
     * The defaults of the procedures, in Asia/Shanghai: front desk 08:30-17:30, duty phone
     * 18:00-21:00, fire-control center 21:00-08:30 (which also takes 17:30-18:00), owner customer service.
     *
     * @return the defaults
     */
    public static DutyHours defaults() {
        try (InputStream in = DutyHours.class.getResourceAsStream("default-duty-hours.json")) {
            if (in == null) {
                throw new IllegalStateException("resource io/propcare/complaint/default-duty-hours.json is missing");
            }
            return ConfigReader.read(in, "classpath:io/propcare/complaint/default-duty-hours.json", DutyHours.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Loads duty hours from a JSON file.
     *
     * @param file the file
     * @return the duty hours
     * @throws io.propcare.config.ConfigurationException naming the file, JSON path and value
     */
    public static DutyHours load(Path file) {
        return ConfigReader.read(file, DutyHours.class);
    }
}
