package org.evergreenloyalty.support;

import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;

import org.hibernate.Session;
import org.hibernate.engine.spi.SessionImplementor;

/**
 * Keeps a long-lived persistence context (one bound to a request or a test thread) from serving stale copies
 * after bulk statements: flushes it, then detaches the instances of one entity type it holds, so the next
 * query reads them from the database.
 */
public final class PersistenceContexts {

    private PersistenceContexts() {
    }

    /** Flushes, then detaches every managed instance of {@code type}. */
    public static void detachAll(EntityManager em, Class<?> type) {
        em.flush();
        SessionImplementor s = em.unwrap(SessionImplementor.class);
        List<Object> managed = new ArrayList<Object>();
        for (Object o : s.getPersistenceContext().getEntitiesByKey().values()) {
            if (type.isInstance(o)) {
                managed.add(o);
            }
        }
        for (Object o : managed) {
            em.detach(o);
        }
    }
}
