package org.evergreenloyalty.ledger;

import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.PersistenceContext;

import org.evergreenloyalty.support.Clock;
import org.evergreenloyalty.support.StripedLocks;
import org.evergreenloyalty.support.NoOpTransactionSynchronization;
import org.evergreenloyalty.support.TwelveMonths;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * JPA ledger. A posting locks its account row (pessimistic write lock plus a version check), looks
 * the event key up, then inserts the entry, moves the lots and applies the deltas, all in one
 * transaction. When called outside a transaction it opens one and retries a few times when a
 * concurrent posting on the same account won the race; a repeat of a recorded event is answered
 * with the earlier entry.
 */
public class DefaultLedgerService implements LedgerService {

    private static final int MAX_ATTEMPTS = 20;

    /** Serialises postings on one account within this JVM; the row lock and version do it across nodes. */
    private final StripedLocks accountLocks = new StripedLocks(64);

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    protected final TransactionTemplate tx;
    protected final LedgerRepository repository;
    protected final Clock clock;
    private LedgerListener listener;

    public DefaultLedgerService(PlatformTransactionManager transactionManager, LedgerRepository repository, Clock clock) {
        this.tx = new TransactionTemplate(transactionManager);
        this.repository = repository;
        this.clock = clock;
    }

    /** Who learns of new entries inside their transaction (webhooks); none by default. */
    public void setListener(LedgerListener listener) {
        this.listener = listener;
    }

    /** Tells the listener of {@code entries} (the new ones only), in the current transaction. */
    protected void recorded(List<LedgerEntry> entries) {
        if (listener != null && !entries.isEmpty()) {
            listener.recorded(entries);
        }
    }

    /** Holds the account's JVM lock until the current transaction ends. */
    private void holdAccountLockUntilCompletion(long customerId) {
        final ReentrantLock lock = accountLocks.lockFor(customerId);
        if (lock.isHeldByCurrentThread()) {
            return;
        }
        lock.lock();
        TransactionSynchronizationManager.registerSynchronization(new NoOpTransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                lock.unlock();
            }
        });
    }

    @Override
    public PostingResult post(final Posting posting) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return postInTransaction(posting);
        }
        RuntimeException last = null;
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            try {
                return tx.execute(new TransactionCallback<PostingResult>() {
                    @Override
                    public PostingResult doInTransaction(TransactionStatus status) {
                        return postInTransaction(posting);
                    }
                });
            } catch (LedgerException e) {
                throw e;
            } catch (RuntimeException e) {
                if (!isConcurrencyFailure(e)) {
                    throw e;
                }
                last = e;
                LedgerEntry earlier = findByEventKey(posting.getEventKey());
                if (earlier != null) {
                    return new PostingResult(earlier, false);
                }
                backOff(attempt);
            }
        }
        throw new LedgerException("Posting " + posting.getEventKey() + " lost " + MAX_ATTEMPTS
                + " races on customer " + posting.getCustomerId() + ": " + last.getMessage());
    }

    /** Does the posting inside the current transaction. */
    protected PostingResult postInTransaction(Posting p) {
        Date now = clock.now();
        holdAccountLockUntilCompletion(p.getCustomerId());
        LoyaltyAccount account = lockExistingAccount(p.getCustomerId());
        boolean opening = account == null;
        if (opening) {
            // the customer's first posting opens the account: it has no entries yet, so no earlier one to look for, and
            // the account is persisted below with its first balances (one insert, no insert-then-update); its primary
            // key and the entry's unique event key stop a concurrent twin
            account = new LoyaltyAccount(p.getCustomerId(), now);
        } else {
            LedgerEntry earlier = findByEventKey(p.getEventKey());
            if (earlier != null) {
                return new PostingResult(earlier, false);
            }
        }
        long available = account.getAvailable();
        if (p.getAvailableDelta() < 0 && !p.isAllowNegative() && available + p.getAvailableDelta() < 0) {
            throw new InsufficientPointsException(p.getCustomerId(), Math.max(0, available), -p.getAvailableDelta());
        }
        if (account.getPending() + p.getPendingDelta() < 0) {
            throw new LedgerException("Customer " + p.getCustomerId() + " has " + account.getPending()
                    + " pending points; cannot remove " + (-p.getPendingDelta()));
        }
        LedgerEntry entry = new LedgerEntry(p, available + p.getAvailableDelta(), now);
        em.persist(entry);
        moveLots(account, entry, p.getLotExpiresAt(), now);
        account.apply(entry);
        if (opening) {
            em.persist(account);
        }
        em.flush();
        recorded(java.util.Collections.singletonList(entry));
        return new PostingResult(entry, true);
    }

    /** Credits make a lot (after repaying any debt); debits consume lots oldest first. */
    protected void moveLots(LoyaltyAccount account, LedgerEntry entry, Date expiresAt, Date now) {
        long delta = entry.getAvailableDelta();
        if (delta > 0) {
            long debt = Math.max(0, -account.getAvailable());
            long credit = delta - Math.min(debt, delta);
            if (credit > 0) {
                em.persist(new PointLot(account.getCustomerId(), entry.getId(), credit, now, expiresAt));
            }
        } else if (delta < 0) {
            long wanted = -delta;
            for (PointLot lot : openLots(account.getCustomerId())) {
                if (wanted == 0) {
                    break;
                }
                em.refresh(lot);
                wanted -= lot.take(wanted);
            }
        }
    }

    @Override
    public long lockForUpdate(long customerId) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("lockForUpdate needs a transaction");
        }
        holdAccountLockUntilCompletion(customerId);
        return lockAccount(customerId, clock.now()).getAvailable();
    }

    /** The customer's account, created (and written at once, taking its key) if there is none; row-locked. */
    protected LoyaltyAccount lockAccount(long customerId, Date now) {
        LoyaltyAccount account = lockExistingAccount(customerId);
        if (account == null) {
            account = new LoyaltyAccount(customerId, now);
            em.persist(account);
            em.flush();
        }
        return account;
    }

    /** The customer's account reloaded under its row lock (the context may hold an older copy), or null if none. */
    private LoyaltyAccount lockExistingAccount(long customerId) {
        LoyaltyAccount account = em.find(LoyaltyAccount.class, customerId);
        if (account != null) {
            em.refresh(account, LockModeType.PESSIMISTIC_WRITE);
        }
        return account;
    }

    @Override
    public List<PostingResult> postCredits(final List<Posting> postings) {
        return credits(postings, false);
    }

    @Override
    public List<PostingResult> postNewCredits(final List<Posting> postings) {
        return credits(postings, true);
    }

    private List<PostingResult> credits(List<Posting> postings, boolean keysAreNew) {
        if (postings.isEmpty()) {
            return new java.util.ArrayList<PostingResult>();
        }
        return tx.execute(status -> {
            List<PostingResult> results = batchWriter().postCredits(postings, keysAreNew, clock.now());
            List<LedgerEntry> recorded = new java.util.ArrayList<LedgerEntry>();
            for (PostingResult r : results) {
                if (r.isRecorded()) {
                    recorded.add(r.getEntry());
                }
            }
            recorded(recorded);
            return results;
        });
    }

    @Override
    public List<PostingResult> postPlanned(final Collection<Long> customerIds,
                                           final java.util.function.Function<java.util.Map<Long, Long>, List<Posting>> planner) {
        if (customerIds.isEmpty()) {
            return new java.util.ArrayList<PostingResult>();
        }
        return tx.execute(status -> {
            List<PostingResult> results = batchWriter().postPlanned(customerIds, planner, clock.now());
            List<LedgerEntry> recorded = new java.util.ArrayList<LedgerEntry>();
            for (PostingResult r : results) {
                if (r.isRecorded()) {
                    recorded.add(r.getEntry());
                }
            }
            recorded(recorded);
            return results;
        });
    }

    @Override
    public List<LedgerEntry> expireDueLots(final Date now, final int max, final String reason) {
        return tx.execute(status -> {
            List<LedgerEntry> expired = batchWriter().expireLots(repository.lotCustomersExpiringBefore(now, max), reason, now);
            recorded(expired);
            return expired;
        });
    }

    @Override
    public void setExpiryOfOpenLots(final Collection<Long> customerIds, final Date expiresAt) {
        tx.execute(status -> {
            LedgerJdbc.chunks(customerIds).forEach(chunk -> repository.setLotExpiry(chunk, expiresAt));
            return null;
        });
    }

    private LedgerBatchWriter batchWriter() {
        return new LedgerBatchWriter(new LedgerJdbc(em), this::holdAccountLockUntilCompletion);
    }

    @Override
    public LedgerEntry expireLot(final long lotId, final String reason, final Date now) {
        return tx.execute(new TransactionCallback<LedgerEntry>() {
            @Override
            public LedgerEntry doInTransaction(TransactionStatus status) {
                PointLot lot = em.find(PointLot.class, lotId);
                if (lot == null) {
                    return null;
                }
                holdAccountLockUntilCompletion(lot.getCustomerId());
                LoyaltyAccount account = lockAccount(lot.getCustomerId(), now);
                em.refresh(lot);
                long left = lot.getRemainingPoints();
                if (left <= 0) {
                    return null;
                }
                Posting p = Posting.builder(lot.getCustomerId(), EntryType.EXPIRE, "expire:lot:" + lotId)
                        .available(-left).source("lot", lotId).reason(reason).build();
                LedgerEntry entry = new LedgerEntry(p, account.getAvailable() - left, now);
                em.persist(entry);
                lot.take(left);
                account.apply(entry);
                em.flush();
                recorded(java.util.Collections.singletonList(entry));
                return entry;
            }
        });
    }

    @Override
    public AccountBalance balance(final long customerId) {
        return tx.execute(new TransactionCallback<AccountBalance>() {
            @Override
            public AccountBalance doInTransaction(TransactionStatus status) {
                long[] a = repository.balances(customerId);
                if (a == null) {
                    return new AccountBalance(customerId, 0, 0, 0, 0);
                }
                return new AccountBalance(customerId, a[0], a[1], a[2], repository.earnedSince(customerId, TwelveMonths.before(clock.now())));
            }
        });
    }

    @Override
    public LedgerEntry findByEventKey(String eventKey) {
        return repository.byEventKey(eventKey);
    }

    @Override
    public List<LedgerEntry> history(long customerId, int firstResult, int maxResults) {
        return repository.history(customerId, Math.max(0, firstResult), Math.max(1, maxResults));
    }

    @Override
    public long historySize(long customerId) {
        return repository.historySize(customerId);
    }

    @Override
    public List<PointLot> openLots(long customerId) {
        return repository.openLots(customerId);
    }

    @Override
    public List<PointLot> lotsExpiringBefore(Date before, int max) {
        return repository.lotsExpiringBefore(before, max);
    }

    @Override
    public void setExpiryOfOpenLots(final long customerId, final Date expiresAt) {
        tx.execute(new TransactionCallback<Void>() {
            @Override
            public Void doInTransaction(TransactionStatus status) {
                for (PointLot lot : openLots(customerId)) {
                    lot.setExpiresAt(expiresAt);
                }
                return null;
            }
        });
    }

    @Override
    public void markReminderSent(final long lotId) {
        tx.execute(new TransactionCallback<Void>() {
            @Override
            public Void doInTransaction(TransactionStatus status) {
                PointLot lot = em.find(PointLot.class, lotId);
                if (lot != null) {
                    lot.markReminderSent();
                }
                return null;
            }
        });
    }

    @Override
    public List<Long> customerIds(long afterCustomerId, int max) {
        return repository.customerIds(afterCustomerId, max);
    }

    private static boolean isConcurrencyFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConcurrencyFailureException || t instanceof DataIntegrityViolationException
                    || t instanceof javax.persistence.OptimisticLockException
                    || t instanceof javax.persistence.PessimisticLockException
                    || t instanceof javax.persistence.LockTimeoutException
                    || t instanceof org.hibernate.StaleStateException
                    || t instanceof org.hibernate.exception.ConstraintViolationException
                    || t instanceof org.hibernate.exception.LockAcquisitionException) {
                return true;
            }
            if (t instanceof java.sql.SQLException) {
                String state = ((java.sql.SQLException) t).getSQLState();
                // 40001 serialization failure, 40P01 deadlock, 23505 unique violation
                if (state != null && (state.startsWith("40") || state.equals("23505"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void backOff(int attempt) {
        try {
            Thread.sleep(5L * (attempt + 1) + (long) (Math.random() * 10));
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
        }
    }
}
