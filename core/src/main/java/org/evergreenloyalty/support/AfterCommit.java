package org.evergreenloyalty.support;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Runs follow-up work (e-mails, re-evaluations) only once the current transaction has committed. */
public final class AfterCommit {

    /** Set while after-commit work of this class runs: the committed transaction's resources are still bound then. */
    private static final ThreadLocal<Boolean> RUNNING = new ThreadLocal<Boolean>();
    /** The synchronization whose after-commit work runs now: found among the current ones only before a new transaction began. */
    private static final ThreadLocal<Object> RUNNING_SYNC = new ThreadLocal<Object>();

    private AfterCommit() {
    }

    /**
     * Whether the current thread runs after-commit work of this class: a transaction still looks active then but
     * has committed, so work that writes must open a new one (e.g. the mail outbox does).
     */
    public static boolean isRunning() {
        return Boolean.TRUE.equals(RUNNING.get());
    }

    /**
     * Whether the current thread runs after-commit work of this class and has not begun a transaction of its own since:
     * the transaction that looks active has committed, so work that writes must open a new one. Unlike
     * {@link #isRunning()}, false inside a new transaction (e.g. {@code REQUIRES_NEW}) the after-commit work opened.
     */
    public static boolean inCommittedTransaction() {
        Object sync = RUNNING_SYNC.get();
        if (sync == null) {
            return false;
        }
        return TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.getSynchronizations().contains(sync);
    }

    /** Runs {@code work} after the current transaction commits, or now when there is none. */
    public static void run(final Runnable work) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new NoOpTransactionSynchronization() {
                @Override
                public void afterCommit() {
                    Boolean outer = RUNNING.get();
                    Object outerSync = RUNNING_SYNC.get();
                    RUNNING.set(Boolean.TRUE);
                    RUNNING_SYNC.set(this);
                    try {
                        work.run();
                    } finally {
                        RUNNING.set(outer);
                        RUNNING_SYNC.set(outerSync);
                    }
                }
            });
        } else {
            work.run();
        }
    }
}
