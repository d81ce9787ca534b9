package org.evergreenloyalty.points;

import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.PersistenceContext;

import org.evergreenloyalty.ledger.EntryType;
import org.evergreenloyalty.ledger.LedgerService;
import org.evergreenloyalty.ledger.Posting;
import org.evergreenloyalty.ledger.PostingResult;
import org.evergreenloyalty.support.AfterCommit;
import org.evergreenloyalty.support.Clock;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/** Makes pending order points available once their pending period is over (or at once, by an admin). */
public class PointsMaturationService {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    private final TransactionTemplate tx;
    private final LedgerService ledger;
    private final PointsSettingsService settings;
    private final ExpiryPolicy expiry;
    private final Clock clock;
    private PointsNotifier notifier;

    public PointsMaturationService(PlatformTransactionManager txm, LedgerService ledger, PointsSettingsService settings,
                                   ExpiryPolicy expiry, Clock clock) {
        this.tx = new TransactionTemplate(txm);
        this.ledger = ledger;
        this.settings = settings;
        this.expiry = expiry;
        this.clock = clock;
    }

    public void setNotifier(PointsNotifier notifier) {
        this.notifier = notifier;
    }

    /** Matures every order whose pending period ended; returns how many orders it matured. */
    public int matureDue() {
        int count = 0;
        while (true) {
            List<Long> due = em.createQuery("select o.orderId from OrderPoints o where o.matured = false "
                    + "and o.cancelled = false and o.matureAt <= :now order by o.matureAt, o.orderId", Long.class)
                    .setParameter("now", clock.now()).setMaxResults(200).getResultList();
            if (due.isEmpty()) {
                return count;
            }
            for (Long orderId : due) {
                if (mature(orderId)) {
                    count++;
                }
            }
            if (due.size() < 200) {
                return count;
            }
        }
    }

    /** Makes the pending points of {@code orderId} available now; false if there was nothing pending. */
    public boolean mature(final long orderId) {
        return tx.execute(new TransactionCallback<Boolean>() {
            @Override
            public Boolean doInTransaction(TransactionStatus status) {
                OrderPoints op = em.find(OrderPoints.class, orderId);
                if (op == null) {
                    return false;
                }
                em.refresh(op, LockModeType.PESSIMISTIC_WRITE);
                if (op.isMatured() || op.isCancelled()) {
                    return false;
                }
                op.markMatured();
                final long left = op.earnedLeft();
                if (left <= 0) {
                    return false;
                }
                Date now = clock.now();
                PointsSettings s = settings.current();
                final long customerId = op.getCustomerId();
                PostingResult r = ledger.post(Posting.builder(customerId, EntryType.MATURE, "mature:order:" + orderId)
                        .pending(-left).available(left).lotExpiresAt(expiry.expiryOfNewPoints(s, now))
                        .source("order", orderId).reason("Order " + (op.getOrderNumber() == null ? orderId : op.getOrderNumber())
                                + ": points now available").build());
                expiry.afterActivity(customerId, s, now);
                final long balance = r.getEntry().getAvailableAfter();
                if (r.isRecorded() && notifier != null && s.isMailPointsAvailable()) {
                    AfterCommit.run(new Runnable() {
                        @Override
                        public void run() {
                            notifier.pointsAvailable(customerId, left, balance);
                        }
                    });
                }
                return r.isRecorded();
            }
        });
    }
}
