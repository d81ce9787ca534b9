package org.evergreenloyalty.birthday;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.broadleafcommerce.core.offer.service.OfferService;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.evergreenloyalty.test.TestIds;
import org.evergreenloyalty.test.TestMailServer;
import org.junit.jupiter.api.Test;

/** The admin's engine methods: upcoming birthdays, rewards with status, the share used, resend e-mail. */
@BroadleafIntegrationTest
class BirthdayAdminTest extends BirthdayTestBase {

    @javax.annotation.Resource(name = "blOfferService")
    OfferService offerService;

    @Test
    void upcomingBirthdaysSoonestFirstWithWhetherTheyEarn() {
        Customer today = customerWithBirthday(0, 60);
        Customer tomorrow = customerWithBirthday(1, 60);
        Customer recent = customerWithBirthday(3, 5);
        Customer later = customerWithBirthday(10, 60);
        issue(today.getId());

        List<UpcomingBirthday> all = admin.upcoming(7, BirthdayAdminService.MAX_PAGE_SIZE);
        List<Long> mine = new ArrayList<Long>();
        for (UpcomingBirthday u : all) {
            if (u.getCustomerId() == today.getId() || u.getCustomerId() == tomorrow.getId() || u.getCustomerId() == recent.getId()
                    || u.getCustomerId() == later.getId()) {
                mine.add(u.getCustomerId());
            }
        }
        assertEquals(java.util.Arrays.asList(today.getId(), tomorrow.getId(), recent.getId()), mine, "in order, 10 days is too far");
        for (int i = 1; i < all.size(); i++) {
            assertFalse(all.get(i).getOccursOn().isBefore(all.get(i - 1).getOccursOn()), "sorted by day");
        }
        UpcomingBirthday t = find(all, today.getId());
        assertEquals(today(), t.getOccursOn());
        assertEquals(RewardStatus.ISSUED, t.getRewardStatus());
        assertEquals(today.getEmailAddress(), t.getEmail());
        assertEquals("Test Shopper", t.getName());
        assertTrue(find(all, tomorrow.getId()).isEarns());
        assertNull(find(all, tomorrow.getId()).getRewardStatus());
        assertFalse(find(all, recent.getId()).isEarns(), "entered 5 days ago");

        assertThrows(BirthdayException.class, () -> admin.upcoming(0, 10));
        assertThrows(BirthdayException.class, () -> admin.upcoming(367, 10));
    }

    @Test
    void issuedRewardsWithStatusAndTheShareUsed() throws Exception {
        int year = today().getYear();
        RewardStats before = admin.stats(year);
        Customer user = customerWithBirthday(0, 60);
        Customer keeper = customerWithBirthday(0, 60);
        issue(user.getId());
        issue(keeper.getId());
        String code = rewards.currentReward(user.getId()).getCode();
        Order cart = store.add(store.cart(user), store.product("Admin product " + TestIds.unique("p"), "30.00", null), 1);
        OfferCode oc = offerService.lookupOfferCodeByCode(code);
        store.checkout(store.orders().addOfferCode(cart, oc, true));

        RewardStats after = admin.stats(year);
        assertEquals(before.getIssued() + 2, after.getIssued());
        assertEquals(before.getWithCode() + 2, after.getWithCode());
        assertEquals(before.getUsed() + 1, after.getUsed());
        assertEquals(before.getOpen() + 1, after.getOpen());
        assertTrue(after.getUsedSharePercent().signum() > 0);

        RewardPage used = admin.rewards(year, RewardStatus.USED, 1, BirthdayAdminService.MAX_PAGE_SIZE);
        assertTrue(contains(used, user), "the used reward is listed as used");
        assertFalse(contains(used, keeper));
        RewardPage open = admin.rewards(year, RewardStatus.ISSUED, 1, BirthdayAdminService.MAX_PAGE_SIZE);
        assertTrue(contains(open, keeper));
        assertFalse(contains(open, user));
        RewardPage any = admin.rewards(null, null, 1, 1);
        assertEquals(1, any.getRewards().size());
        assertTrue(any.getTotal() >= 2);
        assertEquals(any.getTotal(), any.getPages());
        assertTrue(admin.rewards(year, RewardStatus.EXPIRED, 1, 50).getRewards().stream()
                .allMatch(r -> r.getStatus() == RewardStatus.EXPIRED));
        for (RewardView r : used.getRewards()) {
            assertEquals(RewardStatus.USED, r.getStatus());
        }
        assertThrows(BirthdayException.class, () -> admin.rewards(year, null, 0, 10));
    }

    @Test
    void resendEmailSendsItAgain() throws Exception {
        Customer c = customerWithBirthday(0, 60);
        issue(c.getId());
        assertEquals(1, TestMailServer.awaitMessagesTo(c.getEmailAddress(), 1, WAIT_MS).size());
        RewardView r = rewards.currentReward(c.getId());
        RewardView byId = admin.reward(r.getId());
        assertEquals(r.getCode(), byId.getCode());
        assertEquals(c.getEmailAddress(), byId.getCustomerEmail());
        assertEquals(RewardStatus.ISSUED, byId.getStatus());
        assertNull(admin.reward(-5L));

        assertEquals(MailStatus.SENT, admin.resendEmail(r.getId()));

        List<javax.mail.internet.MimeMessage> mails = TestMailServer.awaitMessagesTo(c.getEmailAddress(), 2, WAIT_MS);
        assertEquals(2, mails.size());
        assertTrue(body(mails.get(1)).contains(r.getCode()));
        BirthdayException none = assertThrows(BirthdayException.class, () -> admin.resendEmail(-5L));
        assertEquals("evergreen.birthday.error.noSuchReward", none.getMessageKey());
    }

    private static UpcomingBirthday find(List<UpcomingBirthday> all, long customerId) {
        for (UpcomingBirthday u : all) {
            if (u.getCustomerId() == customerId) {
                return u;
            }
        }
        throw new AssertionError("customer " + customerId + " not upcoming");
    }

    private static boolean contains(RewardPage page, Customer c) {
        for (RewardView r : page.getRewards()) {
            if (r.getCustomerId() == c.getId()) {
                assertEquals(c.getEmailAddress(), r.getCustomerEmail());
                return true;
            }
        }
        return false;
    }
}
