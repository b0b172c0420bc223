package io.propcare.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.propcare.adapter.inmemory.InMemoryStorage;
import io.propcare.adapter.inmemory.RecordingNotifier;
import io.propcare.model.PropertyId;
import io.propcare.model.notification.DeliveryState;
import io.propcare.model.notification.Notification;
import io.propcare.model.notification.NotificationChannel;
import io.propcare.model.notification.OutboxMessage;
import io.propcare.model.notification.Recipient;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.threeten.extra.MutableClock;

class OutboxDispatcherTest {
    private static final PropertyId P = PropertyId.of("p1");
    private final MutableClock clock = MutableClock.of(Instant.parse("2026-01-05T01:00:00Z"), ZoneOffset.UTC);
    private final InMemoryStorage storage = InMemoryStorage.open(clock);
    private final RetryPolicy retry = new RetryPolicy(Duration.ofSeconds(10), 2.0, Duration.ofSeconds(30), 4);

    private OutboxMessage enqueue(String key, NotificationChannel channel) {
        return storage.outbox().enqueue(new Notification(P, Recipient.staff("E1"), channel, "t", Map.of(), key, false,
                clock.instant())).message();
    }

    private OutboxDispatcher dispatcher(RecordingNotifier n) {
        return OutboxDispatcher.of(storage.outbox(), List.of(n), clock, "w1", Duration.ofMinutes(1), 10, retry);
    }

    @Test
    void deliversAndMarks() {
        RecordingNotifier n = RecordingNotifier.allChannels();
        OutboxMessage m = enqueue("k1", NotificationChannel.SMS);
        DispatchReport r = dispatcher(n).dispatchOnce(P);
        assertThat(r).isEqualTo(new DispatchReport(1, 1, 0, 0));
        assertThat(n.delivered()).singleElement().isEqualTo(m.notification());
        assertThat(storage.outbox().find(P, m.id()).orElseThrow().state()).isEqualTo(DeliveryState.DELIVERED);
        assertThat(dispatcher(n).dispatchOnce(P).claimed()).isZero();
    }

    @Test
    void retriesWithBackoffThenGivesUp() {
        RecordingNotifier n = RecordingNotifier.allChannels();
        n.failNext(100);
        OutboxMessage m = enqueue("k1", NotificationChannel.SMS);
        OutboxDispatcher d = dispatcher(n);
        assertThat(d.dispatchOnce(P)).isEqualTo(new DispatchReport(1, 0, 1, 0));
        assertThat(storage.outbox().find(P, m.id()).orElseThrow().nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(10));
        assertThat(d.dispatchOnce(P).claimed()).isZero();
        clock.add(Duration.ofSeconds(10));
        d.dispatchOnce(P);
        assertThat(storage.outbox().find(P, m.id()).orElseThrow().nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(20));
        clock.add(Duration.ofSeconds(20));
        d.dispatchOnce(P);
        assertThat(storage.outbox().find(P, m.id()).orElseThrow().nextAttemptAt())
                .as("capped at maxDelay").isEqualTo(clock.instant().plusSeconds(30));
        clock.add(Duration.ofSeconds(30));
        assertThat(d.dispatchOnce(P)).isEqualTo(new DispatchReport(1, 0, 0, 1));
        OutboxMessage dead = storage.outbox().find(P, m.id()).orElseThrow();
        assertThat(dead.state()).isEqualTo(DeliveryState.DEAD);
        assertThat(dead.attempts()).isEqualTo(4);
        assertThat(dead.lastError()).hasValueSatisfying(e -> assertThat(e).contains("simulated failure"));
    }

    @Test
    void recoversAfterATransientFailure() {
        RecordingNotifier n = RecordingNotifier.allChannels();
        n.failNext(1);
        enqueue("k1", NotificationChannel.WECHAT);
        OutboxDispatcher d = dispatcher(n);
        d.dispatchOnce(P);
        clock.add(Duration.ofSeconds(10));
        assertThat(d.drain(P, 5)).isEqualTo(new DispatchReport(1, 1, 0, 0));
        assertThat(n.delivered()).hasSize(1);
    }

    @Test
    void noNotifierForTheChannelIsDeadAtOnce() {
        RecordingNotifier smsOnly = RecordingNotifier.of(EnumSet.of(NotificationChannel.SMS));
        OutboxMessage m = enqueue("k1", NotificationChannel.EMAIL);
        assertThat(dispatcher(smsOnly).dispatchOnce(P)).isEqualTo(new DispatchReport(1, 0, 0, 1));
        assertThat(storage.outbox().find(P, m.id()).orElseThrow().lastError())
                .hasValueSatisfying(e -> assertThat(e).contains("EMAIL"));
    }

    @Test
    void retryPolicyDelays() {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        assertThat(retry.retryAt(1, t)).contains(t.plusSeconds(10));
        assertThat(retry.retryAt(2, t)).contains(t.plusSeconds(20));
        assertThat(retry.retryAt(3, t)).contains(t.plusSeconds(30));
        assertThat(retry.retryAt(4, t)).isEqualTo(Optional.empty());
    }
}
