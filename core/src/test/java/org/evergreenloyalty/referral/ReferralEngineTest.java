package org.evergreenloyalty.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import javax.annotation.Resource;

import org.evergreenloyalty.ledger.LedgerService;
import org.evergreenloyalty.order.CompletedOrder;
import org.evergreenloyalty.order.OrderCompletionService;
import org.evergreenloyalty.scheduling.JobRunner;
import org.evergreenloyalty.test.CoreFixtures;
import org.evergreenloyalty.test.CoreTest;
import org.evergreenloyalty.test.InMemoryCustomers;
import org.evergreenloyalty.test.RecordingMailTransport;
import org.junit.jupiter.api.Test;

/**
 * Referrals on the engine's own context: a friend signs up with an advocate's code, the friend's first order
 * qualifies the referral, and after the approval period the reward job credits the advocate once.
 */
@CoreTest
class ReferralEngineTest {

    @Resource(name = "evgReferralService")
    ReferralService referrals;
    @Resource(name = "evgReferralCodeService")
    ReferralCodeService codes;
    @Resource(name = "evgOrderCompletionService")
    OrderCompletionService orders;
    @Resource(name = "evgLedgerService")
    LedgerService ledger;
    @Resource(name = "evgJobRunner")
    JobRunner jobs;
    @Resource(name = "testCustomers")
    InMemoryCustomers customers;
    @Resource(name = "evgMailTransport")
    RecordingMailTransport mail;

    private static Visitor visitor(String ip) {
        return new Visitor(ip, "Mozilla/5.0 test", "session-" + ip);
    }

    @Test
    void aFriendsFirstOrderEarnsTheAdvocateTheRewardOnceAfterTheApprovalPeriod() {
        long advocate = CoreFixtures.customer();
        String code = codes.codeFor(advocate);
        long friend = CoreFixtures.customer();
        Attribution a = referrals.attributeSignup(friend, "c" + friend + "@example.com", code, null, visitor("10.1.0.1"));
        assertEquals(Attribution.Outcome.REFERRED, a.getOutcome(), String.valueOf(a));
        assertEquals(ReferralStatus.PENDING, referrals.referralOfFriend(friend).getStatus());

        CompletedOrder first = CoreFixtures.order(friend, "70.00");
        orders.process(first);
        assertEquals(ReferralStatus.QUALIFIED, referrals.referralOfFriend(friend).getStatus());

        jobs.runNow("referral-rewards");
        assertEquals(0, ledger.balance(advocate).getAvailable(), "not before the approval period");
        CoreFixtures.advanceDays(31);
        jobs.runNow("referral-rewards");
        jobs.runNow("referral-rewards");
        assertEquals(ReferralStatus.REWARDED, referrals.referralOfFriend(friend).getStatus());
        assertEquals(500, ledger.balance(advocate).getAvailable(), "the advocate's 500 points, once");
        assertFalse(mail.sentTo("c" + advocate + "@example.com").isEmpty(), "the advocate hears about it");
    }

    @Test
    void aCustomerCannotReferThemselves() {
        long advocate = CoreFixtures.customer();
        String code = codes.codeFor(advocate);
        Attribution a = referrals.attributeSignup(advocate, "c" + advocate + "@example.com", code, null, visitor("10.1.0.2"));
        assertFalse(a.isReferred());
        assertNull(referrals.referralOfFriend(advocate));
    }

    @Test
    void anUnknownCodeRefersNobodyAndStoresNothing() {
        long friend = CoreFixtures.customer();
        Attribution a = referrals.attributeSignup(friend, "c" + friend + "@example.com", "NOSUCHCODE1", null, visitor("10.1.0.3"));
        assertEquals(Attribution.Outcome.INVALID_CODE, a.getOutcome());
        assertNull(referrals.referralOfFriend(friend));
    }

    @Test
    void anAdvocatesCodeIsStableUntilRegenerated() {
        long advocate = CoreFixtures.customer();
        String code = codes.codeFor(advocate);
        assertNotNull(code);
        assertEquals(code, codes.codeFor(advocate));
        String fresh = codes.regenerate(advocate);
        assertFalse(code.equals(fresh));
        assertEquals(fresh, codes.activeCodeOf(advocate));
    }
}
