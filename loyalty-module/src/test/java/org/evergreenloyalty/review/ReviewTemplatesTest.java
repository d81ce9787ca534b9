package org.evergreenloyalty.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import javax.annotation.Resource;

import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.evergreenloyalty.web.review.ReviewController;
import org.evergreenloyalty.web.review.ReviewFormPage;
import org.evergreenloyalty.web.review.ReviewTexts;
import org.evergreenloyalty.web.review.SatisfactionPage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.ui.ExtendedModelMap;
import org.thymeleaf.dialect.IDialect;
import org.thymeleaf.spring3.SpringTemplateEngine;
import org.thymeleaf.spring3.context.SpringWebContext;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * The review templates of storefront-templates rendered with Thymeleaf and Broadleaf's dialect (so
 * {@code <blc:form>} and {@code <blc:evergreen_reviews>} run) in English and German: the form with an error and the
 * shopper's input escaped, the satisfaction page, and a product's reviews with the verified and incentivised labels.
 */
@BroadleafIntegrationTest
class ReviewTemplatesTest extends ReviewTestBase {

    /** A th:/blc: attribute or element Thymeleaf left in the output. */
    private static final Pattern UNPROCESSED = Pattern.compile("(\\s|<|</)(th|blc):[a-z]");
    private static final String SCRIPT = "<script>alert('x')</script>";

    @Autowired
    ApplicationContext context;
    @Resource(name = "messageSource")
    MessageSource messages;
    @Resource(name = "evgReviewTexts")
    ReviewTexts texts;
    @Resource(name = "evgReviewLinks")
    ReviewLinks links;

    @Test
    void theFormShowsTheProductThePresetStarAndSendsBadInputBackEscaped() throws Exception {
        Customer c = customer();
        Product p = product("Parka");
        Order order = buy(c, p);
        String token = tokenFor(c, order, p);
        ReviewController controller = new ReviewController(reviews, settingsService, texts, links);

        ExtendedModelMap model = new ExtendedModelMap();
        controller.form(token, "4", request(Locale.ENGLISH), new MockHttpServletResponse(), model);
        String en = render("evergreen/review/form", Locale.ENGLISH, model);
        assertTrue(en.contains(p.getName()));
        assertTrue(en.contains("name=\"csrfToken\""), "Broadleaf's CSRF token in the form");
        assertTrue(en.contains("action=\"/review\""), en);
        assertTrue(en.matches("(?s).*<input[^>]*checked=\"checked\"[^>]*value=\"4\".*|.*<input[^>]*value=\"4\"[^>]*checked=\"checked\".*"),
                "four stars preset: " + en);
        assertTrue(en.contains("You earn 50 points once your review is published, whatever your rating."));
        assertTrue(en.contains("Hi Test, how do you like it?"));

        model = new ExtendedModelMap();
        controller.submit(token, "9", SCRIPT, SCRIPT, SCRIPT, request(Locale.GERMAN), new MockHttpServletResponse(), model);
        String de = render("evergreen/review/form", Locale.GERMAN, model);
        assertTrue(de.contains("Die Bewertung muss zwischen 1 und 5 Sternen liegen."), de);
        assertTrue(de.contains("data-field=\"rating\""));
        assertFalse(de.contains(SCRIPT), "the shopper's input is never markup");
        assertTrue(de.contains("&lt;script&gt;alert("), "it comes back escaped: " + de);
        assertTrue(de.contains("Bewertung ver\u00f6ffentlichen"));
    }

    @Test
    void eachStateOfTheFormPageRenders() throws Exception {
        Map<String, Object> vars = new HashMap<String, Object>();
        vars.put(ReviewController.PAGE, ReviewFormPage.invalid("The link has expired."));
        String invalid = render("evergreen/review/form", Locale.ENGLISH, vars);
        assertTrue(invalid.contains("id=\"evg-review-invalid\"") && invalid.contains("The link has expired."));
        assertFalse(invalid.contains("evg-review-form\""));

        Customer c = customer();
        Product p = product("Vest");
        Order order = buy(c, p);
        ReviewInvitation inv = reviews.open(tokenFor(c, order, p));
        vars.put(ReviewController.PAGE, ReviewFormPage.done(inv, "Your review is published."));
        String done = render("evergreen/review/form", Locale.GERMAN, vars);
        assertTrue(done.contains("id=\"evg-review-done\"") && done.contains("Vielen Dank!"));
        vars.put(ReviewController.PAGE, ReviewFormPage.alreadyReviewed(inv, "Reviewed already."));
        assertTrue(render("evergreen/review/form", Locale.ENGLISH, vars).contains("id=\"evg-review-already\""));
    }

    @Test
    void theSatisfactionPageAsksWithTheScorePreset() {
        Map<String, Object> vars = new HashMap<String, Object>();
        vars.put(ReviewController.SATISFACTION, SatisfactionPage.confirm("/review/satisfaction", "s.1.2.3.sig", 7, null));
        String html = render("evergreen/review/satisfaction", Locale.ENGLISH, vars);
        assertTrue(html.contains("action=\"/review/satisfaction\""));
        assertTrue(html.contains("name=\"csrfToken\""));
        assertTrue(html.contains("id=\"evg-satisfaction-7\"") && html.contains("checked=\"checked\""));
        assertTrue(html.contains("Send my answer"));
        vars.put(ReviewController.SATISFACTION, SatisfactionPage.done(7, "Thank you!"));
        String de = render("evergreen/review/satisfaction", Locale.GERMAN, vars);
        assertTrue(de.contains("Wie wahrscheinlich ist es, dass Sie uns einem Freund empfehlen?") && de.contains("Thank you!"));
    }

    @Test
    void theProductFragmentShowsApprovedReviewsEscapedWithTheirLabels() throws Exception {
        Product p = product("Skis");
        Customer a = customer();
        Customer b = customer();
        Customer pending = customer();
        SubmittedReview ra = reviews.submit(tokenFor(a, buy(a, p), p), new ReviewInput(5, "Fast", SCRIPT + " and fast", "Ski Fan"));
        SubmittedReview rb = reviews.submit(tokenFor(b, buy(b, p), p), new ReviewInput(4, null, "Good edges.", null));
        reviews.submit(tokenFor(pending, buy(pending, p), p), new ReviewInput(1, null, "Not yet moderated.", null));
        admin.approve(ra.getReviewId(), "mod");
        settings(s -> s.setRewardPoints(0));
        admin.approve(rb.getReviewId(), "mod");

        Map<String, Object> vars = new HashMap<String, Object>();
        vars.put("product", p);
        // as a product page includes it: th:replace with the product as the fragment's parameter
        String en = render("host/reviews", Locale.ENGLISH, vars);
        assertTrue(en.contains("data-average=\"4.5\"") && en.contains("data-count=\"2\""), en);
        assertTrue(en.contains("4.5 out of 5") && en.contains("2 reviews"), en);
        assertTrue(en.contains("2 reviews from verified buyers"));
        assertFalse(en.contains(SCRIPT), "review text is escaped");
        assertTrue(en.contains("&lt;script&gt;"));
        assertTrue(en.contains("Ski Fan") && en.contains("Test S."));
        assertEquals(1, count(en, "Received loyalty points for this review"), "only the rewarded review is labelled");
        assertEquals(2, count(en, "class=\"evg-review-verified\""));
        assertFalse(en.contains("Not yet moderated."), "pending reviews are not shown");
        assertTrue(en.contains("<a href=\"#evg-product-reviews\">2 reviews</a>"), "the summary line: " + en);
        String de = render("host/reviews", Locale.GERMAN, vars);
        assertTrue(de.contains("4,5 von 5") && de.contains("2 Bewertungen") && de.contains("Verifizierter Kauf"), de);

        String own = render("host/reviewsProcessor", Locale.ENGLISH, vars);
        assertTrue(own.contains("<p id=\"own-markup\">2 approved, average 4.5</p>"), "the processor at page level: " + own);

        vars.put("product", product("Unreviewed"));
        String none = render("host/reviews", Locale.ENGLISH, vars);
        assertTrue(none.contains("No reviews yet."));
        assertFalse(none.contains("evg-review-summary\""), "no summary line without reviews");
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    private static MockHttpServletRequest request(Locale locale) {
        MockHttpServletRequest r = new MockHttpServletRequest("GET", "/review");
        r.addPreferredLocale(locale);
        return r;
    }

    private String render(String template, Locale locale, Map<String, Object> vars) {
        File root = new File(System.getProperty("basedir", "."), "../storefront-templates/src/main/resources/webTemplates");
        assertTrue(root.isDirectory(), root.getAbsolutePath());
        FileTemplateResolver resolver = new FileTemplateResolver();
        resolver.setPrefix(root.getAbsolutePath() + "/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode("HTML5");
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(false);
        resolver.setOrder(1);
        org.thymeleaf.templateresolver.ClassLoaderTemplateResolver hosts = new org.thymeleaf.templateresolver.ClassLoaderTemplateResolver();
        hosts.setPrefix("testTemplates/");
        hosts.setSuffix(".html");
        hosts.setTemplateMode("HTML5");
        hosts.setCharacterEncoding("UTF-8");
        hosts.setCacheable(false);
        hosts.setOrder(2);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolvers(new LinkedHashSet<org.thymeleaf.templateresolver.ITemplateResolver>(
                java.util.Arrays.<org.thymeleaf.templateresolver.ITemplateResolver>asList(resolver, hosts)));
        Set<IDialect> dialects = new LinkedHashSet<IDialect>();
        dialects.add(context.getBean("thymeleafSpringStandardDialect", IDialect.class));
        dialects.add(context.getBean("blDialect", IDialect.class));
        engine.setDialects(dialects);
        engine.setMessageSource(messages);
        try {
            engine.afterPropertiesSet();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        MockHttpServletRequest request = request(locale);
        BroadleafRequestContext previous = BroadleafRequestContext.getBroadleafRequestContext();
        BroadleafRequestContext brc = new BroadleafRequestContext();
        brc.setRequest(request);
        brc.setResponse(new MockHttpServletResponse());
        BroadleafRequestContext.setBroadleafRequestContext(brc);
        try {
            String html = engine.process(template, new SpringWebContext(request, new MockHttpServletResponse(), new MockServletContext(),
                    locale, vars, context));
            assertFalse(html.contains("??"), "a message is missing in " + template + " (" + locale + "):\n" + html);
            assertFalse(UNPROCESSED.matcher(html).find(), "unprocessed attribute or element in " + template + ":\n" + html);
            return html;
        } finally {
            BroadleafRequestContext.setBroadleafRequestContext(previous);
        }
    }
}
