package org.evergreenloyalty.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Locale;

import org.evergreenloyalty.points.RedemptionException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

/** The redeem controller's own rules, without a store: whose cart, where back to, which message. */
class RedeemControllerUnitTest {

    private final FakeRedemptionService service = new FakeRedemptionService();

    private RedeemController controller(Long customerId, Long cartId) {
        return new RedeemController(service, new FixedShopper(customerId, cartId), Bundles.messages());
    }

    private static MockHttpServletRequest post(Locale locale, String... params) {
        MockHttpServletRequest r = new MockHttpServletRequest("POST", "/loyalty/redeem");
        r.addPreferredLocale(locale);
        for (int i = 0; i < params.length; i += 2) {
            r.addParameter(params[i], params[i + 1]);
        }
        return r;
    }

    @Test
    void appliesToTheCurrentShoppersCurrentCartWhateverTheFormSays() {
        MockHttpServletRequest request = post(Locale.ENGLISH, "points", "500", "cartId", "999", "customerId", "888");
        RedirectAttributesModelMap flash = new RedirectAttributesModelMap();
        String view = controller(7L, 42L).apply("500", "/cart", request, flash);
        assertEquals("redirect:/cart", view);
        assertEquals(Arrays.asList("apply 7 42 500"), service.calls, "the shopper's own cart 42, not the form's 999");
        assertEquals("500 points applied: $5.00 off your order.", flash.getFlashAttributes().get(RedeemController.MESSAGE));
        assertNull(flash.getFlashAttributes().get(RedeemController.ERROR));
    }

    @Test
    void anAnonymousShopperChangesNothing() {
        RedirectAttributesModelMap flash = new RedirectAttributesModelMap();
        String view = controller(null, 42L).apply("500", "/cart", post(Locale.ENGLISH), flash);
        assertEquals("redirect:/cart", view);
        assertTrue(service.calls.isEmpty(), "the engine is not even asked");
        assertEquals("Please sign in to use your points.", flash.getFlashAttributes().get(RedeemController.ERROR));

        controller(null, 42L).remove("/cart", post(Locale.ENGLISH), new RedirectAttributesModelMap());
        assertTrue(service.calls.isEmpty());
    }

    @Test
    void withoutACartTheShopperIsToldSo() {
        RedirectAttributesModelMap flash = new RedirectAttributesModelMap();
        controller(7L, null).apply("500", null, post(Locale.ENGLISH), flash);
        assertTrue(service.calls.isEmpty());
        assertEquals("Your cart is empty. Add something before using points.", flash.getFlashAttributes().get(RedeemController.ERROR));
    }

    @Test
    void aRefusalIsShownInTheShoppersLanguage() {
        service.refusal = new RedemptionException("evergreen.redeem.error.step", "Points are redeemed in steps of 100.", 100L);
        RedirectAttributesModelMap en = new RedirectAttributesModelMap();
        controller(7L, 42L).apply("150", "/cart", post(Locale.ENGLISH), en);
        assertEquals("Points are used in steps of 100: choose a multiple of 100.", en.getFlashAttributes().get(RedeemController.ERROR));

        RedirectAttributesModelMap de = new RedirectAttributesModelMap();
        controller(7L, 42L).apply("150", "/cart", post(Locale.GERMAN), de);
        assertEquals("Punkte werden in Schritten von 100 eingel\u00f6st: W\u00e4hlen Sie ein Vielfaches von 100.",
                de.getFlashAttributes().get(RedeemController.ERROR));
        assertNull(de.getFlashAttributes().get(RedeemController.MESSAGE));
    }

    @Test
    void aNumberTooLongForTheEngineGetsItsOwnMessage() {
        service.refusal = new RedemptionException("evergreen.redeem.error.overMaximum", "That is more points than can be used.", 0);
        RedirectAttributesModelMap flash = new RedirectAttributesModelMap();
        controller(7L, 42L).apply("9999999999999", "/cart", post(Locale.ENGLISH), flash);
        assertEquals("That is more points than can be used on this order.", flash.getFlashAttributes().get(RedeemController.ERROR));
    }

    @Test
    void anUnexpectedFailureIsReportedNotThrown() {
        service.refusal = null;
        RedeemController c = new RedeemController(new FakeRedemptionService() {
            @Override
            public org.evergreenloyalty.points.PointsReservation apply(long customerId, long cartId, String pointsInput) {
                throw new IllegalStateException("database gone");
            }
        }, new FixedShopper(7L, 42L), Bundles.messages());
        RedirectAttributesModelMap flash = new RedirectAttributesModelMap();
        assertEquals("redirect:/cart", c.apply("500", "/cart", post(Locale.ENGLISH), flash));
        assertEquals("Sorry, something went wrong with your points. Nothing was changed; please try again.",
                flash.getFlashAttributes().get(RedeemController.ERROR));
    }

    @Test
    void goesBackOnlyToPagesOfTheStore() {
        assertEquals("redirect:/checkout/review",
                controller(7L, 42L).apply("500", "/checkout/review", post(Locale.ENGLISH), new RedirectAttributesModelMap()));
        assertEquals("redirect:/cart",
                controller(7L, 42L).apply("500", "https://evil.example/", post(Locale.ENGLISH), new RedirectAttributesModelMap()));
        assertEquals("redirect:/cart",
                controller(7L, 42L).remove("//evil.example", post(Locale.ENGLISH), new RedirectAttributesModelMap()));
    }

    @Test
    void removingSaysWhetherThereWasADiscount() {
        RedirectAttributesModelMap flash = new RedirectAttributesModelMap();
        controller(7L, 42L).remove("/cart", post(Locale.ENGLISH), flash);
        assertEquals(Arrays.asList("remove 7 42"), service.calls);
        assertEquals("The points discount was removed; your points are free to use again.",
                flash.getFlashAttributes().get(RedeemController.MESSAGE));

        service.removeFinds = false;
        RedirectAttributesModelMap none = new RedirectAttributesModelMap();
        controller(7L, 42L).remove("/cart", post(Locale.ENGLISH), none);
        assertEquals("There is no points discount on your cart.", none.getFlashAttributes().get(RedeemController.ERROR));
    }
}
