package org.evergreenloyalty.review;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.annotation.Resource;
import javax.mail.internet.MimeMessage;

import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.core.rating.service.RatingService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.ledger.LedgerService;
import org.evergreenloyalty.notification.EmailPreferenceService;
import org.evergreenloyalty.support.AdjustableClock;
import org.evergreenloyalty.test.StoreFixtures;
import org.evergreenloyalty.test.TestIds;
import org.evergreenloyalty.test.TestMailServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Shared set-up of the review integration tests: known settings (requests 14 days after submission, reminder after
 * 7 days, moderation, 50 points), the real clock moved per test, store fixtures, and helpers that read the links
 * out of the e-mails GreenMail received.
 */
abstract class ReviewTestBase {

    static final long DAY = 24L * 60 * 60 * 1000;
    static final long WAIT_MS = 15_000;
    private static final Pattern REVIEW_LINK = Pattern.compile("href=\"([^\"]*/review\\?token=[^\"]*)\"");
    private static final Pattern SCORE_LINK = Pattern.compile("href=\"([^\"]*/review/satisfaction\\?token=[^\"]*)\"");

    @Resource(name = "evgReviewSettingsService")
    ReviewSettingsService settingsService;
    @Resource(name = "evgReviewRequestService")
    ReviewRequestService requests;
    @Resource(name = "evgReviewService")
    ReviewService reviews;
    @Resource(name = "evgReviewAdminService")
    ReviewAdminService admin;
    @Resource(name = "evgProductReviews")
    ProductReviews productReviews;
    @Resource(name = "evgReviewTokens")
    ReviewTokenService tokens;
    @Resource(name = "evgEmailPreferences")
    EmailPreferenceService preferences;
    @Resource(name = "evgLedgerService")
    LedgerService ledger;
    @Resource(name = "blRatingService")
    RatingService ratingService;
    @Resource(name = "evgClock")
    AdjustableClock clock;
    @Resource(name = "blTransactionManager")
    PlatformTransactionManager txm;

    final StoreFixtures store = StoreFixtures.create();
    private ReviewSettings original;

    @BeforeEach
    void knownSettings() {
        clock.reset();
        original = settingsService.current();
        settings(s -> {
            s.setEnabled(true);
            s.setTrigger(ReviewTrigger.SUBMITTED);
            s.setFulfillmentStatuses("FULFILLED,DELIVERED");
            s.setDelayDays(14);
            s.setLateDays(30);
            s.setReminderDays(7);
            s.setTokenValidDays(180);
            s.setProductRepeatMonths(12);
            s.setMaxEmailsPer30Days(4);
            s.setSatisfactionQuestion(true);
            s.setModeration(ModerationMode.MODERATE_ALL);
            s.setRewardPoints(50);
            s.setMaxTextLength(2000);
            s.setMaxTitleLength(120);
        });
    }

    @AfterEach
    void restore() {
        clock.reset();
        settingsService.save(original);
    }

    /** Changes settings for one test. */
    ReviewSettings settings(Consumer<ReviewSettings> change) {
        ReviewSettings s = settingsService.current();
        change.accept(s);
        return settingsService.save(s);
    }

    /** Moves the module's clock {@code days} days on. */
    void travel(double days) {
        clock.advance((long) (days * DAY));
    }

    Customer customer() {
        return store.customer();
    }

    Product product(String name) {
        return store.product(name + " " + TestIds.unique("p"), "20.00", null);
    }

    /** A checkout of one unit of each product. */
    Order buy(Customer c, Product... products) throws Exception {
        Order cart = store.cart(c);
        for (Product p : products) {
            cart = store.add(cart, p, 1);
        }
        return store.checkout(cart);
    }

    void cancel(Order order) throws Exception {
        Order o = store.orders().findOrderById(order.getId());
        o.setStatus(OrderStatus.CANCELLED);
        store.orders().save(o, false);
    }

    /** The messages {@code c} received so far. */
    static List<MimeMessage> mailsTo(Customer c) {
        return TestMailServer.messagesTo(c.getEmailAddress());
    }

    static List<MimeMessage> awaitMails(Customer c, int count) {
        return TestMailServer.awaitMessagesTo(c.getEmailAddress(), count, WAIT_MS);
    }

    static String body(MimeMessage message) throws Exception {
        Object content = message.getContent();
        assertTrue(content instanceof String, "single-part HTML body, was " + content);
        return (String) content;
    }

    /** The review links of an e-mail (five per product, in order), HTML entities decoded. */
    static List<String> reviewLinks(MimeMessage message) throws Exception {
        return links(REVIEW_LINK, body(message));
    }

    /** The satisfaction links of an e-mail (0..10). */
    static List<String> scoreLinks(MimeMessage message) throws Exception {
        return links(SCORE_LINK, body(message));
    }

    private static List<String> links(Pattern p, String html) {
        List<String> out = new ArrayList<String>();
        Matcher m = p.matcher(html);
        while (m.find()) {
            out.add(m.group(1).replace("&amp;", "&"));
        }
        return out;
    }

    /** The token parameter of a link. */
    static String token(String link) throws Exception {
        Matcher m = Pattern.compile("[?&]token=([^&]*)").matcher(link);
        assertTrue(m.find(), "link has a token: " + link);
        return java.net.URLDecoder.decode(m.group(1), "UTF-8");
    }

    /** A valid review token of {@code product} in {@code order} of {@code c}, as the e-mail would carry it. */
    String tokenFor(Customer c, Order order, Product product) {
        return tokens.reviewToken(c.getId(), order.getId(), product.getId(), new java.util.Date(clock.now().getTime() + 180 * DAY));
    }

    ReviewInput input(Integer rating, String text) {
        return new ReviewInput(rating, "A title", text, null);
    }
}
