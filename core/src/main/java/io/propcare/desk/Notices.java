package io.propcare.desk;

import io.propcare.model.PropertyId;
import io.propcare.model.complaint.Classification;
import io.propcare.model.complaint.Complaint;
import io.propcare.model.complaint.ComplaintRecord;
import io.propcare.model.complaint.ComplaintState;
import io.propcare.model.complaint.Location;
import io.propcare.model.complaint.Scope;
import io.propcare.model.complaint.Urgency;
import io.propcare.model.notification.Notification;
import io.propcare.model.notification.NotificationChannel;
import io.propcare.model.notification.Recipient;
import io.propcare.model.notification.RecipientKind;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Builds the desk's notifications: rendered texts in both languages, masked personal data, the
 * recipient's channel, a stable deduplication key, and the hold for quiet hours.
 */
final class Notices {
    private static final Pattern DIGITS = Pattern.compile("\\d{7,}");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final int SUMMARY = 60;

    private final NotificationTemplates templates;
    private final QuietHours quiet;
    private final ZoneId zone;

    Notices(NotificationTemplates templates, QuietHours quiet, ZoneId zone) {
        this.templates = templates;
        this.quiet = quiet;
        this.zone = zone;
    }

    String when(Instant at) {
        return WHEN.format(at.atZone(zone));
    }

    /** A complaint's text cut short with every run of seven or more digits masked. */
    static String summary(String text) {
        String s = DIGITS.matcher(text.strip().replaceAll("\\s+", " ")).replaceAll(m -> {
            String d = m.group();
            return d.substring(0, 3) + "*".repeat(d.length() - 5) + d.substring(d.length() - 2);
        });
        return s.length() <= SUMMARY ? s : s.substring(0, SUMMARY) + "…";
    }

    static String place(Location l) {
        if (l.unit().isPresent()) {
            return l.unit().get();
        }
        if (l.building().isPresent()) {
            return "building " + l.building().get();
        }
        return l.zone().map(z -> "zone " + z).orElse("estate");
    }

    /** The variables every template of a complaint can use. */
    Map<String, String> variables(ComplaintRecord record, ComplaintState state) {
        Complaint c = record.complaint();
        Map<String, String> v = new HashMap<>();
        v.put("complaint", c.id().value());
        v.put("place", place(c.location()));
        v.put("summary", summary(c.text()));
        v.put("owner", state.owner().map(s -> s.value()).orElse("-"));
        state.classification().ifPresent(cl -> {
            v.put("category", cl.category().id());
            v.put("urgency", cl.urgency().id());
        });
        v.putIfAbsent("category", "unclassified");
        v.putIfAbsent("urgency", "-");
        return v;
    }

    static boolean urgent(ComplaintState state) {
        return state.classification().map(Notices::urgent).orElse(false);
    }

    static boolean urgent(Classification c) {
        return c.urgency().isAtLeast(Urgency.URGENT) || c.scope() == Scope.COLLECTIVE;
    }

    /**
     * One notification. Residents' notifications carry no complaint text and no staff names;
     * broadcast (role) notifications carry no resident data at all; staff see the resident masked.
     */
    Notification make(PropertyId property, Recipient recipient, String template, Map<String, String> variables,
                      ComplaintRecord record, String cause, boolean urgent, Instant now) {
        NotificationChannel channel = templates.channelFor(recipient.kind());
        Map<String, String> vars = new HashMap<>(variables);
        if (recipient.kind() == RecipientKind.STAFF) {
            io.propcare.model.complaint.Resident r = record.complaint().resident();
            vars.put("resident", r.name().map(io.propcare.model.PersonName::masked).orElse("-") + " "
                    + r.phone().map(io.propcare.model.PhoneNumber::masked).orElse("-"));
        } else {
            vars.put("resident", "-");
            if (recipient.kind() == RecipientKind.RESIDENT) {
                vars.remove("summary");
            }
        }
        Map<String, String> payload = new HashMap<>();
        payload.put("complaint", record.id().value());
        payload.put("text.zh", templates.render(template, channel, "zh", vars));
        payload.put("text.en", templates.render(template, channel, "en", vars));
        payload.put("requestedAt", now.toString());
        Instant sendAt = now;
        if (!urgent && templates.isQuiet(template)) {
            sendAt = quiet.holdUntil(now).orElse(now);
            if (!sendAt.equals(now)) {
                payload.put("heldForQuietHours", "true");
            }
        }
        String dedup = dedupKey(cause + ":" + template + ":" + recipient.kind().name().toLowerCase(java.util.Locale.ROOT)
                + ":" + recipient.id());
        return new Notification(property, recipient, channel, template, payload, dedup, urgent, sendAt);
    }

    /** The key itself when short enough, else a prefix and a hash, at most 200 characters. */
    static String dedupKey(String key) {
        if (key.length() <= 200) {
            return key;
        }
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return key.substring(0, 150) + "#" + HexFormat.of().formatHex(h, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
