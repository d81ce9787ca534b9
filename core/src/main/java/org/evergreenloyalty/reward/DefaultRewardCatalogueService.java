package org.evergreenloyalty.reward;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.evergreenloyalty.ledger.EntryType;
import org.evergreenloyalty.ledger.LedgerService;
import org.evergreenloyalty.ledger.Posting;
import org.evergreenloyalty.points.ClaimedReward;
import org.evergreenloyalty.points.ExpiryPolicy;
import org.evergreenloyalty.points.PointsSettingsService;
import org.evergreenloyalty.points.RedemptionRepository;
import org.evergreenloyalty.points.RewardListener;
import org.evergreenloyalty.support.Clock;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link RewardCatalogueService} on the ledger: a claim locks the customer's account
 * ({@link LedgerService#lockForUpdate}), checks entry, limit and spendable points (the balance less what carts hold),
 * creates the code through the {@link RewardOfferGateway} and spends the points in the same transaction, so two
 * concurrent claims of the last points cannot both win. A refund locks the account and the claim, retires the code and
 * returns the points under the event key {@code reward:refund:<id>}, exactly once. Reminders are {@link RewardReminders}.
 */
public class DefaultRewardCatalogueService implements RewardCatalogueService {

    static final long DAY = 24L * 60 * 60 * 1000;

    private final TransactionTemplate tx;
    private final RewardRepository repository;
    private final LedgerService ledger;
    private final RedemptionRepository redemptions;
    private final RewardOfferGateway gateway;
    private final PointsSettingsService pointsSettings;
    private final ExpiryPolicy expiry;
    private final Clock clock;
    private final RewardSettingsService settings;
    private RewardListener listener = RewardListener.NONE;
    private VoucherStepEntries voucherSteps;
    private RewardReminders reminders;

    public DefaultRewardCatalogueService(PlatformTransactionManager txm, RewardRepository repository, LedgerService ledger,
                                         RedemptionRepository redemptions, RewardOfferGateway gateway,
                                         PointsSettingsService pointsSettings, ExpiryPolicy expiry, Clock clock,
                                         RewardSettingsService settings) {
        this.tx = new TransactionTemplate(txm);
        this.repository = repository;
        this.ledger = ledger;
        this.redemptions = redemptions;
        this.gateway = gateway;
        this.pointsSettings = pointsSettings;
        this.expiry = expiry;
        this.clock = clock;
        this.settings = settings;
    }

    /** Told of every claim in the claiming transaction (the webhooks' {@code reward.claimed}). */
    public void setRewardListener(RewardListener listener) {
        this.listener = listener == null ? RewardListener.NONE : listener;
    }

    /** Makes the fixed voucher steps catalogue entries on first use (none: no seeding). */
    public void setVoucherSteps(VoucherStepEntries voucherSteps) {
        this.voucherSteps = voucherSteps;
    }

    /** Sends the expiry reminders. */
    public void setReminders(RewardReminders reminders) {
        this.reminders = reminders;
    }

    @Override
    public long spendable(long customerId) {
        return tx.execute(status -> spendable(customerId, ledger.balance(customerId).getAvailable(), clock.now()));
    }

    @Override
    public List<CatalogueEntry> catalogue(final long customerId) {
        seedVoucherSteps();
        return tx.execute(status -> {
            long spendable = spendable(customerId, ledger.balance(customerId).getAvailable(), clock.now());
            Map<Long, Long> counted = repository.countedClaims(customerId);
            List<CatalogueEntry> entries = new ArrayList<CatalogueEntry>();
            for (Reward r : repository.activeRewards()) {
                long used = counted.getOrDefault(r.getId(), 0L);
                long remaining = r.getPerCustomerLimit() == 0 ? -1 : Math.max(0, r.getPerCustomerLimit() - used);
                entries.add(new CatalogueEntry(r, spendable, remaining));
            }
            return entries;
        });
    }

    private void seedVoucherSteps() {
        if (voucherSteps != null) {
            voucherSteps.seedOnce();
        }
    }

    private long spendable(long customerId, long available, Date now) {
        return Math.max(0, available - redemptions.heldByOtherCarts(customerId, -1, now));
    }

    @Override
    public RewardClaim claim(final long customerId, final long rewardId) {
        return tx.execute(status -> {
            long available = ledger.lockForUpdate(customerId);
            Reward r = repository.reward(rewardId);
            if (r == null) {
                throw refused("evergreen.reward.error.unknown", "This reward does not exist.");
            }
            if (!r.isActive()) {
                throw refused("evergreen.reward.error.inactive", "This reward is no longer offered.");
            }
            long claimed = repository.countedClaims(customerId).getOrDefault(rewardId, 0L);
            if (r.getPerCustomerLimit() > 0 && claimed >= r.getPerCustomerLimit()) {
                throw refused("evergreen.reward.error.limit", "You have claimed this reward as often as allowed ("
                        + r.getPerCustomerLimit() + ").", r.getPerCustomerLimit());
            }
            Date now = clock.now();
            long spendable = spendable(customerId, available, now);
            if (r.getPointsCost() > spendable) {
                throw refused("evergreen.reward.error.overBalance", "This reward costs " + r.getPointsCost()
                        + " points; you have " + spendable + ".", r.getPointsCost(), spendable);
            }
            Date until = new Date(now.getTime() + r.getValidDays() * DAY);
            String code = gateway.createCode(customerId, r, now, until);
            RewardClaim c = repository.insert(new RewardClaim(r.getId(), customerId, r.getPointsCost(), code, now, until));
            if (r.getPointsCost() > 0) {
                ledger.post(Posting.builder(customerId, EntryType.REDEEM, "reward:claim:" + c.getId())
                        .available(-r.getPointsCost()).source("reward-claim", c.getId()).reason("Reward " + r.getName()).build());
            }
            expiry.afterActivity(customerId, pointsSettings.current(), now);
            listener.claimed(new ClaimedReward(c.getId(), customerId, r.getKind().name(), c.getPoints(), r.getValue(),
                    r.getId(), now, until));
            return c;
        });
    }

    @Override
    public List<RewardClaim> claims(long customerId) {
        return tx.execute(status -> repository.claimsOf(customerId));
    }

    @Override
    public Reward reward(long rewardId) {
        return tx.execute(status -> repository.reward(rewardId));
    }

    @Override
    public boolean isRefundAllowed() {
        return settings.current().isRefundAllowed();
    }

    @Override
    public RewardClaim refund(final long customerId, final long claimId) {
        if (!settings.current().isRefundAllowed()) {
            throw refused("evergreen.reward.error.refundOff", "Claimed rewards cannot be refunded in this store.");
        }
        return tx.execute(status -> {
            ledger.lockForUpdate(customerId);
            RewardClaim c = repository.lockClaim(claimId);
            if (c == null || c.getCustomerId() != customerId) {
                throw refused("evergreen.reward.error.unknownClaim", "There is no such claimed reward in your account.");
            }
            Date now = clock.now();
            switch (c.statusAt(now)) {
                case REFUNDED:
                    throw refused("evergreen.reward.error.refunded", "This reward was refunded already.");
                case USED:
                    throw refused("evergreen.reward.error.used", "This reward was used on an order and cannot be refunded.");
                case EXPIRED:
                    throw refused("evergreen.reward.error.expired", "This reward has expired and cannot be refunded.");
                default:
                    break;
            }
            gateway.retire(c.getCode(), now);
            c.markRefunded(now);
            repository.flush();
            if (c.getPoints() > 0) {
                ledger.post(Posting.builder(customerId, EntryType.REVERSE, "reward:refund:" + c.getId())
                        .available(c.getPoints()).source("reward-claim", c.getId()).reason("Refund of reward " + c.getCode()).build());
            }
            return c;
        });
    }

    @Override
    public int sendReminders() {
        return reminders == null ? 0 : reminders.send(settings.current());
    }

    private static RewardException refused(String key, String message, Object... args) {
        return new RewardException(null, key, message, args);
    }
}
