package org.evergreenloyalty.birthday;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.annotation.Resource;
import javax.mail.internet.MimeMessage;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.broadleafcommerce.core.offer.service.OfferService;
import org.broadleafcommerce.core.offer.service.type.OfferDiscountType;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.birthday.jobs.BirthdayRewardJob;
import org.evergreenloyalty.ledger.LedgerEntry;
import org.evergreenloyalty.ledger.LedgerService;
import org.evergreenloyalty.notification.EmailPreferenceService;
import org.evergreenloyalty.scheduling.JobRunner;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.evergreenloyalty.test.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issuing: the personal Broadleaf code, bonus points, the guard, and exactly once per customer and year
 * when the job runs twice, runs in two threads at once (as on two nodes), or crashes half way.
 */
@BroadleafIntegrationTest
class BirthdayIssuingTest extends BirthdayTestBase {

    @Resource(name = "evgBirthdayRewardJob")
    BirthdayRewardJob job;
    @Resource(name = "evgJobRunner")
    JobRunner jobRunner;
    @Resource(name = "blOfferService")
    OfferService offerService;
    @Resource(name = "evgLedgerService")
    LedgerService ledger;
    @Resource(name = "evgEmailPreferences")
    EmailPreferenceService preferences;
    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    @Test
    void theJobIssuesAPersonalSingleUseCodeOnTheBirthdayAndMailsIt() throws Exception {
        Customer c = customerWithBirthday(0, 60);

        jobRunner.runNow(BirthdayRewardJob.NAME);

        List<RewardView> mine = rewardsOf(c);
        assertEquals(1, mine.size());
        RewardView r = mine.get(0);
        LocalDate today = today();
        assertEquals(today.getYear(), r.getYear());
        assertEquals(today, r.getBirthdayOn());
        assertEquals(today, r.getIssuedOn());
        assertEquals(today.plusDays(29), r.getLastValidDay(), "valid 30 days, the day of issue included");
        assertEquals(RewardStatus.ISSUED, r.getStatus());
        assertTrue(r.getCode().startsWith("BDAY-"), r.getCode());

        OfferCode code = offerService.lookupOfferCodeByCode(r.getCode());
        assertNotNull(code, "a native Broadleaf code");
        assertEquals(1, code.getMaxUses());
        assertEquals("customer.id == " + c.getId(), code.getOffer().getOfferMatchRules().get("CUSTOMER").getMatchRule());
        assertEquals(OfferDiscountType.PERCENT_OFF, code.getOffer().getDiscountType());
        assertEquals(0, new BigDecimal("10").compareTo(code.getOffer().getValue()));
        assertEquals(BirthdayCalendar.endOfDay(r.getLastValidDay(), ZoneId.of("UTC")).getTime(), code.getEndDate().getTime());

        List<MimeMessage> mails = TestMailServer.awaitMessagesTo(c.getEmailAddress(), 1, WAIT_MS);
        assertEquals(1, mails.size());
        assertEquals("Happy birthday, Test! A gift from us", mails.get(0).getSubject());
        String body = body(mails.get(0));
        assertTrue(body.contains(r.getCode()), "the code is in the e-mail");
        assertTrue(body.contains(RewardTexts.longDate(r.getLastValidDay(), java.util.Locale.US)), "its last valid day: " + body);
        assertTrue(body.contains("data-date=\"" + r.getLastValidDay() + "\""), body);
        assertTrue(body.contains("10% off your next order"), body);
        assertEquals(MailStatus.SENT, rewardsOf(c).get(0).getMailStatus());
        assertEquals(r.getCode(), rewards.currentReward(c.getId()).getCode(), "the account shows it");
    }

    @Test
    void aBirthdayEnteredLessThan30DaysAheadEarnsNothingThatYear() {
        Customer late = customerWithBirthday(0, 29);
        Customer inTime = customerWithBirthday(0, 30);

        assertEquals(IssueOutcome.Kind.TOO_RECENT, issue(late.getId()).getKind());
        assertEquals(IssueOutcome.Kind.ISSUED, issue(inTime.getId()).getKind());
        assertTrue(rewardsOf(late).isEmpty());
        BirthdayProfile p = birthdays.profile(late.getId());
        assertEquals(today(), p.getNextOccurrence());
        assertFalse(p.isNextOccurrenceEarns());
        assertEquals(today().plusYears(1).getYear(), p.getFirstEarningOccurrence().getYear(), "from next year on");
    }

    @Test
    void rewardIsIssuedTheConfiguredDaysBeforeWithOptionalBonusPointsAndAmountOff() {
        settings(s -> {
            s.setDaysBefore(7);
            s.setDiscountKind(DiscountKind.AMOUNT);
            s.setDiscountValue(new BigDecimal("5.00"));
            s.setMinimumSubtotal(new BigDecimal("25.00"));
            s.setValidDays(10);
            s.setBonusPoints(150);
        });
        Customer early = customerWithBirthday(7, 60);
        Customer notYet = customerWithBirthday(8, 60);

        assertEquals(IssueOutcome.Kind.ISSUED, issue(early.getId()).getKind());
        assertEquals(IssueOutcome.Kind.NOT_DUE, issue(notYet.getId()).getKind());

        RewardView r = rewardsOf(early).get(0);
        assertEquals(today().plusDays(7), r.getBirthdayOn());
        assertEquals(today().plusDays(7).getYear(), r.getYear());
        assertEquals(today().plusDays(9), r.getLastValidDay());
        assertEquals(150, r.getBonusPoints());
        assertEquals(150, ledger.balance(early.getId()).getAvailable(), "bonus points through the ledger");
        LedgerEntry bonus = ledger.findByEventKey(DefaultBirthdayRewardIssuer.bonusEventKey(early.getId(), r.getYear()));
        assertNotNull(bonus);
        assertEquals("birthday", bonus.getSourceType());
        OfferCode code = offerService.lookupOfferCodeByCode(r.getCode());
        assertEquals(OfferDiscountType.AMOUNT_OFF, code.getOffer().getDiscountType());
        assertEquals("order.subTotal.getAmount() >= 25.00", code.getOffer().getOfferMatchRules().get("ORDER").getMatchRule());

        assertEquals(IssueOutcome.Kind.ALREADY_ISSUED, issue(early.getId()).getKind());
        assertEquals(150, ledger.balance(early.getId()).getAvailable(), "points once");
    }

    @Test
    void pointsOnlyRewardHasNoCode() {
        settings(s -> {
            s.setCodeEnabled(false);
            s.setBonusPoints(75);
        });
        Customer c = customerWithBirthday(0, 60);
        assertEquals(IssueOutcome.Kind.ISSUED, issue(c.getId()).getKind());
        RewardView r = rewardsOf(c).get(0);
        assertNull(r.getCode());
        assertEquals(75, ledger.balance(c.getId()).getAvailable());
        List<MimeMessage> mails = TestMailServer.awaitMessagesTo(c.getEmailAddress(), 1, WAIT_MS);
        assertEquals(1, mails.size());
    }

    @Test
    void unsubscribedShopperGetsNoMailButTheCodeShowsInTheAccount() {
        Customer c = customerWithBirthday(0, 60);
        preferences.unsubscribe(c.getId(), DefaultBirthdayRewardMailer.CATEGORY);

        assertEquals(IssueOutcome.Kind.ISSUED, issue(c.getId()).getKind());

        RewardView r = rewards.currentReward(c.getId());
        assertNotNull(r.getCode());
        assertEquals(MailStatus.UNSUBSCRIBED, r.getMailStatus());
        assertTrue(mailsTo(c).isEmpty());
        mailer.sendPending(1000);
        assertTrue(mailsTo(c).isEmpty(), "not retried either");
        assertEquals(MailStatus.UNSUBSCRIBED, rewards.currentReward(c.getId()).getMailStatus());
    }

    @Test
    void switchedOffIssuesNothing() {
        settings(s -> s.setEnabled(false));
        Customer c = customerWithBirthday(0, 60);
        job.run();
        assertEquals(IssueOutcome.Kind.DISABLED, issue(c.getId()).getKind());
        assertTrue(rewardsOf(c).isEmpty());
    }

    @Test
    void runningTheJobTwiceIssuesOnce() {
        Customer a = customerWithBirthday(0, 60);
        Customer b = customerWithBirthday(0, 90);

        job.run();
        job.run();

        for (Customer c : new Customer[] {a, b}) {
            assertEquals(1, rewardsOf(c).size());
            assertEquals(1, TestMailServer.awaitMessagesTo(c.getEmailAddress(), 1, WAIT_MS).size());
            assertEquals(1, offersNamedFor(c), "one Broadleaf offer");
        }
        job.run();
        assertEquals(1, mailsTo(a).size(), "no second e-mail");
    }

    @Test
    void twoNodesRunningAtOnceIssueOnce() throws Exception {
        List<Customer> customers = new ArrayList<Customer>();
        for (int i = 0; i < 6; i++) {
            customers.add(customerWithBirthday(0, 60));
        }
        final BirthdayRewardJob nodeA = newJob(issuer, 2);
        final BirthdayRewardJob nodeB = newJob(issuer, 3);
        final CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Void>> runs = new ArrayList<Future<Void>>();
            for (final BirthdayRewardJob node : new BirthdayRewardJob[] {nodeA, nodeB}) {
                runs.add(pool.submit(new Callable<Void>() {
                    @Override
                    public Void call() throws Exception {
                        start.await();
                        node.run();
                        return null;
                    }
                }));
            }
            start.countDown();
            for (Future<Void> f : runs) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        for (Customer c : customers) {
            assertEquals(1, rewardsOf(c).size(), "one reward for customer " + c.getId());
            assertEquals(1, offersNamedFor(c), "one Broadleaf offer for customer " + c.getId());
            assertEquals(1, TestMailServer.awaitMessagesTo(c.getEmailAddress(), 1, WAIT_MS).size(), "one e-mail");
        }
        assertEquals(6, countRewards(customers));
    }

    @Test
    void theDatabaseKeyNotTheLookupDecidesWhenAnotherNodeIsMidway() throws Exception {
        final Customer c = customerWithBirthday(0, 60);
        final LocalDate today = today();
        final CountDownLatch inserted = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // node A: has inserted the reward row, not yet committed
            Future<Object> nodeA = pool.submit(new Callable<Object>() {
                @Override
                public Object call() {
                    return new TransactionTemplate(txm).execute(s -> {
                        em.persist(new BirthdayReward(c.getId(), today, today, clock.now()));
                        em.flush();
                        inserted.countDown();
                        try {
                            release.await(60, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return null;
                    });
                }
            });
            assertTrue(inserted.await(60, TimeUnit.SECONDS));
            // node B: its lookup cannot see A's row; its insert waits for A and then hits the key
            Future<IssueOutcome> nodeB = pool.submit(new Callable<IssueOutcome>() {
                @Override
                public IssueOutcome call() {
                    return issuer.issueIfDue(birthdays.find(c.getId()), today);
                }
            });
            Thread.sleep(500);
            release.countDown();
            nodeA.get(60, TimeUnit.SECONDS);
            assertEquals(IssueOutcome.Kind.ALREADY_ISSUED, nodeB.get(60, TimeUnit.SECONDS).getKind());
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
        assertEquals(1, rewardsOf(c).size());
        assertNull(rewardsOf(c).get(0).getCode(), "node A's row, untouched");
        assertEquals(0, offersNamedFor(c), "node B created no Broadleaf offer: its whole transaction rolled back");
        assertTrue(mailsTo(c).isEmpty(), "and sent nothing");
    }

    @Test
    void aCrashHalfWayIsCompletedByTheNextRunWithoutIssuingTwice() {
        List<Customer> customers = new ArrayList<Customer>();
        for (int i = 0; i < 5; i++) {
            customers.add(customerWithBirthday(0, 60));
        }
        CrashingIssuer crashing = new CrashingIssuer(issuer, 2);
        BirthdayRewardJob crashes = newJob(crashing, 2);

        NodeDied crash = assertThrows(NodeDied.class, crashes::run);
        assertEquals("node died", crash.getMessage());
        assertEquals(2, crashing.issued.get(), "two rewards issued before the crash");
        long before = countRewards(customers);
        assertTrue(before < 5, "the crash left work undone: " + before);

        job.run();

        for (Customer c : customers) {
            assertEquals(1, rewardsOf(c).size(), "customer " + c.getId());
            assertEquals(1, TestMailServer.awaitMessagesTo(c.getEmailAddress(), 1, WAIT_MS).size());
        }
        assertEquals(5, countRewards(customers));
    }

    @Test
    void oneFailingCustomerDoesNotStopTheOthersAndTheRunReportsIt() {
        final Customer broken = customerWithBirthday(0, 60);
        Customer fine = customerWithBirthday(0, 60);
        BirthdayRewardIssuer failingForOne = new BirthdayRewardIssuer() {
            @Override
            public IssueOutcome issueIfDue(CustomerBirthday birthday, LocalDate today) {
                if (birthday.getCustomerId().equals(broken.getId())) {
                    throw new IllegalStateException("store offline for this one");
                }
                return issuer.issueIfDue(birthday, today);
            }
        };

        IllegalStateException e = assertThrows(IllegalStateException.class, newJob(failingForOne, 2)::run);
        assertTrue(e.getMessage().startsWith("1 birthday reward(s) failed"), e.getMessage());
        assertEquals(1, rewardsOf(fine).size(), "the others were issued");
        assertTrue(rewardsOf(broken).isEmpty());

        job.run();
        assertEquals(1, rewardsOf(broken).size(), "the next run retries it");
    }

    @Test
    void anEmailLeftUnsentByACrashIsSentByTheNextRun() {
        Customer c = customerWithBirthday(0, 60);
        settings(s -> s.setMailEnabled(false));
        issue(c.getId());
        settings(s -> s.setMailEnabled(true));
        assertEquals(MailStatus.DISABLED, rewardsOf(c).get(0).getMailStatus());
        assertTrue(mailsTo(c).isEmpty());
        // a run that died between issuing and mailing leaves the e-mail PENDING
        new TransactionTemplate(txm).execute(s -> em.createQuery("update BirthdayReward r set r.mailStatus = :p where r.customerId = :c")
                .setParameter("p", MailStatus.PENDING).setParameter("c", c.getId()).executeUpdate());

        job.run();

        assertEquals(1, TestMailServer.awaitMessagesTo(c.getEmailAddress(), 1, WAIT_MS).size());
        assertEquals(MailStatus.SENT, rewardsOf(c).get(0).getMailStatus());
        job.run();
        assertEquals(1, mailsTo(c).size());
    }

    @Test
    void anUnsentEmailIsNotSentOnceItsCodeHasExpired() {
        Customer c = customerWithBirthday(0, 60);
        settings(s -> s.setMailEnabled(false));
        issue(c.getId());
        settings(s -> s.setMailEnabled(true));
        new TransactionTemplate(txm).execute(s -> em.createQuery("update BirthdayReward r set r.mailStatus = :p where r.customerId = :c")
                .setParameter("p", MailStatus.PENDING).setParameter("c", c.getId()).executeUpdate());
        clock.advance(31 * DAY);

        mailer.sendPending(1000);

        assertTrue(mailsTo(c).isEmpty(), "no e-mail for a code that can no longer be used");
        assertEquals(MailStatus.PENDING, rewardsOf(c).get(0).getMailStatus());
    }

    @Test
    void theJobPagesThroughTheBirthdayTableAndSkipsOtherDays() {
        List<Customer> today = new ArrayList<Customer>();
        for (int i = 0; i < 5; i++) {
            today.add(customerWithBirthday(0, 60));
        }
        Customer tomorrow = customerWithBirthday(1, 60);
        Customer lastWeek = customerWithBirthday(-7, 60);
        CrashingIssuer counting = new CrashingIssuer(issuer, Integer.MAX_VALUE);

        newJob(counting, 2).run();

        for (Customer c : today) {
            assertEquals(1, rewardsOf(c).size());
        }
        assertTrue(rewardsOf(tomorrow).isEmpty());
        assertTrue(rewardsOf(lastWeek).isEmpty());
        assertFalse(counting.seen.contains(lastWeek.getId()), "outside the month-day window, never read");
        assertTrue(counting.seen.containsAll(ids(today)));
    }

    private BirthdayRewardJob newJob(BirthdayRewardIssuer with, int pageSize) {
        return new BirthdayRewardJob(birthdays, with, mailer, rewards, settingsService, clock, pageSize);
    }

    private static List<Long> ids(List<Customer> customers) {
        List<Long> ids = new ArrayList<Long>();
        for (Customer c : customers) {
            ids.add(c.getId());
        }
        return ids;
    }

    private long countRewards(List<Customer> customers) {
        return em.createQuery("select count(r) from BirthdayReward r where r.customerId in (:ids)", Long.class)
                .setParameter("ids", ids(customers)).getSingleResult();
    }

    private long offersNamedFor(Customer c) {
        return em.createQuery("select count(o) from org.broadleafcommerce.core.offer.domain.OfferImpl o join o.offerMatchRules r "
                + "where r.matchRule = :rule and o.name like 'Birthday%'", Long.class)
                .setParameter("rule", "customer.id == " + c.getId()).getSingleResult();
    }

    /** The thread stops dead, as when the node's JVM goes down: nothing after it runs. */
    static final class NodeDied extends Error {
        private static final long serialVersionUID = 1L;

        NodeDied() {
            super("node died");
        }
    }

    /** Passes to the real issuer and dies (like a node going down) after {@code limit} issued rewards. */
    static final class CrashingIssuer implements BirthdayRewardIssuer {
        final BirthdayRewardIssuer delegate;
        final int limit;
        final AtomicInteger issued = new AtomicInteger();
        final java.util.Set<Long> seen = java.util.Collections.synchronizedSet(new java.util.HashSet<Long>());

        CrashingIssuer(BirthdayRewardIssuer delegate, int limit) {
            this.delegate = delegate;
            this.limit = limit;
        }

        @Override
        public IssueOutcome issueIfDue(CustomerBirthday birthday, LocalDate today) {
            seen.add(birthday.getCustomerId());
            if (issued.get() >= limit) {
                throw new NodeDied();
            }
            IssueOutcome o = delegate.issueIfDue(birthday, today);
            if (o.getKind() == IssueOutcome.Kind.ISSUED) {
                issued.incrementAndGet();
            }
            return o;
        }
    }
}
