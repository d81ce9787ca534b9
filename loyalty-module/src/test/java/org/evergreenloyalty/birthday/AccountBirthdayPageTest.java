package org.evergreenloyalty.birthday;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;

import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.broadleafcommerce.core.offer.service.OfferService;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.evergreenloyalty.broadleaf.birthday.BirthdayRegistrationObserver;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.evergreenloyalty.test.BroadleafTestContext;
import org.evergreenloyalty.test.HeldBackWorker;
import org.evergreenloyalty.test.TestIds;
import org.evergreenloyalty.web.birthday.AccountBirthdayController;
import org.evergreenloyalty.web.birthday.BirthdayAccountPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

/**
 * The storefront page /account/birthday through its controller, with the shopper signed in the way
 * Broadleaf's filters sign them in ({@code CustomerState}): form, guards, messages in English and German,
 * this year's reward with its status.
 */
@BroadleafIntegrationTest
class AccountBirthdayPageTest extends BirthdayTestBase {

    private AccountBirthdayController controller;
    private MockHttpServletRequest request;
    private BroadleafRequestContext previous;

    @BeforeEach
    void controller() {
        previous = BroadleafRequestContext.getBroadleafRequestContext();
        controller = new AccountBirthdayController();
        BroadleafTestContext.get().getAutowireCapableBeanFactory().autowireBean(controller);
        request = new MockHttpServletRequest();
        BroadleafRequestContext ctx = new BroadleafRequestContext();
        ctx.setRequest(request);
        ctx.setWebRequest(new ServletWebRequest(request));
        BroadleafRequestContext.setBroadleafRequestContext(ctx);
    }

    @AfterEach
    void signOut() {
        BroadleafRequestContext.setBroadleafRequestContext(previous);
    }

    private Customer signedIn() {
        Customer c = customer();
        CustomerState.setCustomer(c);
        return c;
    }

    private BirthdayAccountPage get(Locale locale) {
        ExtendedModelMap model = new ExtendedModelMap();
        assertEquals(AccountBirthdayController.VIEW, controller.show(request, model, locale));
        return (BirthdayAccountPage) model.get("evgBirthday");
    }

    @Test
    void anonymousShoppersAreSentToSignIn() {
        assertEquals("redirect:/login", controller.show(request, new ExtendedModelMap(), Locale.ENGLISH));
        assertEquals("redirect:/login", controller.save("1", "1", "", new ExtendedModelMap(), new RedirectAttributesModelMap(), Locale.ENGLISH));
    }

    @Test
    void enteringTheBirthdayAndTheOncePerYearRule() {
        Customer c = signedIn();
        BirthdayAccountPage empty = get(Locale.ENGLISH);
        assertFalse(empty.isKnown());
        assertTrue(empty.isChangeAllowed());
        assertEquals(12, empty.getMonths().size());
        assertEquals("January", empty.getMonths().get(0).getLabel());
        assertEquals(31, empty.getDays().size());
        assertEquals("After you have saved it, you can change your birthday once every 12 months.", empty.getChangeRule());

        RedirectAttributesModelMap flash = new RedirectAttributesModelMap();
        assertEquals("redirect:/account/birthday", controller.save("12", "24", "", new ExtendedModelMap(), flash, Locale.ENGLISH));
        String notice = (String) flash.getFlashAttributes().get("evgBirthdayNotice");
        assertTrue(notice.startsWith("Your birthday is saved."), notice);
        BirthdayAccountPage saved = get(Locale.ENGLISH);
        assertTrue(saved.isKnown());
        assertEquals("12", saved.getMonth());
        assertEquals("24", saved.getDay());
        assertEquals("", saved.getYear());
        assertTrue(saved.getNextBirthday().contains("December 24"), saved.getNextBirthday());

        controller.save("12", "25", "", new ExtendedModelMap(), new RedirectAttributesModelMap(), Locale.ENGLISH);
        ExtendedModelMap model = new ExtendedModelMap();
        assertEquals(AccountBirthdayController.VIEW, controller.save("1", "5", "", model, new RedirectAttributesModelMap(), Locale.ENGLISH));
        BirthdayAccountPage refused = (BirthdayAccountPage) model.get("evgBirthday");
        String next = RewardTexts.longDate(today().plusMonths(12), Locale.ENGLISH);
        assertEquals("You can change your birthday once every 12 months. The next change is possible on " + next + ".",
                refused.getError());
        assertEquals("1", refused.getMonth(), "the input stays in the form");
        assertFalse(refused.isChangeAllowed());
        assertEquals(Birthday.of(12, 25, null), birthdays.profile(c.getId()).getBirthday(), "unchanged");
    }

    @Test
    void badInputIsShownWithItsReasonInTheShoppersLanguage() {
        Customer c = signedIn();
        ExtendedModelMap model = new ExtendedModelMap();
        controller.save("2", "31", "", model, new RedirectAttributesModelMap(), Locale.ENGLISH);
        BirthdayAccountPage en = (BirthdayAccountPage) model.get("evgBirthday");
        assertEquals("There is no 31 February: that month has at most 29 days.", en.getError());
        assertEquals("day", en.getErrorField());
        assertEquals("2", en.getMonth());
        assertEquals("31", en.getDay());

        model = new ExtendedModelMap();
        controller.save("2", "31", "", model, new RedirectAttributesModelMap(), Locale.GERMAN);
        assertEquals("Den 31. Februar gibt es nicht: Dieser Monat hat h\u00f6chstens 29 Tage.",
                ((BirthdayAccountPage) model.get("evgBirthday")).getError());

        model = new ExtendedModelMap();
        controller.save("5", "5", "3000", model, new RedirectAttributesModelMap(), Locale.ENGLISH);
        assertEquals("The year 3000 is in the future.", ((BirthdayAccountPage) model.get("evgBirthday")).getError());

        model = new ExtendedModelMap();
        controller.save("five", "5", "<script>alert(1)</script>", model, new RedirectAttributesModelMap(), Locale.ENGLISH);
        BirthdayAccountPage text = (BirthdayAccountPage) model.get("evgBirthday");
        assertEquals("The month must be a number from 1 to 12.", text.getError());
        assertTrue(text.getYear().length() <= 8, "long input is not echoed whole");

        assertFalse(birthdays.profile(c.getId()).isKnown(), "nothing saved");
    }

    @Test
    void thisYearsRewardWithItsStatus() {
        Customer c = customerWithBirthday(0, 60);
        CustomerState.setCustomer(c);
        assertNull(get(Locale.ENGLISH).getReward());
        issue(c.getId());

        BirthdayAccountPage en = get(Locale.ENGLISH);
        assertNotNull(en.getReward());
        assertEquals(rewards.currentReward(c.getId()).getCode(), en.getReward().getCode());
        assertEquals("ISSUED", en.getReward().getStatus());
        assertEquals("Ready to use", en.getReward().getStatusLabel());
        assertEquals("10%", en.getReward().getDiscount());
        assertEquals(RewardTexts.longDate(today().plusDays(29), Locale.ENGLISH), en.getReward().getLastValidDay());
        assertEquals("You will receive your birthday gift on time.", en.getNextBirthdayNote());
        assertEquals("Einl\u00f6sbar", get(Locale.GERMAN).getReward().getStatusLabel());
    }

    @Test
    void anOrderThatUsedTheCodeShowsItUsedRightAfterCheckoutBeforeTheWorkerCame() throws Exception {
        Customer c = customerWithBirthday(0, 60);
        issue(c.getId());
        String code = rewards.currentReward(c.getId()).getCode();
        HeldBackWorker.whileHeld(BroadleafTestContext.get(), wakeUps -> {
            Order cart = store.add(store.cart(c), store.product("Birthday page product " + TestIds.unique("p"), "40.00", null), 1);
            OfferCode oc = BroadleafTestContext.get().getBean("blOfferService", OfferService.class).lookupOfferCodeByCode(code);
            store.checkout(store.orders().addOfferCode(store.orders().findOrderById(cart.getId()), oc, true));
            assertFalse(wakeUps.isEmpty(), "the order waits for the worker");
            assertEquals(RewardStatus.ISSUED, rewards.currentReward(c.getId()).getStatus(), "not booked yet");

            CustomerState.setCustomer(c);
            assertEquals("USED", get(Locale.ENGLISH).getReward().getStatus(), "the page booked the shopper's order first");
            assertEquals(RewardStatus.USED, rewards.currentReward(c.getId()).getStatus());
        });
    }

    @Test
    void lastYearsUsedAndExpiredRewardsStayOnTheAccountPageAfterNewYear() {
        settings(s -> s.setValidDays(5));
        // the last 20 December before today, so no reward of a later day than today's is left for other tests
        LocalDate birthday = new BirthdayCalendar(LeapDayRule.FEB_28).nextOccurrence(java.time.MonthDay.of(12, 20), today().minusYears(1));
        moveTo(birthday);
        Customer used = customer();
        enterBirthday(used.getId(), birthday, 60);
        Customer expired = customer();
        enterBirthday(expired.getId(), birthday, 60);
        assertEquals(IssueOutcome.Kind.ISSUED, issue(used.getId()).getKind());
        assertEquals(IssueOutcome.Kind.ISSUED, issue(expired.getId()).getKind());
        assertTrue(rewards.markUsed(rewards.currentReward(used.getId()).getCode(), TestIds.customerId(), clock.now()));

        moveTo(LocalDate.of(birthday.getYear() + 1, 1, 2)); // over New Year; the 5-day code ended on 24 December
        CustomerState.setCustomer(used);
        BirthdayAccountPage usedPage = get(Locale.ENGLISH);
        assertNotNull(usedPage.getReward(), "last year's used reward is still shown on 2 January");
        assertEquals("USED", usedPage.getReward().getStatus());
        CustomerState.setCustomer(expired);
        BirthdayAccountPage expiredPage = get(Locale.ENGLISH);
        assertNotNull(expiredPage.getReward(), "last year's expired reward is still shown on 2 January");
        assertEquals("EXPIRED", expiredPage.getReward().getStatus());
        assertEquals(RewardTexts.longDate(birthday.plusDays(4), Locale.ENGLISH), expiredPage.getReward().getLastValidDay());

        moveTo(birthday.plusYears(1).minusDays(1)); // the day before the next birthday: still last year's
        assertEquals(birthday.getYear(), rewards.currentReward(expired.getId()).getYear());
        moveTo(birthday.plusYears(1)); // a year after: gone, the next one is due that day
        assertNull(rewards.currentReward(expired.getId()));
    }

    @Test
    void aBirthdayRefusedAtRegistrationIsExplainedOnTheAccountPage() {
        signedIn();
        request.getSession().setAttribute(BirthdayRegistrationObserver.ERROR_ATTRIBUTE,
                new BirthdayException("day", "evergreen.birthday.error.noSuchDay", "There is no 30 February", 30, 2, 29));
        BirthdayAccountPage p = get(Locale.ENGLISH);
        assertEquals("Your account was created, but we could not save your birthday: There is no 30 February: that month has "
                + "at most 29 days. Please enter it again below.", p.getError());
        assertNull(request.getSession().getAttribute(BirthdayRegistrationObserver.ERROR_ATTRIBUTE), "shown once");
        assertNull(get(Locale.ENGLISH).getError());
    }
}
