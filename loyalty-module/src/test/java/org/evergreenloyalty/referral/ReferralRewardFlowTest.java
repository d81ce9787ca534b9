package org.evergreenloyalty.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import javax.annotation.Resource;
import javax.mail.internet.MimeMessage;

import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.broadleafcommerce.core.offer.service.OfferService;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.ledger.EntryType;
import org.evergreenloyalty.ledger.LedgerEntry;
import org.evergreenloyalty.scheduling.JobRunner;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.evergreenloyalty.test.TestMailServer;
import org.junit.jupiter.api.Test;

/**
 * Two real customers and real checkouts: the friend's welcome discount (first order only, single use), the
 * advocate's reward after the approval period through the job, cancellation before and after, the monthly
 * cap, code rewards, and the advocate's e-mails.
 */
@BroadleafIntegrationTest
class ReferralRewardFlowTest extends ReferralTestBase {

    @Resource(name = "blOfferService")
    OfferService offerService;
    @Resource(name = "evgJobRunner")
    JobRunner jobs;
    @Resource(name = "evgReferralOffers")
    ReferralOffers offers;
    @Resource(name = "evgEmailPreferences")
    org.evergreenloyalty.notification.EmailPreferenceService preferences;

    @Test
    void theFriendsFirstOrderGetsTheDiscountAndTheAdvocateTheRewardAfterTheApprovalPeriod() throws Exception {
        Customer advocate = advocate();
        Visitor friendDevice = visitor();
        Customer friend = register(friendDevice, codeOf(advocate), null);
        String welcome = referralOf(friend).getFriendCode();

        Order order = order(friend, friendDevice, "50.00", true);
        assertEquals(0, new BigDecimal("5.00").compareTo(order.getOrderAdjustmentsValue().getAmount()), "10% of 50.00 off");
        assertEquals(0, new BigDecimal("45.00").compareTo(order.getSubTotal().getAmount().subtract(order.getOrderAdjustmentsValue().getAmount())));
        assertTrue(offers.isUsed(welcome));

        Referral r = referralOf(friend);
        assertEquals(ReferralStatus.QUALIFIED, r.getStatus());
        assertEquals(order.getId(), r.getOrderId());
        assertNotNull(r.getRewardDueAt());
        assertTrue(r.getRewardDueAt().getTime() - r.getOrderedAt().getTime() == 30 * DAY, "due 30 days after the order");
        List<MimeMessage> pending = TestMailServer.awaitMessagesTo(advocate.getEmailAddress(), 1, 10_000);
        assertEquals(1, pending.size(), "'your friend ordered' e-mail");
        assertTrue(pending.get(0).getSubject().contains("Your friend ordered"), pending.get(0).getSubject());
        assertTrue(body(pending.get(0)).contains("500 points"), "names the pending reward");

        assertFalse(rewards.grant(r.getId()), "nothing before the approval period");
        assertEquals(ReferralStatus.QUALIFIED, referralOf(friend).getStatus());
        assertEquals(0, available(advocate));
        clock.advance(31 * DAY);
        jobs.runNow("referral-rewards");

        r = referralOf(friend);
        assertEquals(ReferralStatus.REWARDED, r.getStatus());
        assertEquals(Long.valueOf(500), r.getRewardPoints());
        assertEquals(500, available(advocate));
        LedgerEntry bonus = ledger.findByEventKey(ReferralRewardService.rewardEventKey(r.getId()));
        assertEquals(EntryType.BONUS, bonus.getType());
        assertEquals("referral", bonus.getSourceType());
        assertFalse(rewards.grant(r.getId()), "granted once");
        assertEquals(500, available(advocate));
        List<MimeMessage> mails = TestMailServer.awaitMessagesTo(advocate.getEmailAddress(), 2, 10_000);
        assertEquals(2, mails.size());
        assertTrue(mails.get(1).getSubject().contains("500 points"), mails.get(1).getSubject());
        assertTrue(body(mails.get(1)).contains("unsubscribe") || body(mails.get(1)).contains("Unsubscribe"), "advocate e-mails can be unsubscribed from");

        AdvocateStats stats = accounts.stats(advocate.getId());
        assertEquals(1, stats.getSignedUp());
        assertEquals(1, stats.getOrdered());
        assertEquals(1, stats.getRewarded());
        assertEquals(0, stats.getPending());
        assertEquals(500, stats.getPointsEarned());
    }

    @Test
    void theWelcomeCodeIsSingleUseAndForTheFriendOnly() throws Exception {
        Customer advocate = advocate();
        Visitor v = visitor();
        Customer friend = register(v, codeOf(advocate), null);
        String welcome = referralOf(friend).getFriendCode();

        Order advocateCart = store.add(store.cart(advocate), product("40.00"), 1);
        OfferCode code = offerService.lookupOfferCodeByCode(welcome);
        advocateCart = store.orders().addOfferCode(advocateCart, code, true);
        assertEquals(0, advocateCart.getOrderAdjustmentsValue().getAmount().signum(), "another customer gets no discount from it");

        order(friend, v, "40.00", true);
        assertNull(referrals.welcomeDiscount(friend.getId()), "used up");
        Order second = store.add(store.cart(friend), product("40.00"), 1);
        ReferralException e = assertThrows(ReferralException.class,
                () -> referrals.applyWelcomeDiscount(friend.getId(), second.getId()));
        assertEquals("evergreen.referral.cart.noDiscount", e.getMessageKey());
        Exception reuse = assertThrows(Exception.class, () -> {
            Order o = store.orders().addOfferCode(store.orders().findOrderById(second.getId()), offerService.lookupOfferCodeByCode(welcome), true);
            if (o.getOrderAdjustmentsValue().getAmount().signum() == 0) {
                throw new IllegalStateException("refused silently");
            }
        });
        assertNotNull(reuse);
    }

    @Test
    void aFirstOrderWithoutTheCodeStillQualifiesAndTheCodeExpires() throws Exception {
        Customer advocate = advocate();
        Visitor v = visitor();
        Customer friend = register(v, codeOf(advocate), null);
        String welcome = referralOf(friend).getFriendCode();
        order(friend, v, "30.00", false);
        assertEquals(ReferralStatus.QUALIFIED, referralOf(friend).getStatus());
        OfferCode oc = offerService.lookupOfferCodeByCode(welcome);
        assertTrue(oc.getEndDate() != null && !oc.getEndDate().after(new java.util.Date(clock.now().getTime() + 1000)),
                "first order only: the unused code was retired");
        assertNull(referrals.welcomeDiscount(friend.getId()));
    }

    @Test
    void aFirstOrderCancelledBeforeTheRewardGrantsNothing() throws Exception {
        Customer advocate = advocate();
        Visitor v = visitor();
        Customer friend = register(v, codeOf(advocate), null);
        Order order = order(friend, v, "60.00", true);
        cancel(order);
        Referral r = referralOf(friend);
        assertEquals(ReferralStatus.REJECTED, r.getStatus());
        assertTrue(r.getStatusReason().contains("before the reward was granted: no reward"), r.getStatusReason());
        clock.advance(31 * DAY);
        rewards.grantDue();
        assertEquals(ReferralStatus.REJECTED, referralOf(friend).getStatus());
        assertEquals(0, available(advocate));
        cancel(order);
        assertEquals(3, decisions(referralOf(friend)).size(), "pending, qualified, rejected: a repeated cancellation decides nothing");
    }

    @Test
    void aFirstOrderCancelledAfterTheRewardReversesItThroughTheLedger() throws Exception {
        Customer advocate = advocate();
        Visitor v = visitor();
        Customer friend = register(v, codeOf(advocate), null);
        Order order = order(friend, v, "60.00", true);
        clock.advance(31 * DAY);
        rewards.grantDue();
        assertEquals(ReferralStatus.REWARDED, referralOf(friend).getStatus());
        assertEquals(500, available(advocate));

        cancel(order);
        Referral r = referralOf(friend);
        assertEquals(ReferralStatus.REJECTED, r.getStatus());
        assertNotNull(r.getReversedAt());
        assertTrue(r.getStatusReason().contains("500 points reversed"), r.getStatusReason());
        assertEquals(0, available(advocate));
        LedgerEntry reversal = ledger.findByEventKey("reverse:" + ReferralRewardService.rewardEventKey(r.getId()));
        assertEquals(EntryType.REVERSE, reversal.getType());
        assertEquals(-500, reversal.getAvailableDelta());
        cancel(order);
        assertEquals(0, available(advocate), "reversed once");
    }

    @Test
    void theMonthlyCapRejectsFurtherRewards() throws Exception {
        settings(s -> s.setMonthlyCap(1));
        Customer advocate = advocate();
        Visitor v1 = visitor();
        Visitor v2 = visitor();
        Customer f1 = register(v1, codeOf(advocate), null);
        Customer f2 = register(v2, codeOf(advocate), null);
        order(f1, v1, "20.00", true);
        order(f2, v2, "20.00", true);
        clock.advance(31 * DAY);
        rewards.grantDue();
        assertEquals(500, available(advocate), "one reward only");
        assertTrue(referralOf(f1).getStatus() == ReferralStatus.REWARDED ^ referralOf(f2).getStatus() == ReferralStatus.REWARDED);
        Referral capped = referralOf(f1).getStatus() == ReferralStatus.REJECTED ? referralOf(f1) : referralOf(f2);
        assertEquals(ReferralStatus.REJECTED, capped.getStatus());
        assertTrue(capped.getStatusReason().contains("Monthly cap of 1"), capped.getStatusReason());
    }

    @Test
    void aCodeRewardIsAPersonalCodeAndIsRetiredWhenTheOrderIsCancelledLater() throws Exception {
        settings(s -> {
            s.setAdvocateRewardKind(AdvocateRewardKind.CODE);
            s.setAdvocateCodeKind(DiscountKind.AMOUNT);
            s.setAdvocateCodeValue(new BigDecimal("7.50"));
        });
        Customer advocate = advocate();
        Visitor v = visitor();
        Customer friend = register(v, codeOf(advocate), null);
        Order order = order(friend, v, "50.00", false);
        clock.advance(31 * DAY);
        rewards.grantDue();
        Referral r = referralOf(friend);
        assertEquals(ReferralStatus.REWARDED, r.getStatus());
        assertEquals(AdvocateRewardKind.CODE, r.getRewardKind());
        assertTrue(r.getRewardCode().startsWith("THANKS-"), r.getRewardCode());
        assertEquals(0, available(advocate), "no points for a code reward");
        OfferCode reward = offerService.lookupOfferCodeByCode(r.getRewardCode());
        assertEquals(0, new BigDecimal("7.50").compareTo(reward.getOffer().getValue()));

        cancel(order);
        r = referralOf(friend);
        assertEquals(ReferralStatus.REJECTED, r.getStatus());
        assertTrue(r.getStatusReason().contains("retired"), r.getStatusReason());
        org.evergreenloyalty.test.BroadleafTestContext.closeRequestEntityManager();
        org.evergreenloyalty.test.BroadleafTestContext.openRequestEntityManager();
        assertTrue(!offerService.lookupOfferCodeByCode(r.getRewardCode()).getEndDate().after(new java.util.Date(clock.now().getTime() + 1000)),
                "the reward code ends now");
    }

    @Test
    void aReturnedFirstOrderRecordedByAnAdminTakesTheRewardBack() throws Exception {
        Customer advocate = advocate();
        Visitor v = visitor();
        Customer friend = register(v, codeOf(advocate), null);
        Order order = order(friend, v, "25.00", true);
        clock.advance(31 * DAY);
        rewards.grantDue();
        assertEquals(500, available(advocate));
        ReferralException noReason = assertThrows(ReferralException.class, () -> admin.firstOrderReturned(order.getId(), " ", "admin"));
        assertEquals("evergreen.referral.admin.reasonRequired", noReason.getMessageKey());
        assertEquals(500, available(advocate), "a refused call changes nothing");
        assertTrue(admin.firstOrderReturned(order.getId(), "parcel returned", "admin"));
        assertEquals(0, available(advocate));
        assertEquals("admin", decisions(referralOf(friend)).get(decisions(referralOf(friend)).size() - 1).getActor());
    }

    @Test
    void anAmountDiscountWithAMinimumOrderValueAppliesOnlyFromTheMinimum() throws Exception {
        settings(s -> {
            s.setFriendDiscountKind(DiscountKind.AMOUNT);
            s.setFriendDiscountValue(new BigDecimal("5.00"));
            s.setFriendMinimumSubtotal(new BigDecimal("40.00"));
        });
        Customer advocate = advocate();
        Visitor v = visitor();
        Customer friend = register(v, codeOf(advocate), null);
        WelcomeDiscount w = referrals.welcomeDiscount(friend.getId());
        assertEquals(DiscountKind.AMOUNT, w.getTerms().getKind());
        assertEquals("$5.00", w.getTerms().format(java.util.Locale.US, "USD"));
        assertEquals("$40.00", w.getTerms().formatMinimum(java.util.Locale.US, "USD"));

        Order small = store.add(store.cart(friend), product("30.00"), 1);
        referrals.applyWelcomeDiscount(friend.getId(), small.getId());
        assertEquals(0, store.orders().findOrderById(small.getId()).getOrderAdjustmentsValue().getAmount().signum(),
                "below the minimum the code gives nothing");
        Order enough = store.add(store.orders().findOrderById(small.getId()), product("20.00"), 1);
        assertEquals(0, new BigDecimal("5.00").compareTo(enough.getOrderAdjustmentsValue().getAmount()), "from 40.00 on: 5.00 off");
    }

    @Test
    void anAdvocateWhoUnsubscribedGetsNoReferralMails() throws Exception {
        Customer advocate = advocate();
        preferences.unsubscribe(advocate.getId(), MailingReferralNotifier.CATEGORY);
        Visitor v = visitor();
        Customer friend = register(v, codeOf(advocate), null);
        order(friend, v, "30.00", true);
        clock.advance(31 * DAY);
        rewards.grantDue();
        assertEquals(ReferralStatus.REWARDED, referralOf(friend).getStatus(), "the reward still comes");
        assertEquals(500, available(advocate));
        // the e-mails are sent in the calling thread after each commit: anything sent has arrived by now
        assertEquals(0, TestMailServer.messagesTo(advocate.getEmailAddress()).size(), "but no e-mail");
    }

    static String body(javax.mail.Part m) throws Exception {
        Object content = m.getContent();
        if (content instanceof String) {
            return (String) content;
        }
        StringBuilder sb = new StringBuilder();
        if (content instanceof javax.mail.Multipart) {
            javax.mail.Multipart mp = (javax.mail.Multipart) content;
            for (int i = 0; i < mp.getCount(); i++) {
                sb.append(body(mp.getBodyPart(i)));
            }
        }
        return sb.toString();
    }
}
