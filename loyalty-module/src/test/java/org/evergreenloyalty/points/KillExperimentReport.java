package org.evergreenloyalty.points;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

import org.evergreenloyalty.order.OrderRecoveryService;
import org.evergreenloyalty.test.BroadleafTestContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.orm.jpa.SharedEntityManagerCreator;

/**
 * The "restart" of the kill-under-load experiment (README, Crash safety): boots on the database the killed
 * {@link CheckoutsUntilKilled} runs used, runs the recovery sweep as a restarted store does, and prints the
 * figures and every invariant over the customers those runs served. Not part of the suite.
 */
public final class KillExperimentReport {

    private static final String SERVED = "(select CUSTOMER_ID from EVG_LEDGER_ENTRY where EVENT_KEY like 'kill-seed:%')";

    private KillExperimentReport() {
    }

    public static void main(String[] args) {
        ConfigurableApplicationContext ctx = BroadleafTestContext.get();
        BroadleafTestContext.openRequestEntityManager();
        EntityManager em = SharedEntityManagerCreator.createSharedEntityManager(ctx.getBean("entityManagerFactory", EntityManagerFactory.class));
        OrderRecoveryService recovery = ctx.getBean("evgOrderRecoveryService", OrderRecoveryService.class);
        long unbookedBefore = count(em, "select count(*) from BLC_ORDER o where o.ORDER_STATUS = 'SUBMITTED' and o.CUSTOMER_ID in " + SERVED
                + " and not exists (select 1 from EVG_PROCESSED_ORDER p where p.ORDER_ID = o.ORDER_ID)");
        int swept = recovery.sweep();
        System.out.println("placed orders:                      " + count(em, "select count(*) from BLC_ORDER where ORDER_STATUS = 'SUBMITTED' and CUSTOMER_ID in " + SERVED));
        System.out.println("placed without booking before sweep: " + unbookedBefore);
        System.out.println("booked by the sweep:                " + swept);
        System.out.println("placed, still not booked:           " + count(em, "select count(*) from BLC_ORDER o where o.ORDER_STATUS = 'SUBMITTED' and o.CUSTOMER_ID in " + SERVED
                + " and not exists (select 1 from EVG_PROCESSED_ORDER p where p.ORDER_ID = o.ORDER_ID)"));
        System.out.println("placed with a points discount:      " + count(em, pointsDiscountOrders("")));
        System.out.println("  of which without REDEEM:          " + count(em, pointsDiscountOrders(
                " and not exists (select 1 from EVG_LEDGER_ENTRY e where e.EVENT_KEY = 'redeem:order:' || cast(o.ORDER_ID as varchar(20)))")));
        System.out.println("booked twice (EARN):                " + count(em, "select count(*) from (select SOURCE_ID from EVG_LEDGER_ENTRY where ENTRY_TYPE = 'EARN' "
                + "and SOURCE_TYPE = 'order' group by SOURCE_ID having count(*) > 1) t"));
        System.out.println("active reservations, placed orders: " + count(em, "select count(*) from EVG_POINTS_RESERVATION r join BLC_ORDER o on o.ORDER_ID = r.CART_ID "
                + "where r.STATUS = 'ACTIVE' and o.ORDER_STATUS = 'SUBMITTED'"));
        System.out.println("accounts whose balance != entries:  " + count(em, "select count(*) from EVG_LOYALTY_ACCOUNT a where a.CUSTOMER_ID in " + SERVED
                + " and a.AVAILABLE <> (select coalesce(sum(e.AVAILABLE_DELTA), 0) from EVG_LEDGER_ENTRY e where e.CUSTOMER_ID = a.CUSTOMER_ID)"));
        System.out.println("accounts whose lots != balance:     " + count(em, "select count(*) from EVG_LOYALTY_ACCOUNT a where a.CUSTOMER_ID in " + SERVED
                + " and greatest(a.AVAILABLE, 0) <> (select coalesce(sum(l.REMAINING_POINTS), 0) from EVG_POINT_LOT l where l.CUSTOMER_ID = a.CUSTOMER_ID)"));
        Runtime.getRuntime().halt(0);
    }

    private static String pointsDiscountOrders(String extra) {
        return "select count(distinct o.ORDER_ID) from BLC_ORDER o join BLC_ORDER_OFFER_CODE_XREF x on x.ORDER_ID = o.ORDER_ID "
                + "join BLC_OFFER_CODE c on c.OFFER_CODE_ID = x.OFFER_CODE_ID join BLC_ORDER_ADJUSTMENT a on a.ORDER_ID = o.ORDER_ID "
                + "and a.OFFER_ID = c.OFFER_ID where o.ORDER_STATUS = 'SUBMITTED' and c.OFFER_CODE like 'PTS-%' and o.CUSTOMER_ID in " + SERVED + extra;
    }

    private static long count(EntityManager em, String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
