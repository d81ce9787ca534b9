package org.evergreenloyalty.points;

import java.math.BigDecimal;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.PersistenceContext;

import org.evergreenloyalty.ledger.AccountBalance;
import org.evergreenloyalty.ledger.LedgerService;
import org.evergreenloyalty.support.Clock;
import org.evergreenloyalty.support.TwelveMonths;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/** Tiers in the database; the qualifying value comes from the ledger (points) or from the customer's orders (spend). */
public class DefaultTierService implements TierService {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    private final TransactionTemplate tx;
    private final TierRepository repository;
    /** A promotion is its own unit of work: it also runs after another transaction's commit (earning). */
    private final TransactionTemplate ownTx;
    private final LedgerService ledger;
    private final PointsSettingsService settings;
    private final Clock clock;
    private PointsNotifier notifier;
    private TierListener listener;
    private final TierCache cache = new TierCache();

    public DefaultTierService(PlatformTransactionManager txm, TierRepository repository, LedgerService ledger, PointsSettingsService settings,
                              Clock clock) {
        this.tx = new TransactionTemplate(txm);
        this.repository = repository;
        this.ownTx = new TransactionTemplate(txm);
        this.ownTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.ledger = ledger;
        this.settings = settings;
        this.clock = clock;
    }

    public void setNotifier(PointsNotifier notifier) {
        this.notifier = notifier;
    }

    /** Who learns of tier moves inside their transaction (webhooks); none by default. */
    public void setListener(TierListener listener) {
        this.listener = listener;
    }

    private void moved(long customerId, LoyaltyTier from, LoyaltyTier to, boolean upgrade, Date at) {
        if (listener != null) {
            listener.tierChanged(customerId, from, to, upgrade, at);
        }
    }

    /**
     * Keeps the tiers and customers' tiers read for up to {@code seconds} (0: read every time), like the settings
     * ({@code evergreen.settings.cacheSeconds}): a save here applies at once on this node, within that time on others.
     */
    public void setCacheSeconds(int seconds) {
        cache.setSeconds(seconds);
    }

    @Override
    public List<LoyaltyTier> tiers() {
        return cache.tiers(repository::tiers);
    }

    @Override
    public void saveTiers(final List<LoyaltyTier> tiers) {
        Map<String, String> errors = new LinkedHashMap<String, String>();
        Set<String> names = new HashSet<String>();
        Set<Long> thresholds = new HashSet<Long>();
        for (int i = 0; i < tiers.size(); i++) {
            LoyaltyTier t = tiers.get(i);
            String n = t.getName() == null ? "" : t.getName().trim();
            if (n.isEmpty() || n.length() > 60) {
                errors.put("tiers[" + i + "].name", "Tier " + (i + 1) + " needs a name of at most 60 characters.");
            } else if (!names.add(n.toLowerCase())) {
                errors.put("tiers[" + i + "].name", "Tier name '" + n + "' is used twice.");
            }
            if (t.getThreshold() < 0) {
                errors.put("tiers[" + i + "].threshold", "Tier " + (i + 1) + " needs a threshold of 0 or more.");
            } else if (!thresholds.add(t.getThreshold())) {
                errors.put("tiers[" + i + "].threshold", "Two tiers have the threshold " + t.getThreshold() + ".");
            }
            BigDecimal m = t.getMultiplier();
            if (m == null || m.compareTo(BigDecimal.ONE) < 0 || m.compareTo(BigDecimal.TEN) > 0) {
                errors.put("tiers[" + i + "].multiplier", "Tier " + (i + 1) + " needs a multiplier between 1 and 10.");
            }
            if (t.getBenefit() != null && t.getBenefit().length() > 500) {
                errors.put("tiers[" + i + "].benefit", "Tier " + (i + 1) + ": benefit text of at most 500 characters.");
            }
        }
        if (!errors.isEmpty()) {
            throw new SettingsValidationException(errors);
        }
        cache.tiersChanged();
        tx.execute(new TransactionCallback<Void>() {
            @Override
            public Void doInTransaction(TransactionStatus status) {
                List<LoyaltyTier> existing = repository.tiers();
                Set<Long> kept = new HashSet<Long>();
                for (LoyaltyTier t : tiers) {
                    LoyaltyTier row = t.getId() == null ? null : em.find(LoyaltyTier.class, t.getId());
                    if (row == null) {
                        row = new LoyaltyTier(t.getName().trim(), t.getThreshold(), t.getMultiplier(), t.getBenefit());
                        em.persist(row);
                    } else {
                        row.setName(t.getName().trim());
                        row.setThreshold(t.getThreshold());
                        row.setMultiplier(t.getMultiplier());
                        row.setBenefit(t.getBenefit());
                    }
                    em.flush();
                    kept.add(row.getId());
                }
                for (LoyaltyTier old : existing) {
                    if (!kept.contains(old.getId())) {
                        repository.clearTier(old.getId());
                        em.remove(old);
                    }
                }
                return null;
            }
        });
        cache.tiersChanged();
    }

    @Override
    public BigDecimal multiplier(long customerId) {
        LoyaltyTier t = currentTier(customerId);
        return t == null ? BigDecimal.ONE : t.getMultiplier();
    }

    @Override
    public TierStatus status(long customerId) {
        LoyaltyTier current = currentTier(customerId);
        LoyaltyTier next = null;
        for (LoyaltyTier t : tiers()) {
            if (t.getThreshold() > (current == null ? -1 : current.getThreshold())) {
                next = t;
                break;
            }
        }
        TierBasis basis = settings.current().getTierBasis();
        return new TierStatus(current, next, qualifyingValue(customerId, basis), basis);
    }

    @Override
    public TierStatus status(Long currentTierId, long qualifyingValue, TierBasis basis) {
        List<LoyaltyTier> all = tiers();
        LoyaltyTier current = null;
        for (LoyaltyTier t : all) {
            if (t.getId().equals(currentTierId)) {
                current = t;
            }
        }
        LoyaltyTier next = null;
        for (LoyaltyTier t : all) {
            if (t.getThreshold() > (current == null ? -1 : current.getThreshold())) {
                next = t;
                break;
            }
        }
        return new TierStatus(current, next, qualifyingValue, basis);
    }

    @Override
    public LoyaltyTier evaluate(final long customerId, final boolean allowDowngrade) {
        final List<LoyaltyTier> all = tiers();
        if (all.isEmpty() && currentTier(customerId) == null) {
            return null;
        }
        final long value = qualifyingValue(customerId, settings.current().getTierBasis());
        LoyaltyTier deserved = null;
        for (LoyaltyTier t : all) {
            if (value >= t.getThreshold()) {
                deserved = t;
            }
        }
        final LoyaltyTier target = deserved;
        LoyaltyTier promoted = ownTx.execute(new TransactionCallback<LoyaltyTier>() {
            @Override
            public LoyaltyTier doInTransaction(TransactionStatus status) {
                Date now = clock.now();
                CustomerTier row = em.find(CustomerTier.class, customerId);
                if (row != null) {
                    em.refresh(row, LockModeType.PESSIMISTIC_WRITE);
                }
                LoyaltyTier current = row == null || row.getTierId() == null ? null : em.find(LoyaltyTier.class, row.getTierId());
                long currentThreshold = current == null ? -1 : current.getThreshold();
                long targetThreshold = target == null ? -1 : target.getThreshold();
                if (targetThreshold > currentThreshold || targetThreshold < currentThreshold && allowDowngrade && row != null) {
                    cache.customerChanged(customerId);
                }
                Long fromId = current == null ? null : current.getId();
                if (targetThreshold > currentThreshold) {
                    repository.recordMove(new TierMove(customerId, fromId, target.getId(), true, now));
                    moved(customerId, current, target, true, now);
                    if (row == null) {
                        em.persist(new CustomerTier(customerId, target.getId(), now));
                    } else {
                        row.moveTo(target.getId(), now);
                    }
                    return target;
                }
                if (targetThreshold < currentThreshold && allowDowngrade && row != null) {
                    repository.recordMove(new TierMove(customerId, fromId, target == null ? null : target.getId(), false, now));
                    moved(customerId, current, target, false, now);
                    row.moveTo(target == null ? null : target.getId(), now);
                }
                return null;
            }
        });
        if (promoted != null && notifier != null && settings.current().isMailTierReached()) {
            notifier.tierReached(customerId, promoted);
        }
        return promoted;
    }

    @Override
    public LoyaltyTier currentTier(long customerId) {
        List<LoyaltyTier> all = tiers();
        if (all.isEmpty()) {
            return null; // no tiers defined (a deleted tier's customers have none): nothing to look up per customer
        }
        Long id = cache.customerTier(customerId, () -> repository.tierOf(customerId));
        if (id == null) {
            return null;
        }
        for (LoyaltyTier t : all) {
            if (t.getId().equals(id)) {
                return t;
            }
        }
        return null;
    }

    /** The customer's value on {@code basis}. */
    protected long qualifyingValue(long customerId, TierBasis basis) {
        if (basis == TierBasis.SPEND_12_MONTHS) {
            return repository.spendSince(customerId, TwelveMonths.before(clock.now())).longValue();
        }
        AccountBalance b = ledger.balance(customerId);
        return basis == TierBasis.POINTS_LIFETIME ? b.getLifetimeEarned() : b.getEarnedLast12Months();
    }
}
