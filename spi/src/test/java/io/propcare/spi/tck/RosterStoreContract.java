package io.propcare.spi.tck;

import static io.propcare.spi.tck.Fixtures.OTHER_PROPERTY;
import static io.propcare.spi.tck.Fixtures.PROPERTY;
import static io.propcare.spi.tck.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.propcare.model.StaffId;
import io.propcare.model.roster.Assignment;
import io.propcare.model.roster.Roster;
import io.propcare.model.roster.RosterId;
import io.propcare.model.roster.RosterStatus;
import io.propcare.spi.ConcurrentModificationException;
import io.propcare.spi.RosterStore;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

/**
 * The compatibility kit for {@link RosterStore}: extend it and implement {@link #newStorage}.
 */
public abstract class RosterStoreContract extends StorageContractSupport {

    /**
     * The store under test.
     *
     * @return the store
     */
    protected RosterStore store() {
        return storage().rosters();
    }

    /**
     * A March 2025 roster with an assignment every day and one pinned.
     *
     * @param id the roster id
     * @return the roster
     */
    public static Roster march(String id) {
        List<Assignment> as = new ArrayList<>();
        for (int d = 1; d <= 31; d++) {
            as.add(Assignment.of(StaffId.of("E00" + (d % 3)), LocalDate.of(2025, 3, d), d % 2 == 0 ? "D" : "N"));
        }
        as.add(new Assignment(StaffId.of("E009"), LocalDate.of(2025, 3, 5), "FIRE-24", true));
        return Roster.draft(PROPERTY, RosterId.of(id), YearMonth.of(2025, 3), as);
    }

    @Nested
    @DisplayName("save")
    class Save {
        @Test
        @DisplayName("a saved roster is found with every assignment, in order, and version 1")
        void roundTrip() {
            Roster r = march("2025-03");
            Roster saved = store().save(r);
            assertThat(saved).isEqualTo(r.withVersion(1));
            assertThat(store().find(PROPERTY, r.id())).contains(saved);
        }

        @Test
        @DisplayName("saving the stored version increases it; status changes round-trip")
        void update() {
            Roster v1 = store().save(march("2025-03"));
            Roster v2 = store().save(v1.withStatus(RosterStatus.APPROVED));
            Roster v3 = store().save(v2.withStatus(RosterStatus.PUBLISHED));
            assertThat(v3.version()).isEqualTo(3);
            assertThat(store().find(PROPERTY, v1.id()).orElseThrow().status()).isEqualTo(RosterStatus.PUBLISHED);
        }

        @Test
        @DisplayName("an unknown roster is empty")
        void unknown() {
            assertThat(store().find(PROPERTY, RosterId.of("nope"))).isEmpty();
        }
    }

    @Nested
    @DisplayName("optimistic concurrency")
    class Concurrency {
        @Test
        @DisplayName("saving a stale version, or a new roster whose id exists, throws ConcurrentModificationException")
        void stale() {
            Roster v1 = store().save(march("2025-03"));
            store().save(v1.withStatus(RosterStatus.APPROVED));
            assertThatThrownBy(() -> store().save(v1.withStatus(RosterStatus.PUBLISHED)))
                    .isInstanceOf(ConcurrentModificationException.class);
            assertThatThrownBy(() -> store().save(march("2025-03")))
                    .isInstanceOf(ConcurrentModificationException.class);
            assertThat(store().find(PROPERTY, v1.id()).orElseThrow().status()).isEqualTo(RosterStatus.APPROVED);
        }

        @Test
        @DisplayName("of 8 concurrent savers of the same version exactly one succeeds")
        void oneWinner() throws Exception {
            Roster v1 = store().save(march("2025-03"));
            ExecutorService pool = Executors.newFixedThreadPool(8);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> fs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                fs.add(pool.submit(() -> {
                    start.await();
                    try {
                        store().save(v1.withStatus(RosterStatus.APPROVED));
                        return true;
                    } catch (ConcurrentModificationException e) {
                        return false;
                    }
                }));
            }
            start.countDown();
            int wins = 0;
            for (Future<Boolean> f : fs) {
                wins += f.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            pool.shutdown();
            assertThat(wins).isEqualTo(1);
            assertThat(store().find(PROPERTY, v1.id()).orElseThrow().version()).isEqualTo(2);
        }
    }

    @Nested
    @DisplayName("overlap")
    class Overlap {
        @Test
        @DisplayName("findOverlapping returns the rosters overlapping a range, by start then id, of that property only")
        void overlapping() {
            store().save(march("b-march"));
            store().save(march("a-march"));
            store().save(Roster.draft(PROPERTY, RosterId.of("april"), YearMonth.of(2025, 4), List.of()));
            store().save(Roster.draft(OTHER_PROPERTY, RosterId.of("other"), YearMonth.of(2025, 3), List.of()));
            assertThat(store().findOverlapping(PROPERTY,
                    LocalDateRange.of(LocalDate.of(2025, 3, 31), LocalDate.of(2025, 4, 2))))
                    .extracting(r -> r.id().value()).containsExactly("a-march", "b-march", "april");
            assertThat(store().findOverlapping(PROPERTY,
                    LocalDateRange.of(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 2))))
                    .extracting(r -> r.id().value()).containsExactly("april");
            assertThat(store().findOverlapping(PROPERTY,
                    LocalDateRange.of(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 2)))).isEmpty();
            assertThat(store().find(OTHER_PROPERTY, RosterId.of("a-march"))).isEmpty();
        }
    }

    @Nested
    @DisplayName("bad input")
    class BadInput {
        @Test
        @DisplayName("null arguments give a NullPointerException naming the argument")
        void nulls() {
            assertThatThrownBy(() -> store().save(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("roster");
            assertThatThrownBy(() -> store().find(null, RosterId.of("x"))).isInstanceOf(NullPointerException.class)
                    .hasMessageContaining("property");
            assertThatThrownBy(() -> store().findOverlapping(PROPERTY, null)).isInstanceOf(NullPointerException.class)
                    .hasMessageContaining("range");
        }
    }
}
