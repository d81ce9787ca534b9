package org.evergreenloyalty.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManagerFactory;

import org.hibernate.ejb.HibernateEntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * What every Hibernate criteria query costs before it reaches the database, in this JVM: Hibernate 4.1 walks all
 * entities mapped in the persistence unit to find the queried class's implementors
 * ({@code SessionFactoryImplementor.getImplementors}), on each query; Broadleaf looks its automatic offers up with
 * such a query at every pricing (4 times in the bench's checkout). The module's entities share Broadleaf's unit, so the
 * walk is longer with it. Answers the number of mapped entities and the median time of one walk for Broadleaf's offer
 * class, twice: in a tight loop, where the walked objects stay in the CPU's cache, and with the cache flushed before
 * each walk (the processor's caches are filled with other data first), which is closer to a checkout, whose own work
 * pushes them out between two pricings.
 */
final class EntityScan {

    private static final String OFFER = "org.broadleafcommerce.core.offer.domain.OfferImpl";
    private static final int CALLS = 50_000;
    private static final int REPEATS = 7;
    private static final int COLD_CALLS = 1_000;
    /** Larger than the last-level cache of the machines the bench runs on. */
    private static final int FLUSH_BYTES = 32 << 20;

    private final SessionFactoryImplementor factory;

    EntityScan(BenchContext ctx) {
        EntityManagerFactory emf = ctx.bean("entityManagerFactory", EntityManagerFactory.class);
        this.factory = (SessionFactoryImplementor) ((HibernateEntityManagerFactory) emf).getSessionFactory();
    }

    Map<String, Object> run() {
        long found = 0;
        List<Double> micros = new ArrayList<Double>();
        for (int r = 0; r < REPEATS; r++) {
            long start = System.nanoTime();
            for (int i = 0; i < CALLS; i++) {
                found += factory.getImplementors(OFFER).length;
            }
            micros.add((System.nanoTime() - start) / 1e3 / CALLS);
        }
        byte[] flush = new byte[FLUSH_BYTES];
        List<Double> cold = new ArrayList<Double>();
        for (int i = 0; i < COLD_CALLS; i++) {
            for (int j = 0; j < flush.length; j += 64) {
                flush[j]++;
            }
            long start = System.nanoTime();
            found += factory.getImplementors(OFFER).length;
            cold.add((System.nanoTime() - start) / 1e3);
        }
        Map<String, Object> r = new LinkedHashMap<String, Object>();
        r.put("entities", factory.getAllClassMetadata().size());
        r.put("scanMicros", Stats.of(micros).encode());
        r.put("coldScanMicros", Stats.of(cold).encode());
        r.put("implementors", found / ((long) CALLS * REPEATS + COLD_CALLS)); // answered, so the JIT cannot drop the calls as unused
        return r;
    }
}
