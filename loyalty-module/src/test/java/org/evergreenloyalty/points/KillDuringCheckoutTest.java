package org.evergreenloyalty.points;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.evergreenloyalty.ledger.LedgerInvariants;
import org.evergreenloyalty.order.OrderRecoveryService;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.evergreenloyalty.test.TestDatabase;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The crash for real: a separate JVM places orders on the PostgreSQL database and dies, once with
 * Runtime.halt right after the store committed a SUBMITTED order and before the module's bookings, once
 * with SIGKILL in the middle of its checkouts. After the "restart" (this JVM runs the sweep) every invariant
 * holds for every customer the dead JVM served.
 */
@BroadleafIntegrationTest
class KillDuringCheckoutTest extends PointsTestBase {

    @Resource(name = "evgOrderRecoveryService")
    OrderRecoveryService recovery;
    @Resource(name = "blTransactionManager")
    PlatformTransactionManager txm;
    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    @Test
    void aStoreKilledMidCheckoutLosesNoPointsAfterTheSweep() throws Exception {
        Assumptions.assumeTrue(TestDatabase.current() == TestDatabase.POSTGRES, "needs a database two JVMs share");
        List<Long> customers = new ArrayList<Long>();
        List<String> halted = run(customers, "3", "0", -1);
        assertEquals(1, halted.stream().filter(l -> l.startsWith("HALT ")).count(), "the store died in the 4th checkout: " + halted);
        run(customers, "-1", "0", 3);

        new TransactionTemplate(txm).execute(s -> em.createNativeQuery("update EVG_INSTALLATION set SWEPT_UNTIL = null").executeUpdate());
        clock.advance(10 * 60 * 1000L);
        assertTrue(recovery.sweep() >= 1, "the order of the halted checkout is booked by the sweep");
        assertEquals(0, recovery.sweep(), "and only once");

        for (long customer : customers) {
            LedgerInvariants.check(em, customer);
        }
        List<Object[]> placed = em.createNativeQuery("select o.ORDER_ID as PLACED_ID, p.ORDER_ID as BOOKED_ID from BLC_ORDER o left join EVG_PROCESSED_ORDER p "
                + "on p.ORDER_ID = o.ORDER_ID where o.ORDER_STATUS = 'SUBMITTED' and o.CUSTOMER_ID in (:c)")
                .setParameter("c", customers).getResultList();
        assertTrue(placed.size() >= 4, "orders were placed: " + placed.size());
        for (Object[] row : placed) {
            long orderId = ((Number) row[0]).longValue();
            assertNotNull(row[1], "placed order " + orderId + " is booked");
            Number active = (Number) em.createNativeQuery("select count(*) from EVG_POINTS_RESERVATION where CART_ID = :o and STATUS = 'ACTIVE'")
                    .setParameter("o", orderId).getSingleResult();
            assertEquals(0, active.intValue(), "no active reservation on placed order " + orderId);
            Number pointsDiscounts = (Number) em.createNativeQuery("select count(*) from BLC_ORDER_OFFER_CODE_XREF x join BLC_OFFER_CODE c "
                    + "on c.OFFER_CODE_ID = x.OFFER_CODE_ID join BLC_ORDER_ADJUSTMENT a on a.ORDER_ID = x.ORDER_ID and a.OFFER_ID = c.OFFER_ID "
                    + "where x.ORDER_ID = :o and c.OFFER_CODE like 'PTS-%'").setParameter("o", orderId).getSingleResult();
            if (pointsDiscounts.intValue() > 0) {
                assertNotNull(ledger.findByEventKey("redeem:order:" + orderId), "the points discount of order " + orderId + " has its REDEEM");
            }
        }
    }

    /** Runs the dying store; with {@code killAfter} >= 0 it is killed after that many placed orders. */
    private List<String> run(List<Long> customers, String haltAt, String count, int killAfter) throws Exception {
        List<String> command = new ArrayList<String>();
        command.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("--add-opens") || arg.startsWith("-Xmx")) {
                command.add(arg);
            }
        }
        command.add("-cp");
        command.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        command.add("-Devergreen.test.db=postgres");
        command.add("-Devergreen.test.hbm2ddl=none");
        command.add("-Devergreen.scheduler.enabled=false");
        for (String p : new String[] {"evergreen.test.pg.url", "evergreen.test.pg.user", "evergreen.test.pg.password"}) {
            if (System.getProperty(p) != null) {
                command.add("-D" + p + "=" + System.getProperty(p));
            }
        }
        command.add(CheckoutsUntilKilled.class.getName());
        command.add(haltAt);
        command.add(count);
        Process store = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<String>();
        int placed = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(store.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("CUSTOMER ")) {
                    customers.add(Long.parseLong(line.substring(9).trim()));
                } else if (line.startsWith("PLACED ") || line.startsWith("HALT ") || line.startsWith("FAILED ")) {
                    lines.add(line);
                    if (line.startsWith("PLACED ") && ++placed == killAfter) {
                        store.destroyForcibly();
                        break;
                    }
                }
            }
        }
        assertTrue(store.waitFor(60, TimeUnit.SECONDS), "the store process ended");
        assertTrue(store.exitValue() != 0, "it died rather than finished: " + lines);
        return lines;
    }
}
