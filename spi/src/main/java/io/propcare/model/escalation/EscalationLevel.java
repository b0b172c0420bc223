package io.propcare.model.escalation;

import io.propcare.spi.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A rung of the escalation ladder, from the person handling a complaint up to the company.
 *
 * @since 0.1
 */
public enum EscalationLevel {
    /** The named person following the complaint (首问负责). */
    HANDLER,
    /** The customer-service supervisor (客服主管). */
    CUSTOMER_SERVICE_SUPERVISOR,
    /** The management office's director (管理处主任). */
    DIRECTOR,
    /** The company complaint-handling center and the deputy general manager in charge. */
    COMPANY;

    /**
     * The lower-case id used in JSON, e.g. {@code "customer_service_supervisor"}.
     *
     * @return the id
     */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses an id (case-insensitive, '-' or '_').
     *
     * @param id the id
     * @return the level
     * @throws InvalidInputException naming the accepted values
     */
    public static EscalationLevel parse(String id) {
        Objects.requireNonNull(id, "level must not be null");
        String key = id.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (EscalationLevel s : values()) {
            if (s.name().equals(key)) {
                return s;
            }
        }
        throw InvalidInputException.of("level", id, "expected one of "
                + Arrays.stream(values()).map(EscalationLevel::id).collect(Collectors.joining(", ")));
    }
}
