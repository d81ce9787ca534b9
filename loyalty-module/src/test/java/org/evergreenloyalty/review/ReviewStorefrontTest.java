package org.evergreenloyalty.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import javax.annotation.Resource;

import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.evergreenloyalty.web.review.ReviewController;
import org.evergreenloyalty.web.review.ReviewFormPage;
import org.evergreenloyalty.web.review.ReviewTexts;
import org.evergreenloyalty.web.review.SatisfactionPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;

/** The review pages' controller on the real engine: the form from an e-mail link, submission, bad input, satisfaction. */
@BroadleafIntegrationTest
class ReviewStorefrontTest extends ReviewTestBase {

    @Resource(name = "evgReviewTexts")
    ReviewTexts texts;
    @Resource(name = "evgReviewLinks")
    ReviewLinks links;

    private ReviewController controller;

    @BeforeEach
    void controller() {
        controller = new ReviewController(reviews, settingsService, texts, links);
    }

    @Test
    void theStarClickedPresetsTheFormAndTheSubmissionThanksTheShopper() throws Exception {
        Customer c = customer();
        Product p = product("Duvet");
        Order order = buy(c, p);
        String token = tokenFor(c, order, p);

        ExtendedModelMap model = new ExtendedModelMap();
        MockHttpServletResponse response = new MockHttpServletResponse();
        assertEquals(ReviewController.VIEW, controller.form(token, "4", request(Locale.ENGLISH), response, model));
        ReviewFormPage page = page(model);
        assertTrue(page.isForm());
        assertEquals(4, page.getRating());
        assertEquals(p.getName(), page.getInvitation().getProductName());
        assertEquals("/review", page.getAction());
        assertEquals(200, response.getStatus());

        model = new ExtendedModelMap();
        controller.submit(token, "4", "Cosy", "Warm and light.", "", request(Locale.ENGLISH), new MockHttpServletResponse(), model);
        assertTrue(page(model).isDone());
        assertEquals("Your review will appear once our team has checked it; then 50 points are yours.", page(model).getNotice());

        model = new ExtendedModelMap();
        controller.form(token, "5", request(Locale.GERMAN), new MockHttpServletResponse(), model);
        assertTrue(page(model).isAlreadyReviewed(), "the link opened again");
        assertEquals("Sie haben dieses Produkt bereits bewertet; Ihre Bewertung wartet auf die Pr\u00fcfung.", page(model).getNotice());
    }

    @Test
    void badInputComesBackWithTheMessageAndTheTextTypedAndStoresNothing() throws Exception {
        Customer c = customer();
        Product p = product("Sheet");
        Order order = buy(c, p);
        String token = tokenFor(c, order, p);
        for (String rating : new String[] {"0", "6", "", "five"}) {
            ExtendedModelMap model = new ExtendedModelMap();
            MockHttpServletResponse response = new MockHttpServletResponse();
            controller.submit(token, rating, "T", "<script>alert(1)</script>", null, request(Locale.ENGLISH), response, model);
            ReviewFormPage page = page(model);
            assertEquals(400, response.getStatus());
            assertTrue(page.isForm());
            assertEquals("rating", page.getErrorField());
            assertTrue(page.getError().contains("1") && page.getError().contains("5"), page.getError());
            assertEquals("<script>alert(1)</script>", page.getText(), "the text comes back as typed (the template escapes it)");
        }
        ExtendedModelMap model = new ExtendedModelMap();
        controller.submit(token, "3", null, "   ", null, request(Locale.GERMAN), new MockHttpServletResponse(), model);
        assertEquals("text", page(model).getErrorField());
        assertEquals("Bitte schreiben Sie ein paar Worte \u00fcber das Produkt.", page(model).getError());
        assertEquals(0, admin.list(null, 0, 200).getRows().stream().filter(r -> r.getCustomerId() == c.getId()).count());
    }

    @Test
    void aBrokenOrExpiredLinkSaysWhy() throws Exception {
        ExtendedModelMap model = new ExtendedModelMap();
        MockHttpServletResponse response = new MockHttpServletResponse();
        controller.form("r.1.2.3", null, request(Locale.ENGLISH), response, model);
        assertEquals(400, response.getStatus());
        assertTrue(page(model).isInvalid());
        assertTrue(page(model).getError().contains("incomplete"), page(model).getError());

        Customer c = customer();
        Product p = product("Towel");
        Order order = buy(c, p);
        String token = tokenFor(c, order, p);
        travel(200);
        model = new ExtendedModelMap();
        controller.submit(token, "5", null, "Soft.", null, request(Locale.ENGLISH), new MockHttpServletResponse(), model);
        assertTrue(page(model).isInvalid());
        assertTrue(page(model).getError().contains("expired"));
    }

    @Test
    void theSatisfactionLinkAsksFirstAndTheButtonStoresTheAnswer() throws Exception {
        Customer c = customer();
        Order order = buy(c, product("Rug"));
        String token = tokens.satisfactionToken(c.getId(), order.getId(), new java.util.Date(clock.now().getTime() + 100 * DAY));

        ExtendedModelMap model = new ExtendedModelMap();
        controller.satisfaction(token, "8", request(Locale.ENGLISH), new MockHttpServletResponse(), model);
        SatisfactionPage page = (SatisfactionPage) model.get(ReviewController.SATISFACTION);
        assertTrue(page.isConfirm());
        assertEquals(8, page.getScore());
        assertNull(requests.request(order.getId()).getSatisfactionScore(), "opening the link stores nothing");

        model = new ExtendedModelMap();
        MockHttpServletResponse bad = new MockHttpServletResponse();
        controller.answer(token, "12", request(Locale.ENGLISH), bad, model);
        assertEquals(400, bad.getStatus());
        assertTrue(((SatisfactionPage) model.get(ReviewController.SATISFACTION)).isConfirm());
        assertNull(requests.request(order.getId()).getSatisfactionScore());

        model = new ExtendedModelMap();
        controller.answer(token, "8", request(Locale.ENGLISH), new MockHttpServletResponse(), model);
        assertEquals("Thank you! We have noted your answer: 8.", ((SatisfactionPage) model.get(ReviewController.SATISFACTION)).getNotice());
        assertEquals(Integer.valueOf(8), requests.request(order.getId()).getSatisfactionScore());

        model = new ExtendedModelMap();
        controller.answer(token, "2", request(Locale.ENGLISH), new MockHttpServletResponse(), model);
        assertTrue(((SatisfactionPage) model.get(ReviewController.SATISFACTION)).getNotice().contains("first answer counts"));
        assertEquals(Integer.valueOf(8), requests.request(order.getId()).getSatisfactionScore());
    }

    private static ReviewFormPage page(ExtendedModelMap model) {
        return (ReviewFormPage) model.get(ReviewController.PAGE);
    }

    private static MockHttpServletRequest request(Locale locale) {
        MockHttpServletRequest r = new MockHttpServletRequest("GET", "/review");
        r.addPreferredLocale(locale);
        return r;
    }
}
