package org.evergreenloyalty.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evergreenloyalty.browser.pages.AdminConsole;
import org.evergreenloyalty.browser.pages.AdminLoginPage;
import org.evergreenloyalty.browser.pages.ConfirmationPage;
import org.evergreenloyalty.browser.pages.DemoMailboxPage;
import org.evergreenloyalty.browser.pages.HomePage;
import org.evergreenloyalty.browser.pages.LoyaltyAccountPage;
import org.evergreenloyalty.browser.pages.LoyaltyAccountPage.HistoryRow;
import org.evergreenloyalty.browser.pages.LoyaltyReviewsPage;
import org.evergreenloyalty.browser.pages.LoyaltySettingsPage;
import org.evergreenloyalty.browser.pages.ProductPage;
import org.evergreenloyalty.browser.pages.ProductReviewsSection;
import org.evergreenloyalty.browser.pages.ProductReviewsSection.PublishedReview;
import org.evergreenloyalty.browser.pages.RegistrationPage;
import org.evergreenloyalty.browser.pages.ReviewFormPage;
import org.evergreenloyalty.browser.pages.ReviewSettingsPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

/**
 * The review journey in the real demo store with the module's default review rules (moderate every review,
 * 50 points for an approved one): a new shopper buys a product; the administrator lets requests go out the
 * day an order is placed and runs the review job; the shopper opens the 4-star link of the e-mail the demo
 * mailbox received (without signing in), is refused an empty review, submits one whose title holds markup,
 * and cannot review the product twice; the review waits in the admin's queue (not on the product page), is
 * refused a rejection without reason, is approved, then shows on the product page escaped, as a verified and
 * incentivised review; the shopper's points history shows the 50 points.
 */
@BrowserTest
class ReviewJourneyTest {
    /** A product no other browser test buys, so its reviews are this test's alone. */
    private static final String PRODUCT = "/home/beeswax-candle";
    private static final String PRODUCT_NAME = "Beeswax Candle";
    private static final String JOB = "review-requests";
    private static final long REWARD_POINTS = 50;
    private static final String TITLE = "<script>alert('x')</script> Lovely glow";
    private static final String TEXT = "Burns evenly and smells of honey. Would buy again.";

    @Test
    void buyerReviewsFromTheEmailAdminApprovesReviewShowsAndEarnsPoints(DemoStore store, WebDriver driver) {
        String email = "review-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        RegistrationPage.open(driver, store).fillIn("Rita", "Reviewer", email, "Password1!").submitExpectingSuccess();
        ConfirmationPage order = ProductPage.open(driver, store, PRODUCT).addToCart()
                .checkOut()
                .shipTo("Rita", "Reviewer", "1 Test Street", "Springfield", "12345")
                .payWithTestCard("Rita Reviewer");
        String orderNumber = order.orderNumber();
        assertTrue(ProductReviewsSection.open(driver, store, PRODUCT).saysNoReviews(), "no review of the candle yet");

        // 1. The administrator: a bad setting is refused; then requests go out on the day of the order.
        AdminConsole admin = AdminLoginPage.open(driver, store).signInAs(SampleAccounts.ADMIN_USERNAME, SampleAccounts.ADMIN_PASSWORD);
        ReviewSettingsPage settings = admin.loyaltyReviews().settings();
        assertEquals("14", settings.value("delayDays"), "the default waiting time");
        settings = settings.set("delayDays", "-3").save();
        assertFalse(settings.error("delayDays").isEmpty(), "a negative number of days is refused");
        assertEquals("14", admin.loyaltyReviews().settings().value("delayDays"), "the refused form changed nothing");
        settings = admin.loyaltyReviews().settings().set("delayDays", "0").save();
        assertFalse(settings.notice().isEmpty(), "saved");
        assertEquals("0", settings.reload().value("delayDays"));

        // 2. The review job runs now and sends the request for the order.
        LoyaltySettingsPage jobs = admin.loyaltySettings().runJobNow(JOB);
        assertTrue(jobs.notice().contains(JOB), jobs.notice());
        assertFalse(jobs.hasWarning(), "the job ran without a problem");

        // 3. The e-mail: one link per star for the product; the 4-star link opens the form with 4 stars chosen.
        DemoMailboxPage.open(driver, store);
        driver.manage().deleteAllCookies(); // the storefront's: the link works without signing in
        String mail = DemoMailboxPage.open(driver, store).openNewest(email, "How did you like your order " + orderNumber);
        assertTrue(mail.contains(PRODUCT_NAME), "the e-mail lists the product");
        String fourStars = starLink(mail, 4);
        ReviewFormPage form = ReviewFormPage.openLink(driver, store, fourStars);
        assertTrue(form.showsForm());
        assertEquals(PRODUCT_NAME, form.productName());
        assertEquals(4, form.selectedRating(), "the star clicked in the e-mail is preset");

        // 4. An empty review is refused and stores nothing; the form keeps the rating.
        form = form.fillIn("Nice", "   ", "").submit();
        assertEquals("text", form.errorField(), form.error());
        assertFalse(form.error().isEmpty());
        assertEquals(4, form.selectedRating());

        // 5. The review is stored; the same link cannot review the product again.
        form = form.fillIn(TITLE, TEXT, "Rita R.").submit();
        assertFalse(form.thanks().isEmpty(), "thanked");
        assertTrue(form.thanks().contains(String.valueOf(REWARD_POINTS)), "the thank-you names the points to come: " + form.thanks());
        form = ReviewFormPage.openLink(driver, store, starLink(mail, 5));
        assertFalse(form.showsForm(), "one review per product and customer");
        assertFalse(form.alreadyReviewed().isEmpty());
        form = ReviewFormPage.openLink(driver, store, fourStars.replaceAll("token=[^&]+", "token=forged"));
        assertFalse(form.invalidLink().isEmpty(), "a forged link is refused");

        // 6. Pending: not on the product page yet.
        assertTrue(ProductReviewsSection.open(driver, store, PRODUCT).saysNoReviews(), "a pending review is not shown");

        // 7. The administrator finds it in the queue, escaped; a rejection without reason is refused; it is approved.
        LoyaltyReviewsPage queue = AdminConsole.open(driver, store).loyaltyReviews();
        List<LoyaltyReviewsPage.QueuedReview> pending = queue.queue();
        LoyaltyReviewsPage.QueuedReview queued = pending.stream().filter(r -> r.customer().contains(email)).findFirst()
                .orElseThrow(() -> new AssertionError("the review of " + email + " is not in the queue: " + pending));
        assertEquals(PRODUCT_NAME, queued.product());
        assertEquals(TITLE, queued.title(), "the title shows as typed, as text");
        assertEquals(TEXT, queued.text());
        queue = queue.reject(queued.id(), "");
        assertFalse(queue.reasonError(queued.id()).isEmpty(), "a rejection needs a reason");
        assertTrue(queue.queue().stream().anyMatch(r -> r.id().equals(queued.id())), "still pending");
        queue = AdminConsole.open(driver, store).loyaltyReviews().approve(queued.id());
        assertFalse(queue.notice().isEmpty());
        assertTrue(queue.queue().stream().noneMatch(r -> r.id().equals(queued.id())), "no longer pending");

        // 8. The product page shows it: rating, escaped title, verified and incentivised labels.
        ProductReviewsSection reviews = ProductReviewsSection.open(driver, store, PRODUCT);
        assertEquals(1, reviews.count());
        assertTrue(reviews.average().startsWith("4"), reviews.average());
        assertTrue(reviews.showsVerifiedBadge());
        PublishedReview shown = reviews.reviews().get(0);
        assertEquals(new PublishedReview(4, TITLE, TEXT, "Rita R.", true, true), shown);

        // 9. The shopper's points: the review reward in the history.
        HomePage.open(driver, store).goToSignIn().signInAs(email, "Password1!");
        LoyaltyAccountPage account = LoyaltyAccountPage.openFromAccount(driver, store);
        List<HistoryRow> history = account.history();
        HistoryRow reward = history.stream().filter(h -> "BONUS".equals(h.type())).findFirst()
                .orElseThrow(() -> new AssertionError("no review reward in the history: " + history));
        assertEquals(REWARD_POINTS, reward.points());
        assertEquals(REWARD_POINTS, account.available(), "the order's own points are still pending; the reward is available");
    }

    /** The link of the star {@code stars} in the review e-mail's HTML. */
    private static String starLink(String mailHtml, int stars) {
        Matcher m = Pattern.compile("href=\"([^\"]*[?&;]rating=" + stars + ")\"").matcher(mailHtml);
        assertTrue(m.find(), "the e-mail has a " + stars + "-star link");
        return m.group(1).replace("&amp;", "&");
    }
}
