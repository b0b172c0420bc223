package io.propcare.spi;

import io.propcare.model.PropertyId;
import io.propcare.model.complaint.Complaint;
import io.propcare.model.complaint.ComplaintChange;
import io.propcare.model.complaint.ComplaintId;
import io.propcare.model.complaint.ComplaintRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stores complaints and their append-only histories, scoped to one property per call.
 *
 * <p>Implementation requirements: thread-safe; every write is atomic (a failed write leaves
 * nothing); no call reads or changes another property's data. Arguments are checked first: null
 * gives {@link NullPointerException} naming the argument, a bad value {@link InvalidInputException}.
 * The compatibility kit's {@code ComplaintStoreContract} checks every clause.
 *
 * @since 0.1
 */
public interface ComplaintStore {
    /** The longest idempotency key accepted. */
    int MAX_IDEMPOTENCY_KEY = 100;

    /**
     * Creates a complaint at version 0 with the initial state and no history, once per
     * idempotency key: creating again with a key already used in the property returns the record
     * created the first time (as it is now), whatever complaint is passed.
     *
     * <p>Kit group: "create".
     *
     * @param complaint the complaint; its property id scopes the call
     * @param idempotencyKey the caller's key for this request, 1-100 characters
     * @return the stored record
     * @throws StorageException with {@link SpiErrorCode#DUPLICATE} when the complaint's id exists
     *     in the property under another key
     */
    ComplaintRecord create(Complaint complaint, String idempotencyKey);

    /**
     * Appends events and stores the state they lead to, if and only if the complaint is at the
     * expected version. Of concurrent writers expecting the same version, exactly one succeeds.
     *
     * <p>Kit groups: "append", "optimistic concurrency".
     *
     * @param property the property
     * @param id the complaint
     * @param expectedVersion the version the caller read
     * @param change the events and the new state
     * @return the record after the change; its version is {@code expectedVersion + events}
     * @throws NotFoundException when the complaint does not exist in the property
     * @throws ConcurrentModificationException when the version is not the expected one
     */
    ComplaintRecord append(PropertyId property, ComplaintId id, long expectedVersion, ComplaintChange change);

    /**
     * Loads a complaint with its whole history.
     *
     * <p>Kit group: "find".
     *
     * @param property the property
     * @param id the complaint
     * @return the record, or empty when it does not exist in the property
     */
    Optional<ComplaintRecord> find(PropertyId property, ComplaintId id);

    /**
     * Pages through the property's open complaints (status open), ordered by received instant
     * then id.
     *
     * <p>Kit group: "paging".
     *
     * @param property the property
     * @param request the page
     * @return the page
     * @throws InvalidInputException when the cursor was not made by this store
     */
    Page<ComplaintRecord> openComplaints(PropertyId property, PageRequest request);

    /**
     * Finds open complaints whose next due instant is at or before {@code at}, ordered by that
     * instant then id.
     *
     * <p>Kit group: "due".
     *
     * @param property the property
     * @param at the instant
     * @param limit at most this many, 1 to 1000
     * @return the complaints, possibly empty
     */
    List<ComplaintRecord> findDue(PropertyId property, Instant at, int limit);
}
