package org.evergreenloyalty.ledger;

import java.util.Collection;
import java.util.Date;
import java.util.List;

/**
 * The points ledger: the only way balances change. Every change is an immutable {@link LedgerEntry};
 * each business event (its event key) is recorded at most once; postings on one account are serialised
 * so concurrent spending never loses an update or overspends.
 */
public interface LedgerService {

    /**
     * Records {@code posting} unless its event key was recorded before (then returns the earlier entry
     * with {@code recorded=false}). Joins the caller's transaction if there is one.
     *
     * @throws InsufficientPointsException when it would spend more than is available and negative balances are not allowed
     * @throws LedgerException when it would make the pending balance negative
     */
    PostingResult post(Posting posting);

    /**
     * Records a page of postings that credit available points or move pending ones (none may take available
     * points) in one transaction, the caller's or its own, with a few batched statements for the whole page
     * instead of several per posting. The rules are those of {@link #post}: a known event key is answered with
     * the earlier entry, a credit repays a debt first, pending never goes negative. Either every posting of the
     * page is recorded or none.
     *
     * @return one result per posting, in the same order
     * @throws IllegalArgumentException when a posting takes available points
     * @throws LedgerException when one would make a pending balance negative
     */
    List<PostingResult> postCredits(List<Posting> postings);

    /**
     * {@link #postCredits} for a caller that has made sure none of the event keys was recorded (it holds the rows the
     * keys stand for locked, and marks them done in the same transaction): skips the look-up of earlier entries. Should
     * a key exist after all, the ledger's unique event key fails the insert and the caller's transaction rolls back
     * whole, so nothing is recorded twice; the caller then posts one by one with {@link #post}.
     */
    List<PostingResult> postNewCredits(List<Posting> postings);

    /**
     * Posts a page whose amounts depend on the balances: locks the accounts of {@code customerIds} (in id order, creating
     * missing ones) in one transaction, the caller's or its own, hands {@code planner} each one's available balance as
     * read under the lock, and records the postings it returns (credits and debits, only for those customers) with
     * batched statements, by the rules of {@link #post}: a known event key is answered with the earlier entry, a
     * credit repays a debt first, a debit takes lots oldest first and may not overspend unless allowed. Either the
     * whole page is recorded or nothing.
     *
     * @return one result per posting the planner returned, in its order
     * @throws InsufficientPointsException when a debit would overspend
     */
    List<PostingResult> postPlanned(Collection<Long> customerIds, java.util.function.Function<java.util.Map<Long, Long>, List<Posting>> planner);

    /**
     * Expires what is left of up to {@code max} lots whose expiry is before {@code now}, earliest first, in one
     * transaction (the caller's or its own) with batched statements; returns the EXPIRE entries written.
     */
    List<LedgerEntry> expireDueLots(Date now, int max, String reason);

    /** Sets the expiry of every open lot of each of {@code customerIds}, in one statement per chunk. */
    void setExpiryOfOpenLots(Collection<Long> customerIds, Date expiresAt);

    /** Expires what is left of {@code lot}; returns the entry, or null if nothing was left. */
    LedgerEntry expireLot(long lotId, String reason, Date now);

    /**
     * Locks the customer's account until the current transaction ends (creating it if needed) and returns
     * its available balance, for callers that must check and then act, e.g. reserving points.
     *
     * @throws IllegalStateException when called outside a transaction
     */
    long lockForUpdate(long customerId);

    /** The current balances of a customer. */
    AccountBalance balance(long customerId);

    /** The entry recorded for {@code eventKey}, or null. */
    LedgerEntry findByEventKey(String eventKey);

    /** A page of a customer's entries, newest first. */
    List<LedgerEntry> history(long customerId, int firstResult, int maxResults);

    /** How many entries a customer has. */
    long historySize(long customerId);

    /** Lots of a customer that still hold points, oldest first. */
    List<PointLot> openLots(long customerId);

    /** Lots with points left whose expiry is before {@code before}, oldest first, at most {@code max}. */
    List<PointLot> lotsExpiringBefore(Date before, int max);

    /** Sets the expiry of every open lot of a customer (inactivity expiry moves them all together). */
    void setExpiryOfOpenLots(long customerId, Date expiresAt);

    /** Marks a lot as reminded (the "points expiring soon" e-mail went out for it). */
    void markReminderSent(long lotId);

    /** Ids of customers with an account, in id order, after {@code afterCustomerId}, at most {@code max}. */
    List<Long> customerIds(long afterCustomerId, int max);
}
