package org.evergreenloyalty.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.evergreenloyalty.points.RedemptionException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

/** The account page controller's input rules, without a store. */
class AccountLoyaltyControllerUnitTest {

    private final FakeRedemptionService service = new FakeRedemptionService();

    private AccountLoyaltyController controller(Long customerId) {
        return new AccountLoyaltyController(null, service, new FixedShopper(customerId, null), Bundles.messages());
    }

    private static MockHttpServletRequest request(Locale locale) {
        MockHttpServletRequest r = new MockHttpServletRequest();
        r.addPreferredLocale(locale);
        return r;
    }

    @Test
    void aVoucherSizeMustBeAWholeNumber() {
        for (String bad : new String[] {null, "", " ", "abc", "-500", "500.5", "5e2", "1234567890123"}) {
            RedirectAttributesModelMap flash = new RedirectAttributesModelMap();
            assertEquals(AccountLoyaltyController.REDIRECT, controller(7L).buyVoucher(bad, request(Locale.ENGLISH), flash));
            assertEquals("Choose one of the voucher sizes.", flash.getFlashAttributes().get(AccountLoyaltyController.ERROR), bad);
        }
        assertTrue(service.calls.isEmpty(), "the engine never saw the bad input");
    }

    @Test
    void theEnginesRefusalIsShownInTheShoppersLanguage() {
        service.refusal = new RedemptionException("evergreen.voucher.error.step", "Vouchers come in 500,1000 points.", "500,1000");
        RedirectAttributesModelMap flash = new RedirectAttributesModelMap();
        controller(7L).buyVoucher("700", request(Locale.GERMAN), flash);
        assertEquals("buyVoucher 7 700", service.calls.get(0));
        assertEquals("Gutscheine gibt es nur in diesen Gr\u00f6\u00dfen: 500,1000 Punkte.",
                flash.getFlashAttributes().get(AccountLoyaltyController.ERROR));
    }

    @Test
    void withoutASignedInCustomerNothingHappens() {
        RedirectAttributesModelMap flash = new RedirectAttributesModelMap();
        controller(null).buyVoucher("500", request(Locale.ENGLISH), flash);
        assertTrue(service.calls.isEmpty());
        assertEquals("Please sign in to use your points.", flash.getFlashAttributes().get(AccountLoyaltyController.ERROR));

        ExtendedModelMap model = new ExtendedModelMap();
        assertEquals(AccountLoyaltyController.VIEW, controller(null).show("1", request(Locale.ENGLISH), model));
        assertEquals(Boolean.TRUE, model.get(AccountLoyaltyController.SIGN_IN_REQUIRED));
        assertTrue(!model.containsAttribute(AccountLoyaltyController.PAGE));
    }
}
