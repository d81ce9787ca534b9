package org.evergreenloyalty.points;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.PersistenceContext;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.evergreenloyalty.ledger.EntryType;
import org.evergreenloyalty.ledger.LedgerService;
import org.evergreenloyalty.ledger.Posting;
import org.evergreenloyalty.ledger.PostingResult;
import org.evergreenloyalty.support.Clock;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes pending order points available once their pending period is over (or at once, by an admin). The job
 * works in pages: one transaction per page of due orders locks them, marks them matured in one statement and
 * posts their MATURE entries through {@link LedgerService#postNewCredits} (batched), and queues the "points
 * available" e-mails in the same transaction (the outbox sends them later). A page commits whole or not at all;
 * a stopped run leaves only whole pages done, and the next run continues with what is still due. A page skips the
 * look-up of earlier entries ({@link LedgerService#postNewCredits}): its orders are locked and not matured, so none has
 * its MATURE entry yet. A page that fails (one bad order, or an entry there after all: the unique event key
 * {@code mature:order:<id>} refuses it) is retried order by order, each finding its earlier entry, so one bad order
 * does not hold up the others and nothing is recorded twice.
 */
public class PointsMaturationService {

    /** Orders per page (one transaction each). */
    public static final int DEFAULT_PAGE = 500;

    private static final Log LOG = LogFactory.getLog(PointsMaturationService.class);

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    private final TransactionTemplate tx;
    private final LedgerService ledger;
    private final PointsSettingsService settings;
    private final ExpiryPolicy expiry;
    private final Clock clock;
    private PointsNotifier notifier;
    private PointsJobRepository repository;
    private int pageSize = DEFAULT_PAGE;

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

    public void setRepository(PointsJobRepository repository) {
        this.repository = repository;
    }

    /** Orders per page, 1 to 5000. */
    public void setPageSize(int pageSize) {
        if (pageSize < 1 || pageSize > 5000) {
            throw new IllegalArgumentException("The maturation page size must be between 1 and 5000, was " + pageSize);
        }
        this.pageSize = pageSize;
    }

    /** Matures every order whose pending period ended; returns how many orders it matured. */
    public int matureDue() {
        return matureDue(() -> Thread.currentThread().isInterrupted());
    }

    /**
     * Matures due orders page by page until none is left or {@code stop} says so (asked before each page);
     * returns how many orders got points.
     */
    public int matureDue(BooleanSupplier stop) {
        Date now = clock.now();
        Date afterAt = new Date(0);
        long afterId = Long.MIN_VALUE;
        int count = 0;
        while (!stop.getAsBoolean()) {
            Page page = nextPage(now, afterAt, afterId);
            if (page.orderIds.isEmpty()) {
                break;
            }
            count += page.matured;
            afterAt = page.lastAt;
            afterId = page.orderIds.get(page.orderIds.size() - 1);
            if (page.orderIds.size() < pageSize) {
                break;
            }
        }
        return count;
    }

    private Page nextPage(Date now, Date afterAt, long afterId) {
        try {
            return tx.execute(status -> maturePage(now, afterAt, afterId));
        } catch (RuntimeException e) {
            LOG.warn("A page of points maturation failed (" + e.getMessage() + "); maturing its orders one by one");
            List<OrderPoints> due = tx.execute(status -> repository.lockDueOrders(now, afterAt, afterId, pageSize));
            Page page = new Page();
            for (OrderPoints op : due) {
                page.add(op);
                try {
                    page.matured += mature(op.getOrderId()) ? 1 : 0;
                } catch (RuntimeException one) {
                    LOG.warn("Order " + op.getOrderId() + " could not mature; the next run retries: " + one.getMessage(), one);
                }
            }
            return page;
        }
    }

    /** One page in the current transaction. */
    private Page maturePage(Date now, Date afterAt, long afterId) {
        Page page = new Page();
        List<OrderPoints> due = repository.lockDueOrders(now, afterAt, afterId, pageSize);
        if (due.isEmpty()) {
            return page;
        }
        List<Posting> postings = new ArrayList<Posting>();
        PointsSettings s = settings.current();
        Date lotExpiry = expiry.expiryOfNewPoints(s, now);
        for (OrderPoints op : due) {
            page.add(op);
            if (op.earnedLeft() > 0) {
                postings.add(posting(op, lotExpiry));
            }
        }
        repository.markMatured(page.orderIds);
        // the page's orders are locked and were not matured: no MATURE entry of theirs exists (see postNewCredits)
        List<PostingResult> results = ledger.postNewCredits(postings);
        Set<Long> customers = new LinkedHashSet<Long>();
        for (PostingResult r : results) {
            if (r.isRecorded()) {
                page.matured++;
                customers.add(r.getEntry().getCustomerId());
                if (notifier != null && s.isMailPointsAvailable()) {
                    notifier.pointsAvailable(r.getEntry().getCustomerId(), r.getEntry().getAvailableDelta(),
                            r.getEntry().getAvailableAfter());
                }
            }
        }
        expiry.afterActivity(customers, s, now);
        return page;
    }

    private static Posting posting(OrderPoints op, Date lotExpiry) {
        long left = op.earnedLeft();
        return Posting.builder(op.getCustomerId(), EntryType.MATURE, "mature:order:" + op.getOrderId())
                .pending(-left).available(left).lotExpiresAt(lotExpiry).source("order", op.getOrderId())
                .reason("Order " + (op.getOrderNumber() == null ? op.getOrderId() : op.getOrderNumber()) + ": points now available")
                .build();
    }

    /** Makes the pending points of {@code orderId} available now; false if there was nothing pending. */
    public boolean mature(final long orderId) {
        return tx.execute(status -> {
            OrderPoints op = em.find(OrderPoints.class, orderId);
            if (op == null) {
                return false;
            }
            em.refresh(op, LockModeType.PESSIMISTIC_WRITE);
            if (op.isMatured() || op.isCancelled()) {
                return false;
            }
            op.markMatured();
            if (op.earnedLeft() <= 0) {
                return false;
            }
            Date now = clock.now();
            PointsSettings s = settings.current();
            PostingResult r = ledger.post(posting(op, expiry.expiryOfNewPoints(s, now)));
            expiry.afterActivity(op.getCustomerId(), s, now);
            if (r.isRecorded() && notifier != null && s.isMailPointsAvailable()) {
                notifier.pointsAvailable(op.getCustomerId(), op.earnedLeft(), r.getEntry().getAvailableAfter());
            }
            return r.isRecorded();
        });
    }

    /** The orders a page covered and how many of them got points. */
    private static final class Page {
        final List<Long> orderIds = new ArrayList<Long>();
        Date lastAt = new Date(0);
        int matured;

        void add(OrderPoints op) {
            orderIds.add(op.getOrderId());
            lastAt = op.getMatureAt();
        }
    }
}
