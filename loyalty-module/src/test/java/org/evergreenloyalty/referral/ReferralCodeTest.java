package org.evergreenloyalty.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.support.Rows;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.evergreenloyalty.test.BroadleafTestContext;
import org.evergreenloyalty.test.TestIds;
import org.junit.jupiter.api.Test;

/** Every customer's referral code: at registration, lazily, unique under concurrency, regenerated. */
@BroadleafIntegrationTest
class ReferralCodeTest extends ReferralTestBase {

    @Test
    void aNewCustomerGetsACodeAtRegistration() {
        Customer c = advocate();
        String code = codes.activeCodeOf(c.getId());
        assertNotNull(code, "made by the registration hook");
        assertTrue(ReferralCodeFormat.isWellFormed(code), code);
        assertEquals(10, code.length());
        assertEquals(code, codes.codeFor(c.getId()), "the same code every time");
        ReferralCode stored = codes.find(code);
        assertEquals(c.getId(), stored.getCustomerId());
        assertTrue(stored.isActive());
    }

    @Test
    void aCustomerFromBeforeTheModuleGetsACodeOnFirstUse() {
        Customer c = store.customers().createCustomer();
        String email = TestIds.unique("old").replace(':', '-') + "@example.com";
        c.setUsername(email);
        c.setEmailAddress(email);
        c.setRegistered(true);
        c = store.customers().saveCustomer(c);
        assertNull(codes.activeCodeOf(c.getId()), "saved without the registration hook");
        String code = codes.codeFor(c.getId());
        assertTrue(ReferralCodeFormat.isWellFormed(code));
        assertEquals(code, codes.activeCodeOf(c.getId()));
    }

    @Test
    void manyConcurrentRegistrationsGetDistinctCodes() throws Exception {
        int threads = 8;
        final int perThread = 5;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        final CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Long>>> futures = new ArrayList<Future<List<Long>>>();
        try {
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(new Callable<List<Long>>() {
                    @Override
                    public List<Long> call() throws Exception {
                        BroadleafTestContext.bindRequest();
                        start.await();
                        List<Long> ids = new ArrayList<Long>();
                        for (int i = 0; i < perThread; i++) {
                            ids.add(store.customer().getId());
                        }
                        return ids;
                    }
                }));
            }
            start.countDown();
            Set<String> all = new HashSet<String>();
            int customers = 0;
            for (Future<List<Long>> f : futures) {
                for (Long id : f.get(300, TimeUnit.SECONDS)) {
                    customers++;
                    String code = codes.activeCodeOf(id);
                    assertNotNull(code, "customer " + id + " has a code");
                    all.add(code);
                }
            }
            assertEquals(threads * perThread, customers);
            assertEquals(customers, all.size(), "no two customers share a code");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aCollidingCandidateIsRetriedAndConcurrentCallsForOneCustomerAgree() throws Exception {
        final String taken = codeOf(advocate());
        final AtomicInteger calls = new AtomicInteger();
        // the first candidate of every attempt collides with an existing code
        ReferralCodeGenerator colliding = new ReferralCodeGenerator() {
            private final SecureRandomCodeGenerator real = new SecureRandomCodeGenerator(10);

            @Override
            public String next() {
                return calls.incrementAndGet() % 2 == 1 ? taken : real.next();
            }
        };
        final DefaultReferralCodeService service = new DefaultReferralCodeService(transactionManager,
                BroadleafTestContext.get().getBean("evgReferralRepository", ReferralRepository.class), colliding, clock);
        BroadleafTestContext.get().getAutowireCapableBeanFactory().autowireBean(service);

        final long customerId = store.customer().getId();
        codes.regenerate(customerId); // make sure the customer has a fresh code before we retire it below
        tx().execute(s -> Rows.update(em(), "update EVG_REFERRAL_CODE set ACTIVE_CUSTOMER_ID = null, RETIRED_AT = CURRENT_TIMESTAMP "
                + "where CUSTOMER_ID = ?", p -> p.id(customerId)));
        assertNull(codes.activeCodeOf(customerId));

        ExecutorService pool = Executors.newFixedThreadPool(6);
        final CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> futures = new ArrayList<Future<String>>();
        try {
            for (int i = 0; i < 6; i++) {
                futures.add(pool.submit(() -> {
                    BroadleafTestContext.bindRequest();
                    start.await();
                    return service.codeFor(customerId);
                }));
            }
            start.countDown();
            Set<String> results = new HashSet<String>();
            for (Future<String> f : futures) {
                results.add(f.get(120, TimeUnit.SECONDS));
            }
            assertEquals(1, results.size(), "all callers get the one active code: " + results);
            String code = results.iterator().next();
            assertNotEquals(taken, code, "the colliding candidate was refused by the database");
            assertEquals(code, codes.activeCodeOf(customerId));
            assertTrue(calls.get() >= 2, "at least one collision happened and was retried");
            long active = tx().execute(s -> Rows.first(em(), "select count(*) from EVG_REFERRAL_CODE where ACTIVE_CUSTOMER_ID = ?",
                    p -> p.id(customerId), rs -> rs.getLong(1)));
            assertEquals(1L, active, "one active code per customer");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void regeneratingRetiresTheOldCodeForGood() {
        Customer c = advocate();
        String old = codeOf(c);
        String fresh = codes.regenerate(c.getId());
        assertNotEquals(old, fresh);
        assertEquals(fresh, codes.codeFor(c.getId()));
        assertFalse(codes.find(old).isActive());
        assertNotNull(codes.find(old).getRetiredAt());
        assertEquals(c.getId(), codes.find(old).getCustomerId(), "a retired code is kept, so it is never handed out again");
        assertTrue(Collections.singleton(fresh).contains(codes.activeCodeOf(c.getId())));
    }
}
