package org.evergreenloyalty.points;

import java.util.Calendar;
import java.util.Date;
import java.util.List;

import org.evergreenloyalty.ledger.AccountBalance;
import org.evergreenloyalty.ledger.EntryType;
import org.evergreenloyalty.ledger.LedgerEntry;
import org.evergreenloyalty.ledger.LedgerService;
import org.evergreenloyalty.ledger.Posting;
import org.evergreenloyalty.ledger.PostingResult;
import org.evergreenloyalty.order.OrderEventWorker;
import org.evergreenloyalty.support.Clock;

/**
 * The points account as shoppers and admins see it: balances with expiring points and tier, the history,
 * manual adjustments (with reason and admin), and the action bonuses other features grant.
 */
public class PointsAccountService {

    private final LedgerService ledger;
    private final PointsSettingsService settings;
    private final TierService tiers;
    private final PointsExpiryService expiry;
    private final ExpiryPolicy expiryPolicy;
    private final Clock clock;
    private PointsAccountRepository repository;
    private OrderEventWorker pendingOrders;

    public PointsAccountService(LedgerService ledger, PointsSettingsService settings, TierService tiers,
                                PointsExpiryService expiry, ExpiryPolicy expiryPolicy, Clock clock) {
        this.ledger = ledger;
        this.settings = settings;
        this.tiers = tiers;
        this.expiry = expiry;
        this.expiryPolicy = expiryPolicy;
        this.clock = clock;
    }

    /** Where the summary comes from in one query (without it: from the ledger, expiry and tier services). */
    public void setRepository(PointsAccountRepository repository) {
        this.repository = repository;
    }

    /**
     * Books the customer's placed orders that no worker has booked yet before the summary is read, so the page
     * shows their points (optional; without it such orders show once the worker or the job books them).
     */
    public void setPendingOrders(OrderEventWorker pendingOrders) {
        this.pendingOrders = pendingOrders;
    }

    /**
     * Everything the account page shows above the history, with the history's size and the points held by
     * reservations; read from the account row and computed by the database in one query.
     */
    public AccountSummary summary(long customerId) {
        PointsSettings s = settings.current();
        if (repository == null) {
            AccountBalance b = ledger.balance(customerId);
            return new AccountSummary(b, expiry.expiringSoon(customerId), tiers.status(customerId),
                    ledger.historySize(customerId), 0);
        }
        Date now = clock.now();
        Calendar since = Calendar.getInstance();
        since.setTime(now);
        since.add(Calendar.DAY_OF_YEAR, -365);
        Date horizon = PointsExpiryService.expiringSoonHorizon(s, now);
        AccountSnapshot a = repository.snapshot(customerId, since.getTime(), horizon, now);
        if (a.getOrdersBeingBooked() > 0 && pendingOrders != null) {
            // read again whatever settle answers: another worker may have booked them since the first read
            pendingOrders.settle(customerId);
            a = repository.snapshot(customerId, since.getTime(), horizon, now);
        }
        AccountBalance b = new AccountBalance(customerId, a.getAvailable(), a.getPending(), a.getLifetimeEarned(),
                a.getEarnedSince());
        PointsExpiryService.ExpiringPoints expiring = s.getExpiryMode() == ExpiryMode.NONE
                ? new PointsExpiryService.ExpiringPoints(0, null)
                : new PointsExpiryService.ExpiringPoints(a.getExpiringPoints(), a.getFirstExpiry());
        TierBasis basis = s.getTierBasis();
        long qualifying = basis == TierBasis.SPEND_12_MONTHS ? a.getSpendSince()
                : basis == TierBasis.POINTS_LIFETIME ? a.getLifetimeEarned() : a.getEarnedSince();
        return new AccountSummary(b, expiring, tiers.status(a.getTierId(), qualifying, basis), a.getEntries(), a.getHeld())
                .withOrdersBeingBooked(a.getOrdersBeingBooked());
    }

    /** A page (0-based) of the customer's history, newest first. */
    public List<LedgerEntry> history(long customerId, int page, int pageSize) {
        int size = Math.max(1, Math.min(100, pageSize));
        return ledger.history(customerId, Math.max(0, page) * size, size);
    }

    /** Number of history pages of {@code pageSize}. */
    public int historyPages(long customerId, int pageSize) {
        long n = ledger.historySize(customerId);
        int size = Math.max(1, Math.min(100, pageSize));
        return (int) Math.max(1, (n + size - 1) / size);
    }

    /**
     * A manual adjustment by an admin, recorded under a fresh key (every call posts).
     *
     * @throws IllegalArgumentException when the amount is 0 or absurd, or the reason or admin is missing
     * @throws org.evergreenloyalty.ledger.InsufficientPointsException when it would take the balance below zero
     */
    public LedgerEntry adjust(long customerId, long delta, String reason, String adminUser) {
        return adjustOnce(customerId, delta, reason, adminUser, java.util.UUID.randomUUID().toString()).getEntry();
    }

    /**
     * A manual adjustment by an admin, recorded once per {@code requestKey}: the admin form carries a key made
     * when the form was shown, so a double submission (or a browser resending the form) posts only once and
     * the repeat gets the earlier entry back ({@link PostingResult#isRecorded()} false).
     *
     * @param requestKey 1-64 letters, digits and dashes, unique per adjustment form shown
     * @throws IllegalArgumentException when the amount is 0 or absurd, the reason or admin is missing, or the
     *         key is malformed
     * @throws org.evergreenloyalty.ledger.InsufficientPointsException when it would take the balance below zero
     */
    public PostingResult adjustOnce(long customerId, long delta, String reason, String adminUser, String requestKey) {
        if (delta == 0) {
            throw new IllegalArgumentException("Enter a number of points other than 0.");
        }
        if (Math.abs(delta) > 10_000_000L) {
            throw new IllegalArgumentException("An adjustment can move at most 10,000,000 points.");
        }
        if (reason == null || reason.trim().isEmpty()) {
            throw new IllegalArgumentException("An adjustment needs a reason.");
        }
        if (adminUser == null || adminUser.trim().isEmpty()) {
            throw new IllegalArgumentException("An adjustment needs the admin user who makes it.");
        }
        if (!isRequestKey(requestKey)) {
            throw new IllegalArgumentException("An adjustment needs a request key of 1-64 letters, digits and dashes.");
        }
        Posting.Builder p = Posting.builder(customerId, EntryType.ADJUST, "adjust:" + customerId + ":" + requestKey)
                .available(delta).reason(reason.trim()).actor(adminUser.trim());
        if (delta > 0) {
            p.lotExpiresAt(expiryPolicy.expiryOfNewPoints(settings.current(), clock.now()));
        }
        return ledger.post(p.build());
    }

    /** Whether {@code key} can identify an adjustment form: 1-64 letters, digits and dashes. */
    public static boolean isRequestKey(String key) {
        return key != null && key.matches("[A-Za-z0-9-]{1,64}");
    }

    /**
     * Grants an action bonus (signup, referral, birthday, review) once per {@code eventKey}.
     *
     * @return whether this call granted it
     */
    public boolean grantBonus(long customerId, long points, String eventKey, String reason, String sourceType, Object sourceId) {
        if (points <= 0) {
            return false;
        }
        PostingResult r = ledger.post(Posting.builder(customerId, EntryType.BONUS, eventKey).available(points).earned(points)
                .lotExpiresAt(expiryPolicy.expiryOfNewPoints(settings.current(), clock.now()))
                .source(sourceType, sourceId).reason(reason).build());
        if (r.isRecorded()) {
            expiryPolicy.afterActivity(customerId, settings.current(), clock.now());
            tiers.evaluate(customerId, false);
        }
        return r.isRecorded();
    }

    /** The signup bonus of the settings, once per customer. */
    public boolean grantSignupBonus(long customerId) {
        long bonus = settings.current().getSignupBonus();
        return grantBonus(customerId, bonus, "bonus:signup:" + customerId, "Welcome bonus", "signup", customerId);
    }

    /** Takes back a bonus granted for {@code bonusEventKey} (e.g. a referral whose order was returned), once. */
    public boolean reverseBonus(long customerId, String bonusEventKey, String reason) {
        LedgerEntry bonus = ledger.findByEventKey(bonusEventKey);
        if (bonus == null) {
            return false;
        }
        PostingResult r = ledger.post(Posting.builder(customerId, EntryType.REVERSE, "reverse:" + bonusEventKey)
                .available(-bonus.getAvailableDelta()).earned(-bonus.getEarnedDelta()).allowNegative(true)
                .source(bonus.getSourceType(), bonus.getSourceId()).reason(reason).build());
        return r.isRecorded();
    }
}
