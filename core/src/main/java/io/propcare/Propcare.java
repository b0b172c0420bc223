package io.propcare;

import io.propcare.model.internal.Checks;
import io.propcare.notification.LoggingNotifier;
import io.propcare.spi.Notifier;
import io.propcare.spi.Storage;
import io.propcare.spi.StorageContext;
import io.propcare.spi.StorageLocator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Propcare wired together: the clock, the storage and the notifiers the engines use.
 *
 * <pre>{@code
 * Propcare propcare = Propcare.builder()
 *         .clock(Clock.system(ZoneId.of("Asia/Shanghai")))
 *         .storage("jdbc:h2:mem:demo")          // or .storage(storageInstance): explicit beats discovery
 *         .notifier(mySmsGateway)               // none given: discovered ones, else a logging notifier
 *         .build();
 * }</pre>
 *
 * <p>Implementation requirements: immutable and thread-safe once built. {@link #close()} closes
 * storage that was opened from a locator; storage passed as an instance belongs to the caller.
 *
 * @since 0.1
 */
public final class Propcare implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Propcare.class);

    private final Clock clock;
    private final Storage storage;
    private final boolean ownsStorage;
    private final List<Notifier> notifiers;

    private Propcare(Clock clock, Storage storage, boolean ownsStorage, List<Notifier> notifiers) {
        this.clock = clock;
        this.storage = storage;
        this.ownsStorage = ownsStorage;
        this.notifiers = List.copyOf(notifiers);
    }

    /**
     * A new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The clock every engine reads.
     *
     * @return the clock
     */
    public Clock clock() {
        return clock;
    }

    /**
     * The storage.
     *
     * @return the storage
     */
    public Storage storage() {
        return storage;
    }

    /**
     * The notifiers, in the order they are asked; never empty.
     *
     * @return an unmodifiable list
     */
    public List<Notifier> notifiers() {
        return notifiers;
    }

    @Override
    public void close() {
        if (ownsStorage) {
            storage.close();
        }
    }

    /**
     * Builds a {@link Propcare}. A setting given twice is an {@link IllegalStateException} showing
     * the earlier value; {@link #build()} reports every missing or conflicting setting at once.
     *
     * <p>Implementation requirements: not thread-safe; use from one thread.
     */
    public static final class Builder {
        private Clock clock;
        private Storage storage;
        private StorageLocator locator;
        private final Map<String, String> storageSettings = new LinkedHashMap<>();
        private final List<Notifier> notifiers = new ArrayList<>();
        private ClassLoader classLoader;
        private Boolean discoverNotifiers;

        private Builder() {
        }

        /**
         * The clock. Required: there is no hidden system clock.
         *
         * @param value the clock
         * @return this builder
         */
        public Builder clock(Clock value) {
            Checks.notNull(value, "clock");
            if (clock != null) {
                throw new IllegalStateException("clock was already set to " + clock);
            }
            clock = value;
            return this;
        }

        /**
         * Storage given as an instance: used as it is, never closed by Propcare.
         *
         * @param value the storage
         * @return this builder
         */
        public Builder storage(Storage value) {
            Checks.notNull(value, "storage");
            if (storage != null) {
                throw new IllegalStateException("storage was already set to " + storage.adapterName() + " storage");
            }
            storage = value;
            return this;
        }

        /**
         * Storage opened from a locator such as {@code "jdbc:h2:mem:demo"} or {@code "memory:"} by
         * the provider that accepts it (discovered with {@link java.util.ServiceLoader}).
         *
         * @param value the locator
         * @return this builder
         */
        public Builder storage(String value) {
            Checks.notNull(value, "locator");
            if (locator != null) {
                throw new IllegalStateException("storage locator was already set to " + locator);
            }
            locator = StorageLocator.parse(value);
            return this;
        }

        /**
         * A setting for the storage provider, e.g. {@code tablePrefix}.
         *
         * @param key the key
         * @param value the value
         * @return this builder
         */
        public Builder storageSetting(String key, String value) {
            Checks.notNull(key, "key");
            Checks.notNull(value, "value");
            String earlier = storageSettings.putIfAbsent(key, value);
            if (earlier != null) {
                throw new IllegalStateException("storage setting " + key + " was already set to " + earlier);
            }
            return this;
        }

        /**
         * Adds a notifier; notifiers are asked in the order added.
         *
         * @param value the notifier
         * @return this builder
         */
        public Builder notifier(Notifier value) {
            notifiers.add(Checks.notNull(value, "notifier"));
            return this;
        }

        /**
         * Whether to discover notifier providers when none is added (default true).
         *
         * @param value true to discover
         * @return this builder
         */
        public Builder discoverNotifiers(boolean value) {
            if (discoverNotifiers != null) {
                throw new IllegalStateException("discoverNotifiers was already set to " + discoverNotifiers);
            }
            discoverNotifiers = value;
            return this;
        }

        /**
         * The class loader used for discovery (default: this library's).
         *
         * @param value the class loader
         * @return this builder
         */
        public Builder classLoader(ClassLoader value) {
            Checks.notNull(value, "classLoader");
            if (classLoader != null) {
                throw new IllegalStateException("classLoader was already set to " + classLoader);
            }
            classLoader = value;
            return this;
        }

        /**
         * Checks every setting, opens storage from the locator if one was given, and builds.
         *
         * @return the built instance
         * @throws IllegalStateException listing every missing or conflicting setting
         * @throws io.propcare.spi.NoProviderFoundException when no provider accepts the locator
         */
        public Propcare build() {
            List<String> problems = new ArrayList<>();
            if (clock == null) {
                problems.add("clock is required: call .clock(Clock)");
            }
            if (storage == null && locator == null) {
                problems.add("storage is required: call .storage(Storage) or .storage(\"jdbc:...\")");
            }
            if (storage != null && locator != null) {
                problems.add("storage was given twice: as an instance (" + storage.adapterName()
                        + ") and as the locator " + locator + "; keep one");
            }
            if (storage != null && !storageSettings.isEmpty()) {
                problems.add("storage settings " + storageSettings.keySet()
                        + " apply only to storage opened from a locator; configure the instance instead");
            }
            if (!problems.isEmpty()) {
                throw new IllegalStateException("cannot build Propcare: " + String.join("; ", problems));
            }
            ClassLoader loader = classLoader != null ? classLoader : Propcare.class.getClassLoader();
            boolean owns = storage == null;
            Storage s = owns ? Discovery.openStorage(locator, new StorageContext(clock, storageSettings), loader) : storage;
            List<Notifier> ns = new ArrayList<>(notifiers);
            if (ns.isEmpty() && !Boolean.FALSE.equals(discoverNotifiers)) {
                ns.addAll(Discovery.discoverNotifiers(clock, loader));
            }
            if (ns.isEmpty()) {
                log.warn("no notifier configured or discovered: notifications are only logged. "
                        + "Add one with .notifier(...) or an adapter jar");
                ns.add(new LoggingNotifier());
            }
            return new Propcare(clock, s, owns, ns);
        }
    }
}
