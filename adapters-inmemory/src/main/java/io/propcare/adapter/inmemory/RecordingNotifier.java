package io.propcare.adapter.inmemory;

import io.propcare.model.internal.Checks;
import io.propcare.model.notification.Notification;
import io.propcare.model.notification.NotificationChannel;
import io.propcare.spi.DeliveryException;
import io.propcare.spi.Notifier;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A notifier that records what it delivers, for tests and demos; it can be told to fail the next
 * deliveries to exercise retries.
 *
 * <p>Implementation requirements: thread-safe.
 *
 * @since 0.1
 */
public final class RecordingNotifier implements Notifier {
    private final Set<NotificationChannel> channels;
    private final List<Notification> delivered = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final AtomicInteger attempts = new AtomicInteger();

    private RecordingNotifier(Set<NotificationChannel> channels) {
        this.channels = Set.copyOf(channels);
    }

    /**
     * A notifier for every channel.
     *
     * @return the notifier
     */
    public static RecordingNotifier allChannels() {
        return new RecordingNotifier(EnumSet.allOf(NotificationChannel.class));
    }

    /**
     * A notifier for some channels.
     *
     * @param channels the channels, not empty
     * @return the notifier
     */
    public static RecordingNotifier of(Set<NotificationChannel> channels) {
        Checks.notNull(channels, "channels");
        if (channels.isEmpty()) {
            throw new IllegalArgumentException("channels must not be empty");
        }
        return new RecordingNotifier(channels);
    }

    /**
     * Makes the next {@code count} deliveries fail with a retryable {@link DeliveryException}.
     *
     * @param count how many, 0 or more
     */
    public void failNext(int count) {
        Checks.range(count, "count", 0, Integer.MAX_VALUE);
        failuresLeft.set(count);
    }

    @Override
    public String name() {
        return "recording";
    }

    @Override
    public boolean supports(NotificationChannel channel) {
        return channels.contains(Checks.notNull(channel, "channel"));
    }

    @Override
    public void deliver(Notification notification) {
        Checks.notNull(notification, "notification");
        attempts.incrementAndGet();
        if (!supports(notification.channel())) {
            throw new DeliveryException("channel " + notification.channel() + " is not supported by " + name(),
                    false, null);
        }
        if (failuresLeft.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) {
            throw new DeliveryException("simulated failure delivering " + notification.dedupKey(), true, null);
        }
        delivered.add(notification);
    }

    /**
     * Everything delivered so far, in order.
     *
     * @return an unmodifiable snapshot
     */
    public List<Notification> delivered() {
        return List.copyOf(delivered);
    }

    /**
     * How many deliveries were attempted, failed ones included.
     *
     * @return the count
     */
    public int attempts() {
        return attempts.get();
    }
}
