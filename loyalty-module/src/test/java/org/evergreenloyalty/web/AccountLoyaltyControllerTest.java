package org.evergreenloyalty.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.ledger.EntryType;
import org.evergreenloyalty.points.LoyaltyTier;
import org.evergreenloyalty.points.PointsVoucher;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.evergreenloyalty.test.TestIds;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

/** /account/loyalty on the real store: the page model of a customer with history, pagination, vouchers, tiers. */
@BroadleafIntegrationTest
class AccountLoyaltyControllerTest extends StorefrontTestBase {

    private static final long DAY = 24L * 60 * 60 * 1000;

    private AccountLoyaltyController controller() {
        return new AccountLoyaltyController(loyalty, redemption, shopper, messages);
    }

    private LoyaltyAccountPage page(Customer c, String pageParam) {
        request(c, null, Locale.ENGLISH);
        ExtendedModelMap model = new ExtendedModelMap();
        MockHttpServletRequest r = new MockHttpServletRequest();
        assertEquals(AccountLoyaltyController.VIEW, controller().show(pageParam, r, model));
        LoyaltyAccountPage page = (LoyaltyAccountPage) model.get(AccountLoyaltyController.PAGE);
        assertNotNull(page, "the page model is there");
        return page;
    }

    /** A customer with 45 bonuses of 10, 11, ... 54 points, oldest first. */
    private Customer customerWith45Entries() {
        Customer c = store.customer();
        for (int i = 0; i < 45; i++) {
            accounts.grantBonus(c.getId(), 10 + i, TestIds.unique("history"), "Bonus #" + i, "test", i);
        }
        return c;
    }

    @Test
    void theHistoryIsPaginatedNewestFirstWithTheBalanceAfterEachLine() {
        Customer c = customerWith45Entries();
        long total = 0;
        for (int i = 0; i < 45; i++) {
            total += 10 + i;
        }

        LoyaltyAccountPage first = page(c, null);
        assertEquals(1, first.getPage());
        assertEquals(3, first.getPages(), "45 entries at 20 a page");
        assertEquals(20, first.getHistory().size());
        assertEquals("Bonus #44", first.getHistory().get(0).getReason(), "newest first");
        assertEquals(total, first.getHistory().get(0).getBalanceAfter(), "the newest line ends at the balance");
        assertEquals(total, first.getAvailable());
        assertFalse(first.isHasPrevious());
        assertTrue(first.isHasNext());

        LoyaltyAccountPage second = page(c, "2");
        assertEquals(2, second.getPage());
        assertEquals("Bonus #24", second.getHistory().get(0).getReason());
        assertEquals("Bonus #5", second.getHistory().get(19).getReason());
        List<HistoryLine> lines = second.getHistory();
        for (int i = 0; i + 1 < lines.size(); i++) {
            assertEquals(lines.get(i + 1).getBalanceAfter(), lines.get(i).getBalanceAfter() - lines.get(i).getPoints(),
                    "each line's balance is the next older line's balance plus its points");
        }
        HistoryLine line = lines.get(0);
        assertEquals(EntryType.BONUS, line.getType());
        assertEquals("evergreen.history.type.BONUS", line.getTypeKey());
        assertEquals(34, line.getPoints());
        assertTrue(line.isCredit());
        assertFalse(line.isPendingOnly());
        assertNotNull(line.getDate());

        LoyaltyAccountPage third = page(c, "3");
        assertEquals(5, third.getHistory().size());
        assertEquals("Bonus #0", third.getHistory().get(4).getReason());
        assertEquals(10, third.getHistory().get(4).getBalanceAfter());
        assertFalse(third.isHasNext());
    }

    @Test
    void badPageValuesShowTheNearestPage() {
        Customer c = customerWith45Entries();
        for (String bad : Arrays.asList("0", "-1", "abc", "2.5", "", "1e3", "<script>")) {
            assertEquals(1, page(c, bad).getPage(), bad);
        }
        assertEquals(3, page(c, "4").getPage());
        assertEquals(3, page(c, "99999999999999999999").getPage());
        assertEquals("Bonus #4", page(c, "999").getHistory().get(0).getReason());
    }

    @Test
    void theRequestCannotAskForAnotherCustomersPage() {
        Customer me = customerWith(300);
        Customer other = customerWith(5000);
        request(me, null, Locale.ENGLISH);
        MockHttpServletRequest r = new MockHttpServletRequest();
        r.addParameter("customerId", String.valueOf(other.getId()));
        ExtendedModelMap model = new ExtendedModelMap();
        controller().show("1", r, model);
        assertEquals(300, ((LoyaltyAccountPage) model.get(AccountLoyaltyController.PAGE)).getAvailable());
    }

    @Test
    void pendingAndExpiringPointsAndTheTierAreOnThePage() throws Exception {
        tiers.saveTiers(Arrays.asList(new LoyaltyTier("Silver", 100, new BigDecimal("1.5"), "Free shipping"),
                new LoyaltyTier("Gold", 1000, new BigDecimal("2"), null)));
        Customer c = customerWith(300);
        store.buy(c, product("35.00"), 1);

        LoyaltyAccountPage p = page(c, "1");
        assertEquals(300, p.getAvailable());
        assertEquals(52, p.getPending(), "35.00 at the Silver multiplier 1.5, pending for 30 days");
        assertEquals(30, p.getPendingDays());
        HistoryLine earn = p.getHistory().get(0);
        assertEquals(EntryType.EARN, earn.getType());
        assertTrue(earn.isPendingOnly());
        assertEquals(52, earn.getPoints());
        assertEquals(300, earn.getBalanceAfter(), "pending points do not change the available balance");

        assertTrue(p.isTiersEnabled());
        assertEquals("Silver", p.getTier().getCurrent().getName());
        assertEquals("Gold", p.getTier().getNext().getName());
        assertEquals(352, p.getTier().getQualifyingValue(), "300 bonus + 52 earned (pending counts as earned)");
        assertEquals(648, p.getTier().getRemainingToNext());
        assertEquals(28, p.getTier().getProgressPercent(), "252 of the 900 from Silver to Gold");
        assertEquals("evergreen.tier.basis.POINTS_12_MONTHS", p.getTierBasisKey());
        assertEquals("700", p.tierAmount(700));

        assertEquals(0, p.getExpiringPoints(), "nothing expires within 30 days yet");
        assertNull(p.getFirstExpiry());
        clock.advance(350 * DAY);
        LoyaltyAccountPage later = page(c, "1");
        assertEquals(300, later.getExpiringPoints(), "the bonus expires 365 days after it was granted");
        assertNotNull(later.getFirstExpiry());
    }

    @Test
    void withoutTiersTheTierBoxIsLeftOut() {
        assertFalse(page(customerWith(100), "1").isTiersEnabled());
    }

    @Test
    void buyingAVoucherTakesThePointsAndListsTheVoucher() {
        Customer c = customerWith(1200);
        LoyaltyAccountPage before = page(c, null);
        assertEquals(3, before.getVoucherOptions().size());
        assertEquals(500, before.getVoucherOptions().get(0).getPoints());
        assertEquals(0, new BigDecimal("5.00").compareTo(before.getVoucherOptions().get(0).getValue()));
        assertTrue(before.getVoucherOptions().get(1).isAffordable());
        assertFalse(before.getVoucherOptions().get(2).isAffordable(), "2000 > 1200");
        assertTrue(before.getVouchers().isEmpty());

        request(c, null, Locale.ENGLISH);
        RedirectAttributesModelMap flash = new RedirectAttributesModelMap();
        assertEquals("redirect:/account/loyalty", controller().buyVoucher("500", new MockHttpServletRequest(), flash));
        List<PointsVoucher> vouchers = redemption.vouchers(c.getId());
        assertEquals(1, vouchers.size());
        assertEquals("Your voucher " + vouchers.get(0).getCode() + " worth $5.00 is ready (500 points). Enter the code at checkout.",
                flash.getFlashAttributes().get(AccountLoyaltyController.MESSAGE));

        LoyaltyAccountPage after = page(c, null);
        assertEquals(700, after.getAvailable());
        assertEquals(1, after.getVouchers().size());
        assertEquals(EntryType.REDEEM, after.getHistory().get(0).getType());
        assertEquals(-500, after.getHistory().get(0).getPoints());
        assertFalse(after.getVoucherOptions().get(1).isAffordable(), "1000 > 700 now");
    }

    @Test
    void aBadVoucherRequestSaysWhyAndChangesNothing() {
        Customer c = customerWith(700);
        String[][] cases = {
            {"700", "Vouchers come in these sizes only: 500,1000,2000 points."},
            {"1000", "You have only 700 points available."},
            {"abc", "Choose one of the voucher sizes."},
            {"-500", "Choose one of the voucher sizes."},
            {"", "Choose one of the voucher sizes."},
        };
        for (String[] bad : cases) {
            request(c, null, Locale.ENGLISH);
            RedirectAttributesModelMap flash = new RedirectAttributesModelMap();
            controller().buyVoucher(bad[0], new MockHttpServletRequest(), flash);
            assertEquals(bad[1], flash.getFlashAttributes().get(AccountLoyaltyController.ERROR), bad[0]);
            assertNull(flash.getFlashAttributes().get(AccountLoyaltyController.MESSAGE));
        }
        assertEquals(700, ledger.balance(c.getId()).getAvailable(), "nothing was spent");
        assertTrue(redemption.vouchers(c.getId()).isEmpty());
    }

    @Test
    void aNegativeBalanceIsShownAsSuch() {
        Customer c = store.customer();
        String bonusKey = TestIds.unique("returned-bonus");
        accounts.grantBonus(c.getId(), 500, bonusKey, "Referral bonus", "test", null);
        redemption.buyVoucher(c.getId(), 500);
        accounts.reverseBonus(c.getId(), bonusKey, "Referred order returned");

        LoyaltyAccountPage p = page(c, null);
        assertEquals(-500, p.getAvailable());
        assertTrue(p.isNegative());
        assertEquals(EntryType.REVERSE, p.getHistory().get(0).getType());
        assertEquals(-500, p.getHistory().get(0).getBalanceAfter());
        assertFalse(p.getVoucherOptions().get(0).isAffordable());
        assertEquals(0, p.getSpendable());
    }
}
