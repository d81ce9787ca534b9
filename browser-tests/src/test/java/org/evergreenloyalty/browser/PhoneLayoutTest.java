package org.evergreenloyalty.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evergreenloyalty.browser.pages.AdminConsole;
import org.evergreenloyalty.browser.pages.AdminLoginPage;
import org.evergreenloyalty.browser.pages.CartPage;
import org.evergreenloyalty.browser.pages.ConfirmationPage;
import org.evergreenloyalty.browser.pages.DemoMailboxPage;
import org.evergreenloyalty.browser.pages.HomePage;
import org.evergreenloyalty.browser.pages.LoyaltyCustomerPage;
import org.evergreenloyalty.browser.pages.LoyaltyCustomersPage;
import org.evergreenloyalty.browser.pages.ProductPage;
import org.evergreenloyalty.browser.pages.RegistrationPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Every storefront page and fragment of the module fits a 360 px wide phone (and still a desktop window) without
 * sideways scrolling: the points page with a long history, the cart with the points widget and a points discount
 * applied, the referral page, the birthday page, the review form and the unsubscribe page.
 */
@BrowserTest
class PhoneLayoutTest {
    private static final int PHONE_WIDTH = 360;
    private static final int PHONE_HEIGHT = 740;
    private static final String PRODUCT = "/garden/watering-can";
    private static final String LONG_REASON = "Goodwill for the late delivery of your order and the dented watering can lid, sorry";

    @Test
    void everyModulePageFitsA360PixelPhoneAndADesktop(DemoStore store, WebDriver driver) {
        String email = "phone-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        RegistrationPage.open(driver, store).fillIn("Philippa", "Phone", email, "Password1!").submitExpectingSuccess();
        ConfirmationPage order = ProductPage.open(driver, store, PRODUCT).addToCart()
                .checkOut()
                .shipTo("Philippa", "Phone", "1 Test Street", "Springfield", "12345")
                .payWithTestCard("Philippa Phone");
        String orderNumber = order.orderNumber();

        // A long history (order, made available, three bonuses with long reasons); review requests go out today.
        AdminConsole admin = AdminLoginPage.open(driver, store).signInAs(SampleAccounts.ADMIN_USERNAME, SampleAccounts.ADMIN_PASSWORD);
        LoyaltyCustomersPage search = admin.loyaltyCustomers();
        search.search(email);
        LoyaltyCustomerPage customer = search.open(email).makePointsAvailableNow(orderNumber);
        for (int i = 1; i <= 3; i++) {
            customer = customer.adjust("+" + (100 * i), LONG_REASON + " (" + i + ")");
        }
        admin.loyaltyReviews().settings().set("delayDays", "0").save();
        admin.loyaltySettings().runJobNow("review-requests");
        String mail = DemoMailboxPage.open(driver, store).openNewest(email, "How did you like your order " + orderNumber);
        String reviewLink = link(mail, "href=\"([^\"]*[?&;]rating=4)\"");
        String unsubscribeLink = link(mail, "href=\"([^\"]*unsubscribe[^\"]*)\"");

        // The cart with the points widget and a points discount on it.
        HomePage.open(driver, store);
        CartPage cart = ProductPage.open(driver, store, PRODUCT).addToCart().redeemPoints("200");
        assertTrue(cart.pointsApplied(), "the points discount is on the cart");

        List<String> pages = List.of("/account/loyalty", "/cart", "/account/referrals", "/account/birthday",
                reviewLink, unsubscribeLink);
        List<String> tooWide = new ArrayList<>();
        for (Dimension size : List.of(new Dimension(PHONE_WIDTH, PHONE_HEIGHT), new Dimension(1366, 1000))) {
            driver.manage().window().setSize(size);
            for (String page : pages) {
                driver.get(page.startsWith("http") ? page : store.siteUrl(page));
                long viewport = number(driver, "return window.innerWidth;");
                if (size.getWidth() == PHONE_WIDTH) {
                    assertEquals(PHONE_WIDTH, viewport, "the browser shows a 360 px wide page");
                }
                long scrollWidth = number(driver, "return document.documentElement.scrollWidth;");
                if (scrollWidth > viewport) {
                    tooWide.add(page + " is " + scrollWidth + " px wide at " + viewport + " px");
                }
            }
        }
        assertEquals(List.of(), tooWide, "no page scrolls sideways");

        // The cart lists the points discount by name, not its internal code; its Remove gives the points back.
        cart = CartPage.open(driver, store);
        assertEquals(List.of("Points discount (200 points)"), cart.appliedPromoCodes());
        BigDecimal withPoints = cart.total();
        cart = cart.removePromoCode("Points discount (200 points)");
        assertFalse(cart.pointsApplied(), "the points are released");
        assertEquals(List.of(), cart.appliedPromoCodes());
        assertEquals(withPoints.add(new BigDecimal("2.00")), cart.total(), "the 200 points' 2.00 are off the discount");
        assertTrue(cart.canRedeemPoints(), "the points can be used again");
    }

    private static long number(WebDriver driver, String script) {
        return ((Number) ((JavascriptExecutor) driver).executeScript(script)).longValue();
    }

    private static String link(String mailHtml, String regex) {
        Matcher m = Pattern.compile(regex).matcher(mailHtml);
        assertTrue(m.find(), "the e-mail has a link matching " + regex);
        return m.group(1).replace("&amp;", "&");
    }
}
