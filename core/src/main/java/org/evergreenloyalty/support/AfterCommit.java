package org.evergreenloyalty.support;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Runs follow-up work (e-mails, re-evaluations) only once the current transaction has committed. */
public final class AfterCommit {

    /** Set while after-commit work of this class runs: the committed transaction's resources are still bound then. */
    private static final ThreadLocal<Boolean> RUNNING = new ThreadLocal<Boolean>();

    private AfterCommit() {
    }

    /**
     * Whether the current thread runs after-commit work of this class: a transaction still looks active then but
     * has committed, so work that writes must open a new one (e.g. the mail outbox does).
     */
    public static boolean isRunning() {
        return Boolean.TRUE.equals(RUNNING.get());
    }

    /** Runs {@code work} after the current transaction commits, or now when there is none. */
    public static void run(final Runnable work) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new NoOpTransactionSynchronization() {
                @Override
                public void afterCommit() {
                    Boolean outer = RUNNING.get();
                    RUNNING.set(Boolean.TRUE);
                    try {
                        work.run();
                    } finally {
                        RUNNING.set(outer);
                    }
                }
            });
        } else {
            work.run();
        }
    }
}
