package org.evergreenloyalty.support;

import org.springframework.core.Ordered;
import org.springframework.transaction.support.TransactionSynchronization;

/**
 * A {@link TransactionSynchronization} that does nothing until a subclass overrides a callback: what Spring's
 * {@code TransactionSynchronizationAdapter} was, which Spring 6 removed (Spring 3.2's interface has no default
 * methods, so the engine keeps this small base class to run on both).
 */
public abstract class NoOpTransactionSynchronization implements TransactionSynchronization, Ordered {

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void suspend() {
    }

    @Override
    public void resume() {
    }

    @Override
    public void flush() {
    }

    @Override
    public void beforeCommit(boolean readOnly) {
    }

    @Override
    public void beforeCompletion() {
    }

    @Override
    public void afterCommit() {
    }

    @Override
    public void afterCompletion(int status) {
    }
}
