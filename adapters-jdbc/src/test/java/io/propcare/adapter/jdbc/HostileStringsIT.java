package io.propcare.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.propcare.model.PersonName;
import io.propcare.model.PhoneNumber;
import io.propcare.model.PropertyId;
import io.propcare.model.StaffId;
import io.propcare.model.complaint.Actor;
import io.propcare.model.complaint.Channel;
import io.propcare.model.complaint.Complaint;
import io.propcare.model.complaint.ComplaintChange;
import io.propcare.model.complaint.ComplaintEvent;
import io.propcare.model.complaint.ComplaintId;
import io.propcare.model.complaint.ComplaintRecord;
import io.propcare.model.complaint.ComplaintState;
import io.propcare.model.complaint.ComplaintStatus;
import io.propcare.model.complaint.EventType;
import io.propcare.model.complaint.Location;
import io.propcare.model.complaint.Origin;
import io.propcare.model.complaint.Resident;
import io.propcare.model.notification.Notification;
import io.propcare.model.notification.NotificationChannel;
import io.propcare.model.notification.OutboxMessage;
import io.propcare.model.notification.Recipient;
import io.propcare.model.roster.Assignment;
import io.propcare.model.roster.Roster;
import io.propcare.model.roster.RosterId;
import io.propcare.model.survey.Answer;
import io.propcare.model.survey.SurveyResponse;
import io.propcare.model.survey.SurveyRound;
import io.propcare.spi.tck.Fixtures;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Hostile text goes in through parameters and comes back unchanged, on every database. */
class HostileStringsIT {
    private static final PropertyId P = Fixtures.PROPERTY;
    private static final Instant T0 = Fixtures.T0;
    static final List<String> HOSTILE = List.of(
            "'", "''", "\"", "\\", "\\'", "'; DROP TABLE complaints; --", "Robert'); DROP TABLE students;--",
            "1 OR 1=1", "%", "_", "${prefix}", "?", "$1", "😡😀👍🏽👨‍👩‍👧", "𠮷野家 𩸽 𪚥", "漏水，天花板在滴水",
            "tab\tnew\nline\rcarriage", "\u0001\u001f\u007f", "\uFEFFbom", " leading and trailing ", "Ω≈ç√∫",
            "ﾊﾝｶｸ　全角スペース", Fixtures.HOSTILE_TEXT, "x".repeat(3990) + "𠮷😡");

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    @DisplayName("quotes, SQL, emoji and 4-byte Chinese characters round-trip unchanged through every store")
    void roundTrip(TestDatabase.Kind kind) {
        TestDatabase db = TestDatabase.of(kind);
        try (JdbcStorage s = db.fresh(Clock.fixed(T0, ZoneOffset.UTC))) {
            for (int i = 0; i < HOSTILE.size(); i++) {
                String h = HOSTILE.get(i);
                String short40 = h.length() > 40 ? h.substring(0, 38) : h;
                String name = h.length() > 100 ? h.substring(0, 98) : h;
                Complaint c = new Complaint(ComplaintId.of("C-" + i), P,
                        new Location(Optional.of(short40.isBlank() ? "b" : short40), Optional.of("3-1502"),
                                Optional.of("north")),
                        new Resident(Optional.of(new PersonName(name.isBlank() ? "n" : name)),
                                Optional.of(PhoneNumber.parse("+8613812345678"))),
                        Channel.WECHAT, Origin.COMPANY_CENTER, h.isBlank() ? "blank" : h, T0,
                        Optional.of(StaffId.of(name.isBlank() ? "s" : name.length() > 64 ? name.substring(0, 64) : name)));
                String key = h.length() > 100 ? h.substring(0, 100) : h;
                ComplaintRecord created = s.complaints().create(c, key.isBlank() ? "k" + i : key);
                assertThat(created.complaint()).isEqualTo(c);
                ComplaintEvent e = ComplaintEvent.of(EventType.REPORTED, Actor.of("E017"), T0,
                        Map.of("note", h.length() > 2000 ? h.substring(0, 2000) : h, "k'; --" + i, "v"));
                ComplaintState st = Fixtures.state(ComplaintStatus.IN_PROGRESS, T0);
                ComplaintRecord after = s.complaints().append(P, c.id(), 0, ComplaintChange.of(e, st));
                assertThat(s.complaints().find(P, c.id())).contains(after);
                assertThat(after.history()).containsExactly(e);
                assertThat(s.complaints().create(Fixtures.minimalComplaint(P, "C-other", T0), key.isBlank() ? "k" + i : key)
                        .id()).isEqualTo(c.id());

                String dedup = h.length() > 200 ? h.substring(0, 200) : h;
                Notification n = new Notification(P, Recipient.staff("E042").withAddress("a'b@example.com"),
                        NotificationChannel.EMAIL, "t'" + i, Map.of("text", h, "😡", "𠮷"),
                        dedup.isBlank() ? "d" + i : dedup, false, T0);
                OutboxMessage m = s.outbox().enqueue(n).message();
                assertThat(s.outbox().find(P, m.id()).orElseThrow().notification()).isEqualTo(n);
                assertThat(s.outbox().enqueue(n).created()).isFalse();
            }
            Roster r = Roster.draft(P, RosterId.of("'; DROP TABLE rosters; -- 𠮷😡"), YearMonth.of(2025, 3),
                    List.of(Assignment.of(StaffId.of("张三'; --"), LocalDate.of(2025, 3, 1), "夜'班")));
            Roster saved = s.rosters().save(r);
            assertThat(s.rosters().find(P, r.id())).contains(saved);
            s.surveys().createRound(SurveyRound.of(P, "r1", YearMonth.of(2025, 12), 10, 10, "q"));
            List<SurveyResponse> responses = new java.util.ArrayList<>();
            for (int i = 0; i < HOSTILE.size(); i++) {
                String h = HOSTILE.get(i);
                String text = h.length() > 2000 ? h.substring(0, 2000) : h;
                responses.add(new SurveyResponse("r1", String.format("u-%03d", i), "3-1502", "3",
                        Map.of("comment", text.isBlank() ? Answer.notApplicable() : Answer.text(text)),
                        Map.of("note", text)));
            }
            s.surveys().addResponses(P, "r1", responses);
            try (Stream<SurveyResponse> stored = s.surveys().responses(P, "r1")) {
                assertThat(stored.toList()).isEqualTo(responses);
            }
        }
    }
}
