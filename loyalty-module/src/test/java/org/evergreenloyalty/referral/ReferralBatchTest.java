package org.evergreenloyalty.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;

import javax.annotation.Resource;

import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.order.OrderEventDispatcher;
import org.evergreenloyalty.order.OrderEventWorker;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.evergreenloyalty.test.HeldBackWorker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Referrals when the order event worker books several orders in one batch, on real checkouts: a friend's two orders
 * in one batch qualify the referral with the first, and a batch's customers who were not referred are left alone.
 */
@BroadleafIntegrationTest
class ReferralBatchTest extends ReferralTestBase {

    @Resource(name = "evgOrderEventDispatcher")
    OrderEventDispatcher dispatcher;
    @Resource(name = "evgOrderEventWorker")
    OrderEventWorker worker;

    private final List<Runnable> heldBack = new ArrayList<Runnable>();

    @BeforeEach
    void holdTheWorkerBack() {
        HeldBackWorker.hold(worker, dispatcher, heldBack);
    }

    @AfterEach
    void letItGo() {
        HeldBackWorker.release(dispatcher);
    }

    @Test
    void aFriendsTwoOrdersInOneBatchQualifyTheReferralWithTheFirst() throws Exception {
        Customer advocate = advocate();
        Visitor device = visitor();
        Customer friend = register(device, codeOf(advocate), null);
        Order first = order(friend, device, "50.00", true);
        order(friend, device, "30.00", false);
        Customer plain = register(visitor(), null, null);
        order(plain, visitor(), "20.00", false);
        assertNull(referralOf(friend).getOrderId(), "held back: no order booked yet");

        assertEquals(3, worker.drain());
        Referral r = referralOf(friend);
        assertEquals(ReferralStatus.QUALIFIED, r.getStatus(), decisions(r).stream().map(ReferralDecision::getReason).collect(java.util.stream.Collectors.joining("; ")));
        assertEquals(first.getId(), r.getOrderId(), "the first order qualifies, the second is just an order");
        assertNull(referralOf(plain), "a customer nobody referred has no referral");
    }
}
