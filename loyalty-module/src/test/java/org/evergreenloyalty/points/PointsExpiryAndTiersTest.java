package org.evergreenloyalty.points;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import javax.annotation.Resource;
import javax.mail.internet.MimeMessage;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.ledger.EntryType;
import org.evergreenloyalty.ledger.LedgerEntry;
import org.evergreenloyalty.ledger.Posting;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.evergreenloyalty.test.TestIds;
import org.evergreenloyalty.test.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Expiry oldest batch first in both modes, reminders once per batch, VIP tiers up at once and down nightly. */
@BroadleafIntegrationTest
class PointsExpiryAndTiersTest extends PointsTestBase {

    @Resource(name = "evgPointsExpiryService")
    PointsExpiryService expiry;
    @Resource(name = "evgPointsReversalService")
    PointsReversalService reversal;
    @Resource(name = "blTransactionManager")
    PlatformTransactionManager txm;
    @PersistenceContext(unitName = "blPU")
    EntityManager em;
    @Resource(name = "evgTierReviewJob")
    org.evergreenloyalty.points.jobs.TierReviewJob tierReview;

    @Test
    void fixedAgeExpiresTheOldestBatchFirst() {
        settings(s -> { s.setExpiryMode(ExpiryMode.FIXED_AGE); s.setExpiryDays(30); s.setReminderDaysBefore(5); });
        Customer c = customerWith(100);
        clock.advance(20 * DAY);
        accounts.grantBonus(c.getId(), 200, TestIds.unique("b"), "second batch", "test", null);
        ledger.post(Posting.builder(c.getId(), EntryType.REDEEM, TestIds.unique("r")).available(-50).build());
        clock.advance(15 * DAY);

        expiry.expireDue();

        assertEquals(200, ledger.balance(c.getId()).getAvailable(), "the 50 left of the first batch expired, the second is intact");
        LedgerEntry last = ledger.history(c.getId(), 0, 1).get(0);
        assertEquals(EntryType.EXPIRE, last.getType());
        assertEquals(-50, last.getAvailableDelta());
        expiry.expireDue();
        assertEquals(200, ledger.balance(c.getId()).getAvailable(), "running the job again expires nothing more");
        clock.advance(20 * DAY);
        expiry.expireDue();
        assertEquals(0, ledger.balance(c.getId()).getAvailable());
    }

    @Test
    void inactivityModeExpiresEverythingAfterTheLastActivity() {
        settings(s -> { s.setExpiryMode(ExpiryMode.INACTIVITY); s.setExpiryDays(30); s.setReminderDaysBefore(5); });
        Customer c = customerWith(300);
        clock.advance(20 * DAY);
        accounts.grantBonus(c.getId(), 100, TestIds.unique("b"), "activity", "test", null);
        clock.advance(20 * DAY);
        expiry.expireDue();
        assertEquals(400, ledger.balance(c.getId()).getAvailable(), "the new activity pushed every batch's expiry");
        clock.advance(11 * DAY);
        expiry.expireDue();
        assertEquals(0, ledger.balance(c.getId()).getAvailable(), "31 days without activity: all points expired");
    }

    @Test
    void theExpiringSoonReminderGoesOutOncePerBatch() throws Exception {
        settings(s -> { s.setExpiryMode(ExpiryMode.FIXED_AGE); s.setExpiryDays(30); s.setReminderDaysBefore(10); });
        Customer c = customerWith(250);
        clock.advance(21 * DAY);
        assertEquals(250, accounts.summary(c.getId()).getExpiring().getPoints());
        assertTrue(expiry.remindExpiringSoon() >= 1);
        expiry.remindExpiringSoon();
        List<MimeMessage> mails = TestMailServer.awaitMessagesTo(c.getEmailAddress(), 1, 10_000);
        Thread.sleep(500);
        assertEquals(1, TestMailServer.messagesTo(c.getEmailAddress()).size(), "one reminder per batch");
        assertTrue(mails.get(0).getSubject().contains("250"), mails.get(0).getSubject());
    }

    @Test
    void tiersPromoteAtOnceMultiplyEarningsAndDowngradeNightly() throws Exception {
        tiers.saveTiers(Arrays.asList(new LoyaltyTier("Silver", 100, new BigDecimal("1.5"), "Free shipping"),
                new LoyaltyTier("Gold", 500, new BigDecimal("2"), "Early access")));
        settings(s -> s.setPendingDays(0));
        Customer c = store.customer();
        Order first = store.buy(c, product("120.00"), 1);
        assertEquals("Silver", tiers.status(c.getId()).getCurrent().getName(), "promoted on earning");
        assertEquals(380, tiers.status(c.getId()).getRemainingToNext());

        store.buy(c, product("100.00"), 1);
        assertEquals(120 + 150, ledger.balance(c.getId()).getAvailable(), "Silver earns 1.5x");

        List<MimeMessage> mails = TestMailServer.awaitMessagesTo(c.getEmailAddress(), 1, 10_000);
        assertTrue(mails.get(0).getSubject().contains("Silver"));

        reversal.orderCancelled(first.getId());
        reversal.orderCancelled(store.orders().findOrderById(first.getId()).getId());
        assertEquals("Silver", tiers.status(c.getId()).getCurrent().getName(), "no downgrade before the nightly review");
        tierReview.run();
        assertEquals("Silver", tiers.status(c.getId()).getCurrent().getName(), "150 points in 12 months still qualify");

        Customer d = store.customer();
        Order big = store.buy(d, product("120.00"), 1);
        reversal.orderCancelled(big.getId());
        assertEquals("Silver", tiers.status(d.getId()).getCurrent().getName());
        tierReview.run();
        assertNull(tiers.status(d.getId()).getCurrent(), "down to no tier after the reversal, at the nightly review");
        assertEquals(Arrays.asList("up", "down"), moves(d.getId()), "each move is recorded for the dashboard");
    }

    /** The customer's recorded tier moves, oldest first. */
    private List<String> moves(long customerId) {
        return new TransactionTemplate(txm).execute(s -> org.evergreenloyalty.support.Rows.list(em,
                "select UPGRADE from EVG_TIER_MOVE where CUSTOMER_ID = ? order by MOVED_AT, MOVE_ID", p -> p.id(customerId),
                rs -> rs.getBoolean(1) ? "up" : "down"));
    }

    @Test
    void invalidSettingsAndTiersAreRefusedWithClearMessagesAndChangeNothing() {
        PointsSettings before = settingsService.current();
        PointsSettings bad = before.copy();
        bad.setPendingDays(-1);
        bad.setRedeemMaxSharePercent(150);
        bad.setRedeemStep(0);
        bad.setVoucherSteps("500,abc");
        bad.setExcludedProductIds("12;13");
        SettingsValidationException e = assertThrows(SettingsValidationException.class, () -> settingsService.save(bad));
        assertEquals(5, e.getFieldErrors().size(), e.getFieldErrors().toString());
        assertTrue(e.getFieldErrors().get("pendingDays").contains("between 0 and 365"));
        assertEquals(before.getPendingDays(), settingsService.current().getPendingDays());

        SettingsValidationException t = assertThrows(SettingsValidationException.class, () -> tiers.saveTiers(Arrays.asList(
                new LoyaltyTier("Gold", 100, new BigDecimal("2"), null), new LoyaltyTier("gold", 100, new BigDecimal("0.5"), null))));
        assertEquals(3, t.getFieldErrors().size(), t.getFieldErrors().toString());
        assertTrue(tiers.tiers().isEmpty());
    }

    @Test
    void adjustmentsNeedAReasonAndRecordTheAdmin() {
        Customer c = customerWith(0);
        IllegalArgumentException noReason = assertThrows(IllegalArgumentException.class,
                () -> accounts.adjust(c.getId(), 50, " ", "admin"));
        assertTrue(noReason.getMessage().contains("reason"));
        assertThrows(IllegalArgumentException.class, () -> accounts.adjust(c.getId(), 0, "zero", "admin"));
        assertThrows(org.evergreenloyalty.ledger.InsufficientPointsException.class,
                () -> accounts.adjust(c.getId(), -10, "too much", "admin"));
        assertEquals(0, ledger.historySize(c.getId()));

        LedgerEntry e = accounts.adjust(c.getId(), 75, "Goodwill for a late parcel", "admin");
        assertEquals("admin", e.getActor());
        assertEquals(EntryType.ADJUST, e.getType());
        assertEquals(75, ledger.balance(c.getId()).getAvailable());
    }

    @Test
    void anAdjustmentWithARequestKeyIsRecordedOncePerKey() {
        Customer c = customerWith(0);
        org.evergreenloyalty.ledger.PostingResult first = accounts.adjustOnce(c.getId(), 30, "Goodwill", "admin", "form-1");
        org.evergreenloyalty.ledger.PostingResult repeat = accounts.adjustOnce(c.getId(), 30, "Goodwill", "admin", "form-1");
        assertTrue(first.isRecorded());
        assertFalse(repeat.isRecorded(), "the same form sent twice");
        assertEquals(first.getEntry().getId(), repeat.getEntry().getId());
        assertEquals(30, ledger.balance(c.getId()).getAvailable());

        accounts.adjustOnce(c.getId(), 30, "Goodwill", "admin", "form-2");
        assertEquals(60, ledger.balance(c.getId()).getAvailable(), "another form is another adjustment");

        for (String bad : new String[] {null, "", "has space", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"}) {
            assertThrows(IllegalArgumentException.class, () -> accounts.adjustOnce(c.getId(), 5, "Why", "admin", bad), String.valueOf(bad));
        }
        assertEquals(2, ledger.historySize(c.getId()), "nothing recorded for the malformed keys");
    }
}
