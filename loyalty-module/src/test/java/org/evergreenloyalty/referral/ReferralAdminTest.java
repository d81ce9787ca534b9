package org.evergreenloyalty.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.order.CompletedOrder;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.evergreenloyalty.test.BroadleafTestContext;
import org.evergreenloyalty.test.HeldBackWorker;
import org.evergreenloyalty.test.OtherWorker;
import org.junit.jupiter.api.Test;

/** What the admin pages need: list by status and date, approve and reject with reasons, top advocates, settings. */
@BroadleafIntegrationTest
class ReferralAdminTest extends ReferralTestBase {

    @Test
    void flaggedReferralsAreListedByStatusAndDate() {
        Date before = clock.now();
        Visitor device = visitor();
        Customer advocate = register(device, null, null);
        Customer flagged = register(device, codeOf(advocate), null);
        Customer normal = register(visitor(), codeOf(advocate), null);

        ReferralPage page = admin.search(new ReferralQuery().status(ReferralStatus.FLAGGED).advocate(advocate.getId()));
        assertEquals(1, page.getTotal());
        ReferralRow row = page.getRows().get(0);
        assertEquals(flagged.getId(), row.getReferral().getFriendId());
        assertEquals(flagged.getEmailAddress(), row.getFriend().getEmail());
        assertEquals(advocate.getEmailAddress(), row.getAdvocate().getEmail());

        assertEquals(2, admin.search(new ReferralQuery().advocate(advocate.getId()).from(before)).getTotal());
        assertEquals(0, admin.search(new ReferralQuery().advocate(advocate.getId()).to(before)).getTotal());
        assertEquals(1, admin.search(new ReferralQuery().advocate(advocate.getId()).status(ReferralStatus.PENDING)).getTotal());
        ReferralPage first = admin.search(new ReferralQuery().advocate(advocate.getId()).page(0, 1));
        assertEquals(2, first.getPages());
        assertEquals(normal.getId(), first.getRows().get(0).getReferral().getFriendId(), "newest first");
    }

    @Test
    void theReferralPagesShowAFriendsFirstOrderRightAfterCheckoutBeforeTheWorkerCame() throws Exception {
        Customer advocate = advocate();
        Visitor one = visitor();
        Visitor two = visitor();
        Customer friend = register(one, codeOf(advocate), null);
        Customer otherFriend = register(two, codeOf(advocate), null);
        List<Runnable> wakeUps = HeldBackWorker.whileHeld(BroadleafTestContext.get(), queued -> {
            Order order = order(friend, one, "40.00", false);
            Order otherOrder = order(otherFriend, two, "40.00", false);
            assertEquals(1, queued.size(), "the worker was woken (the second wake-up folded into the first), and held back");
            assertNull(referralOf(friend).getOrderId(), "nothing booked yet");

            ReferralRow row = admin.get(referralOf(friend).getId());
            assertEquals(order.getId(), row.getReferral().getOrderId(), "the referral page booked the friend's order first");
            assertEquals(ReferralStatus.QUALIFIED, row.getReferral().getStatus());
            assertNull(referralOf(otherFriend).getOrderId(), "only that friend's order");

            Referral waiting = referralOf(otherFriend);
            String before = waiting.getStatus() + " (" + waiting.getStatusReason() + ")";
            ReferralPage page = admin.search(new ReferralQuery().advocate(advocate.getId()));
            assertEquals(2, page.getTotal());
            Referral other = page.getRows().stream().map(ReferralRow::getReferral)
                    .filter(r -> r.getFriendId().equals(otherFriend.getId())).findFirst().get();
            assertEquals(otherOrder.getId(), other.getOrderId(), "the list booked the other friend's order before it read; the referral was "
                    + before + " and is " + other.getStatus() + " (" + other.getStatusReason() + ")");
        });
        wakeUps.forEach(Runnable::run);
        assertEquals(1, decisionsTo(referralOf(friend), ReferralStatus.QUALIFIED), "the worker coming later books nothing twice");
    }

    @Test
    void theDetailPageShowsTheFriendsOrderThatAnotherWorkerIsBookingAsItIsRead() throws Exception {
        Customer advocate = advocate();
        Visitor device = visitor();
        Customer friend = register(device, codeOf(advocate), null);
        Thread page = Thread.currentThread();
        OtherWorker other = OtherWorker.of(BroadleafTestContext.get(), "other-worker");
        HeldBackWorker.whileHeld(BroadleafTestContext.get(), queued -> {
            long orderId = order(friend, device, "40.00", false).getId();
            assertTrue(other.claim(orderId), "the other worker holds the friend's order");
            CompletedOrder order = other.load(orderId);

            // the other worker books the order once the page, having read the referral without it, waits for that worker
            ExecutorService thread = Executors.newSingleThreadExecutor();
            try {
                Future<?> booking = thread.submit(() -> {
                    awaitWaitingForTheWorker(page);
                    other.book(order);
                    return null;
                });
                ReferralRow row = admin.get(referralOf(friend).getId());
                booking.get(60, TimeUnit.SECONDS);
                assertEquals(Long.valueOf(orderId), row.getReferral().getOrderId(), "the page read again after the other worker booked");
                assertEquals(ReferralStatus.QUALIFIED, row.getReferral().getStatus());
            } finally {
                thread.shutdownNow();
            }
        });
    }

    /** Returns once {@code page} waits in the worker's settle for another worker's claim. */
    private static void awaitWaitingForTheWorker(Thread page) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (Arrays.stream(page.getStackTrace()).noneMatch(f -> f.getMethodName().equals("awaitHeld"))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the page never waited for the other worker");
            }
            Thread.yield();
        }
    }


    private long decisionsTo(Referral r, ReferralStatus status) {
        return decisions(r).stream().filter(d -> d.getToStatus() == status).count();
    }

    @Test
    void approvingBeforeTheFirstOrderIssuesTheWelcomeCode() throws Exception {
        Visitor device = visitor();
        Customer advocate = register(device, null, null);
        Customer friend = register(device, codeOf(advocate), null);
        Referral r = referralOf(friend);
        assertEquals(ReferralStatus.FLAGGED, r.getStatus());

        Referral approved = admin.approve(r.getId(), "Flatmates, checked by phone", "anna.admin");
        assertEquals(ReferralStatus.PENDING, approved.getStatus());
        assertNotNull(referrals.welcomeDiscount(friend.getId()));
        ReferralDecision last = last(r);
        assertEquals("anna.admin", last.getActor());
        assertEquals(ReferralStatus.FLAGGED, last.getFromStatus());
        assertTrue(last.getReason().contains("Flatmates"), last.getReason());

        Order order = order(friend, visitor(), "40.00", true);
        assertEquals(ReferralStatus.QUALIFIED, referralOf(friend).getStatus());
        assertNotNull(order);
    }

    @Test
    void approvingAfterTheFirstOrderQualifiesAndTheJobRewardsWhenDue() throws Exception {
        Visitor device = visitor();
        Customer advocate = register(device, null, null);
        Customer friend = register(device, codeOf(advocate), null);
        order(friend, device, "40.00", false);
        Referral r = referralOf(friend);
        assertEquals(ReferralStatus.FLAGGED, r.getStatus());
        assertNotNull(r.getOrderId());

        clock.advance(31 * DAY);
        rewards.grantDue();
        assertEquals(ReferralStatus.FLAGGED, referralOf(friend).getStatus());
        admin.approve(r.getId(), "Same household, genuine", "admin");
        assertEquals(ReferralStatus.QUALIFIED, referralOf(friend).getStatus());
        rewards.grantDue();
        assertEquals(ReferralStatus.REWARDED, referralOf(friend).getStatus());
        assertEquals(500, available(advocate));
    }

    @Test
    void rejectingARewardedReferralTakesTheRewardBack() throws Exception {
        Customer advocate = advocate();
        Visitor v = visitor();
        Customer friend = register(v, codeOf(advocate), null);
        order(friend, v, "40.00", true);
        clock.advance(31 * DAY);
        rewards.grantDue();
        assertEquals(500, available(advocate));
        Referral rejected = admin.reject(referralOf(friend).getId(), "Fake account", "admin");
        assertEquals(ReferralStatus.REJECTED, rejected.getStatus());
        assertEquals(0, available(advocate));
        ReferralException again = assertThrows(ReferralException.class, () -> admin.reject(rejected.getId(), "again", "admin"));
        assertEquals("evergreen.referral.admin.alreadyRejected", again.getMessageKey());
    }

    @Test
    void rejectingAPendingReferralRetiresTheUnusedWelcomeCode() {
        Customer advocate = advocate();
        Customer friend = register(visitor(), codeOf(advocate), null);
        assertNotNull(referrals.welcomeDiscount(friend.getId()));
        admin.reject(referralOf(friend).getId(), "Duplicate person", "admin");
        assertNull(referrals.welcomeDiscount(friend.getId()));
        assertEquals(ReferralStatus.REJECTED, referralOf(friend).getStatus());
    }

    @Test
    void badDecisionsAreRefusedAndChangeNothing() {
        Customer advocate = advocate();
        Customer friend = register(visitor(), codeOf(advocate), null);
        long id = referralOf(friend).getId();
        assertKey("evergreen.referral.admin.notFlagged", () -> admin.approve(id, "ok", "admin"));
        assertKey("evergreen.referral.admin.reasonRequired", () -> admin.reject(id, "  ", "admin"));
        assertKey("evergreen.referral.admin.reasonRequired", () -> admin.reject(id, null, "admin"));
        assertKey("evergreen.referral.admin.adminRequired", () -> admin.reject(id, "fraud", " "));
        assertKey("evergreen.referral.admin.reasonTooLong", () -> admin.reject(id, new String(new char[501]).replace('\0', 'x'), "admin"));
        assertKey("evergreen.referral.admin.notFound", () -> admin.approve(-42, "ok", "admin"));
        assertEquals(ReferralStatus.PENDING, referralOf(friend).getStatus());
        assertEquals(1, decisions(referralOf(friend)).size());
    }

    @Test
    void approvingAFlaggedReferralWhoseOrderWasCancelledIsRefused() throws Exception {
        Visitor device = visitor();
        Customer advocate = register(device, null, null);
        Customer friend = register(device, codeOf(advocate), null);
        Order o = order(friend, device, "30.00", false);
        Referral r = referralOf(friend);
        cancel(o);
        assertEquals(ReferralStatus.REJECTED, referralOf(friend).getStatus(), "the cancellation rejected it");
        assertKey("evergreen.referral.admin.notFlagged", () -> admin.approve(r.getId(), "ok", "admin"));
    }

    @Test
    void topAdvocatesAreRankedByRewardsThenReferrals() throws Exception {
        Date from = new Date(clock.now().getTime() - 1000);
        Customer busy = advocate();
        Customer successful = advocate();
        Customer f1 = register(visitor(), codeOf(busy), null);
        register(visitor(), codeOf(busy), null);
        register(visitor(), codeOf(busy), null);
        Visitor v = visitor();
        Customer f4 = register(v, codeOf(successful), null);
        order(f4, v, "20.00", true);
        clock.advance(31 * DAY);
        rewards.grantDue();
        Date to = new Date(clock.now().getTime() + 1000);

        List<AdvocateRanking> top = admin.topAdvocates(from, to, 100);
        int iSuccessful = indexOf(top, successful.getId());
        int iBusy = indexOf(top, busy.getId());
        assertTrue(iSuccessful >= 0 && iBusy >= 0);
        assertTrue(iSuccessful < iBusy, "a rewarded referral ranks above three signups");
        AdvocateRanking s = top.get(iSuccessful);
        assertEquals(1, s.getReferrals());
        assertEquals(1, s.getRewarded());
        assertEquals(500, s.getPoints());
        assertEquals(successful.getEmailAddress(), s.getAdvocate().getEmail());
        assertEquals(3, top.get(iBusy).getReferrals());
        assertEquals(0, top.get(iBusy).getRewarded());
        assertNotNull(f1);
    }

    @Test
    void settingsAreValidatedWithAMessagePerField() {
        ReferralSettings bad = settingsService.current();
        bad.setFriendDiscountValue(new java.math.BigDecimal("120"));
        bad.setApprovalDays(-1);
        bad.setAdvocatePoints(0);
        bad.setDotInsensitiveDomains("gmail.com, not a domain");
        InvalidReferralSettingsException e = assertThrows(InvalidReferralSettingsException.class, () -> settingsService.save(bad));
        assertTrue(e.getFieldErrors().get("friendDiscountValue").contains("100%"));
        assertTrue(e.getFieldErrors().containsKey("approvalDays"));
        assertTrue(e.getFieldErrors().containsKey("advocatePoints"));
        assertTrue(e.getFieldErrors().containsKey("dotInsensitiveDomains"));
        assertEquals(30, settingsService.current().getApprovalDays(), "nothing saved");
    }

    private static int indexOf(List<AdvocateRanking> top, long id) {
        for (int i = 0; i < top.size(); i++) {
            if (top.get(i).getAdvocateId() == id) {
                return i;
            }
        }
        return -1;
    }

    private ReferralDecision last(Referral r) {
        List<ReferralDecision> d = decisions(r);
        return d.get(d.size() - 1);
    }

    private static void assertKey(String key, org.junit.jupiter.api.function.Executable call) {
        ReferralException e = assertThrows(ReferralException.class, call);
        assertEquals(key, e.getMessageKey(), e.getMessage());
    }
}
