package org.evergreenloyalty.support;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Runs follow-up work (e-mails, re-evaluations) only once the current transaction has committed. */
public final class AfterCommit {

    private AfterCommit() {
    }

    /** Runs {@code work} after the current transaction commits, or now when there is none. */
    public static void run(final Runnable work) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new NoOpTransactionSynchronization() {
                @Override
                public void afterCommit() {
                    work.run();
                }
            });
        } else {
            work.run();
        }
    }
}
