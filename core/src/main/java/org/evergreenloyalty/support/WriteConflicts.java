package org.evergreenloyalty.support;

import javax.persistence.EntityExistsException;
import javax.persistence.OptimisticLockException;

/**
 * Tells a write that lost a race (unique key, primary key, version) from other database failures, for services
 * that let the database decide who wins (e.g. one birthday reward per customer and year, one review per customer
 * and product) and then read the winner's row.
 */
public final class WriteConflicts {

    private WriteConflicts() {
    }

    /** Whether {@code e}, or one of its causes, is a constraint violation or an optimistic lock failure. */
    public static boolean isConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof EntityExistsException || t instanceof OptimisticLockException
                    || t instanceof org.hibernate.exception.ConstraintViolationException
                    || t instanceof org.hibernate.StaleStateException
                    || t instanceof java.sql.SQLIntegrityConstraintViolationException
                    || t instanceof org.springframework.dao.DataIntegrityViolationException
                    || t instanceof org.springframework.dao.OptimisticLockingFailureException) {
                return true;
            }
            if (t instanceof java.sql.SQLException) {
                String state = ((java.sql.SQLException) t).getSQLState();
                if (state != null && state.startsWith("23")) {
                    return true;
                }
            }
        }
        return false;
    }
}
