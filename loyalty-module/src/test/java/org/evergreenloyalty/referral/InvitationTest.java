package org.evergreenloyalty.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.mail.internet.MimeMessage;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.customer.CustomerDirectory;
import org.evergreenloyalty.notification.MailOutcome;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.evergreenloyalty.test.BroadleafTestContext;
import org.evergreenloyalty.test.TestIds;
import org.evergreenloyalty.test.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;

/**
 * Invitations by e-mail (GreenMail): sent with the advocate's link, validated, rate-limited (counted in the database,
 * also across nodes), opt-out honoured.
 */
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
    void theDailyLimitCountsInvitationsRecordedByAnotherNode() {
        settings(s -> s.setInviteDailyLimit(3));
        Customer advocate = advocate();
        // two invitations another node recorded a moment ago, straight in the shared table
        tx().execute(status -> {
            em().persist(new ReferralInvitation(advocate.getId(), "node2-a@friends.example.org", "node2-a@friends.example.org", clock.now()));
            em().persist(new ReferralInvitation(advocate.getId(), "node2-b@friends.example.org", "node2-b@friends.example.org", clock.now()));
            return null;
        });
        String c = address("c");
        String d = address("d");
        ReferralException e = assertThrows(ReferralException.class, () -> invitations.invite(advocate.getId(), c + " " + d));
        assertEquals("evergreen.referral.invite.dailyLimit", e.getMessageKey());
        assertEquals(1L, ((Number) e.getArguments()[1]).longValue(), "the other node's two count: one left today");
        assertEquals(0, TestMailServer.messagesTo(c).size(), "nothing was sent");
        assertEquals(2, invitations.invitationsSent(advocate.getId()), "nothing was recorded");
        assertEquals(1, invitations.invite(advocate.getId(), c).getSent().size());
    }

    @Test
    void twoNodesInvitingAtTheSameMomentCannotBothPassTheDailyLimit() throws Exception {
        settings(s -> s.setInviteDailyLimit(3));
        Customer advocate = advocate();
        // a second node: its own service instance (so its own in-JVM locks) on the same database
        final DefaultInvitationService otherNode = node(null);
        final String[] first = {address("n1a") + ", " + address("n1b"), address("n2a") + ", " + address("n2b")};
        final InvitationService[] nodes = {invitations, otherNode};
        final CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> results = new ArrayList<Future<Object>>();
            for (int i = 0; i < 2; i++) {
                final int n = i;
                results.add(pool.submit(() -> {
                    bindPlainRequest();
                    start.await();
                    try {
                        return nodes[n].invite(advocate.getId(), first[n]);
                    } catch (ReferralException e) {
                        return e;
                    }
                }));
            }
            start.countDown();
            int sent = 0;
            int refused = 0;
            for (Future<Object> f : results) {
                Object r = f.get(60, TimeUnit.SECONDS);
                if (r instanceof InviteResult) {
                    sent += ((InviteResult) r).getSent().size();
                } else {
                    assertEquals("evergreen.referral.invite.dailyLimit", ((ReferralException) r).getMessageKey());
                    refused++;
                }
            }
            assertEquals(2, sent, "one submission of two went out");
            assertEquals(1, refused, "the other found only one invitation left for today");
            assertEquals(2, invitations.invitationsSent(advocate.getId()));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anInvitationThatCouldNotBeSentDoesNotCount() {
        settings(s -> s.setInviteDailyLimit(2));
        Customer advocate = advocate();
        final String bounced = address("bounced");
        DefaultInvitationService failing = node(bounced);
        String fine = address("fine");

        InviteResult r = failing.invite(advocate.getId(), bounced + ", " + fine);

        assertEquals(Arrays.asList(bounced), r.getFailed());
        assertEquals(Arrays.asList(fine), r.getSent());
        assertEquals(1, invitations.invitationsSent(advocate.getId()), "only the e-mail that went out is recorded");
        assertEquals(1, invitations.invite(advocate.getId(), bounced).getSent().size(), "its place in the daily limit is free again");
    }

    /**
     * Another node's invitation service on the same database and beans; with {@code unsendable} its mailer
     * refuses that one address (as with mail switched off), the others go out through the real notifier.
     */
    private DefaultInvitationService node(final String unsendable) {
        ApplicationContext ctx = BroadleafTestContext.get();
        final ReferralNotifier real = ctx.getBean("evgReferralNotifier", ReferralNotifier.class);
        ReferralNotifier notifier = unsendable == null ? real : new ReferralNotifier() {
            @Override
            public void friendOrdered(Referral referral) {
                real.friendOrdered(referral);
            }

            @Override
            public void rewardGranted(Referral referral) {
                real.rewardGranted(referral);
            }

            @Override
            public MailOutcome invite(long advocateId, String email, String link, String optOut) {
                return email.equalsIgnoreCase(unsendable) ? MailOutcome.MAIL_DISABLED
                        : real.invite(advocateId, email, link, optOut);
            }
        };
        DefaultInvitationService node = new DefaultInvitationService(transactionManager,
                ctx.getBean("evgReferralRepository", ReferralRepository.class), settingsService, codes,
                ctx.getBean("evgReferralCustomers", ReferralCustomers.class),
                ctx.getBean("evgCustomerDirectory", CustomerDirectory.class), notifier,
                ctx.getBean("evgReferralLinks", ReferralLinks.class), ctx.getBean("evgReferralHasher", VisitorHasher.class), clock);
        node.em = em();
        return node;
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

    @Test
    void everyAddressGetsTheSameAnswerSoTheFormRevealsNoCustomer() {
        Customer advocate = advocate();
        Customer customer = advocate();
        String stranger = address("stranger");
        InviteResult forCustomer = invitations.invite(advocate.getId(), customer.getEmailAddress(), visitor());
        InviteResult forStranger = invitations.invite(advocate.getId(), stranger, visitor());
        assertEquals(java.util.Collections.singletonList(customer.getEmailAddress().toLowerCase()), forCustomer.getAccepted());
        assertEquals(java.util.Collections.singletonList(stranger), forStranger.getAccepted());
        assertEquals(2, invitations.invitationsSent(advocate.getId()), "both count alike on the advocate's page");
        assertEquals(0, TestMailServer.messagesTo(customer.getEmailAddress()).size(), "a customer still gets no invitation");

        String first = address("first");
        InviteResult mixed = invitations.invite(advocate.getId(), first + ", " + customer.getEmailAddress() + ", " + address("last"), visitor());
        assertEquals(first, mixed.getAccepted().get(0));
        assertEquals(customer.getEmailAddress().toLowerCase(), mixed.getAccepted().get(1), "input order: the order tells nothing");
    }

    @Test
    void theHourlyLimitPerIpAddressHoldsAcrossAdvocates() {
        settings(s -> s.setInviteHourlyPerIp(3));
        Visitor from = visitor();
        Customer a = advocate();
        Customer b = advocate();
        assertEquals(2, invitations.invite(a.getId(), address("ip1") + " " + address("ip2"), from).getAccepted().size());
        String third = address("ip3");
        String fourth = address("ip4");
        ReferralException e = assertThrows(ReferralException.class, () -> invitations.invite(b.getId(), third + " " + fourth, from));
        assertEquals("evergreen.referral.invite.hourlyLimit", e.getMessageKey());
        assertEquals(0, TestMailServer.messagesTo(third).size());
        assertEquals(1, invitations.invite(b.getId(), third, visitor()).getAccepted().size(), "another address is fine");
        clock.advance(61 * 60 * 1000L);
        assertEquals(1, invitations.invite(b.getId(), fourth, from).getAccepted().size(), "an hour later");
    }

    @Test
    void theStoreWideHourlyLimitHolds() {
        long sentThisHour = tx().execute(status -> em().createQuery(
                "select count(i) from ReferralInvitation i where i.sentAt >= :t", Long.class)
                .setParameter("t", new java.util.Date(clock.now().getTime() - 3_600_000L)).getSingleResult());
        settings(s -> s.setInviteHourlyStore((int) sentThisHour + 2));
        Customer a = advocate();
        Customer b = advocate();
        assertEquals(2, invitations.invite(a.getId(), address("st1") + " " + address("st2"), visitor()).getAccepted().size());
        ReferralException e = assertThrows(ReferralException.class, () -> invitations.invite(b.getId(), address("st3"), visitor()));
        assertEquals("evergreen.referral.invite.busy", e.getMessageKey());
    }

    @Test
    void theSubjectCarriesNoTextTheAdvocateTyped() throws Exception {
        Customer advocate = advocate();
        advocate.setFirstName("Cheap pills at spam.example");
        store.customers().saveCustomer(advocate);
        String friend = address("subject");
        invitations.invite(advocate.getId(), friend, visitor());
        MimeMessage m = TestMailServer.awaitMessagesTo(friend, 1, 10_000).get(0);
        assertFalse(m.getSubject().contains("spam.example"), m.getSubject());
        assertTrue(m.getSubject().contains("10% off your first order"), m.getSubject());
    }

    private void assertKey(String key, Customer advocate, String input) {
        ReferralException e = assertThrows(ReferralException.class, () -> invitations.invite(advocate.getId(), input));
        assertEquals(key, e.getMessageKey(), String.valueOf(input));
    }

    private static String address(String name) {
        return TestIds.unique(name).replace(':', '-') + "@friends.example.org";
    }
}
