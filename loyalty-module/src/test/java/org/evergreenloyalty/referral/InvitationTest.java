package org.evergreenloyalty.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javax.mail.internet.MimeMessage;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.evergreenloyalty.test.TestIds;
import org.evergreenloyalty.test.TestMailServer;
import org.junit.jupiter.api.Test;

/** Invitations by e-mail (GreenMail): sent with the advocate's link, validated, rate-limited, opt-out honoured. */
@BroadleafIntegrationTest
class InvitationTest extends ReferralTestBase {

    @Test
    void anInvitationCarriesTheLinkTheDiscountAndAnOptOutLink() throws Exception {
        Customer advocate = advocate();
        String friend = address("friend");
        InviteResult r = invitations.invite(advocate.getId(), " " + friend.toUpperCase() + " ");
        assertEquals(1, r.getSent().size());
        List<MimeMessage> mails = TestMailServer.awaitMessagesTo(friend, 1, 10_000);
        assertEquals(1, mails.size());
        MimeMessage m = mails.get(0);
        assertTrue(m.getSubject().contains("10% off your first order"), m.getSubject());
        String body = ReferralRewardFlowTest.body(m);
        assertTrue(body.contains("/r/" + codeOf(advocate)), "the advocate's link");
        assertTrue(body.contains("/r/optout?email="), "an opt-out link");
        assertFalse(body.contains("/loyalty/unsubscribe"), "no customer unsubscribe link: the addressee is no customer");
        assertEquals(1, accounts.stats(advocate.getId()).getInvited());
    }

    @Test
    void badInputIsRefusedWithAClearMessageAndNothingIsSent() {
        Customer advocate = advocate();
        String ok = address("ok");
        assertKey("evergreen.referral.invite.none", advocate, "   ");
        assertKey("evergreen.referral.invite.none", advocate, null);
        assertKey("evergreen.referral.invite.none", advocate, " , ;  ");
        assertKey("evergreen.referral.invite.invalid", advocate, ok + ", not-an-address");
        assertKey("evergreen.referral.invite.invalid", advocate, ok + ", a@b");
        assertKey("evergreen.referral.invite.invalid", advocate, "x@example..com");
        assertKey("evergreen.referral.invite.own", advocate, ok + "\n" + advocate.getEmailAddress().toUpperCase());
        StringBuilder eleven = new StringBuilder();
        for (int i = 0; i < 11; i++) {
            eleven.append(address("many" + i)).append(';');
        }
        assertKey("evergreen.referral.invite.tooMany", advocate, eleven.toString());
        assertEquals(0, accounts.stats(advocate.getId()).getInvited());
        assertEquals(0, TestMailServer.messagesTo(ok).size(), "nothing was sent");
    }

    @Test
    void theDailyLimitPerAdvocateHolds() {
        settings(s -> s.setInviteDailyLimit(3));
        Customer advocate = advocate();
        assertEquals(2, invitations.invite(advocate.getId(), address("a") + ", " + address("b")).getSent().size());
        String c = address("c");
        String d = address("d");
        ReferralException e = assertThrows(ReferralException.class, () -> invitations.invite(advocate.getId(), c + " " + d));
        assertEquals("evergreen.referral.invite.dailyLimit", e.getMessageKey());
        assertEquals(1L, ((Number) e.getArguments()[1]).longValue(), "one left today");
        assertEquals(0, TestMailServer.messagesTo(c).size());
        assertEquals(1, invitations.invite(advocate.getId(), c).getSent().size());
        clock.advance(25 * DAY / 24);
        assertEquals(1, invitations.invite(advocate.getId(), d).getSent().size(), "a day later");
    }

    @Test
    void recentlyInvitedOptedOutAndExistingCustomersAreSkipped() {
        Customer advocate = advocate();
        Customer other = advocate();
        String invited = address("twice");
        String optedOut = address("optout");
        Customer customer = advocate();
        assertEquals(1, invitations.invite(other.getId(), invited).getSent().size());
        assertTrue(invitations.optOut(optedOut, invitations.optOutToken(optedOut)));

        InviteResult r = invitations.invite(advocate.getId(), invited + ", " + optedOut + ", " + customer.getEmailAddress());
        assertEquals(0, r.getSent().size());
        assertEquals(3, r.getSkipped().size());
        assertEquals(1, TestMailServer.messagesTo(invited).size(), "invited once");
        assertEquals(0, TestMailServer.messagesTo(optedOut).size());
    }

    @Test
    void theOptOutNeedsTheRightToken() {
        String email = address("forged");
        assertFalse(invitations.optOut(email, "0123456789abcdef0123456789abcdef"));
        assertFalse(invitations.optOut(email, invitations.optOutToken(address("someone-else"))));
        assertFalse(invitations.optOut("not an address", "x"));
        assertFalse(invitations.isOptedOut(email), "a wrong token changes nothing");
        assertTrue(invitations.optOut(email.toUpperCase(), invitations.optOutToken(email)));
        assertTrue(invitations.isOptedOut(email));
    }

    private void assertKey(String key, Customer advocate, String input) {
        ReferralException e = assertThrows(ReferralException.class, () -> invitations.invite(advocate.getId(), input));
        assertEquals(key, e.getMessageKey(), String.valueOf(input));
    }

    private static String address(String name) {
        return TestIds.unique(name).replace(':', '-') + "@friends.example.org";
    }
}
