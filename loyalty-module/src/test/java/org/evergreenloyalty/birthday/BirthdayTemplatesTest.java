package org.evergreenloyalty.birthday;

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
import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.evergreenloyalty.web.birthday.BirthdayAccountPage;
import org.evergreenloyalty.web.birthday.BirthdayAccountPages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.dialect.IDialect;
import org.thymeleaf.spring3.SpringTemplateEngine;
import org.thymeleaf.spring3.context.SpringWebContext;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * Renders the birthday storefront templates of the storefront-templates module with Thymeleaf and the
 * module's message bundle: the account page with a reward and an error, and the registration fragment,
 * in English and German.
 */
@BroadleafIntegrationTest
class BirthdayTemplatesTest extends BirthdayTestBase {

    /** A th:/blc: attribute or element Thymeleaf left in the output. */
    private static final Pattern UNPROCESSED = Pattern.compile("(\\s|<|</)(th|blc):[a-z]");

    @Autowired
    ApplicationContext context;
    @Resource(name = "messageSource")
    MessageSource messages;
    @Resource(name = "evgBirthdayAccountPages")
    BirthdayAccountPages pages;

    private String render(String template, Locale locale, Map<String, Object> vars) {
        File root = new File(System.getProperty("basedir", "."), "../storefront-templates/src/main/resources/webTemplates");
        assertTrue(root.isDirectory(), root.getAbsolutePath());
        FileTemplateResolver resolver = new FileTemplateResolver();
        resolver.setPrefix(root.getAbsolutePath() + "/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode("HTML5");
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(false);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        Set<IDialect> dialects = new LinkedHashSet<IDialect>();
        dialects.add(context.getBean("thymeleafSpringStandardDialect", IDialect.class));
        dialects.add(context.getBean("blDialect", IDialect.class));
        engine.setDialects(dialects);
        engine.setMessageSource(messages);
        try {
            engine.afterPropertiesSet(); // the Spring message resolver, as a Spring container would set it up
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/account/birthday");
        request.addPreferredLocale(locale);
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

    @Test
    void accountPageShowsTheRewardTheFormAndTheError() {
        Customer c = customerWithBirthday(0, 60);
        issue(c.getId());
        RewardView r = rewards.currentReward(c.getId());
        BirthdayAccountPage page = pages.refused(c.getId(),
                new BirthdayException("day", "evergreen.birthday.error.noSuchDay", "x", 31, 2, 29), "2", "31", "", Locale.ENGLISH);
        Map<String, Object> vars = new HashMap<String, Object>();
        vars.put("evgBirthday", page);
        vars.put("evgBirthdayNotice", "Saved!");

        String html = render("evergreen/birthday/account", Locale.ENGLISH, vars);

        assertTrue(html.contains("My birthday"), html);
        assertTrue(html.contains(r.getCode()), "the code");
        assertTrue(html.contains("data-status=\"ISSUED\"") && html.contains("Ready to use"), html);
        assertTrue(html.contains("10% off your next order"), html);
        assertTrue(html.contains("Valid until " + RewardTexts.longDate(r.getLastValidDay(), Locale.ENGLISH) + "."), html);
        assertTrue(html.contains("There is no 31 February: that month has at most 29 days."), html);
        assertTrue(html.contains("Saved!"));
        assertTrue(html.contains("<option selected=\"selected\" value=\"2\">February</option>"), "the input stays selected: " + html);
        assertTrue(html.contains("<option selected=\"selected\" value=\"31\">31</option>"), html);
        assertTrue(html.contains("name=\"month\"") && html.contains("name=\"day\"") && html.contains("name=\"year\""));
        assertTrue(html.contains("name=\"csrfToken\""), "Broadleaf's CSRF token in the form");
        assertTrue(html.contains("action=\"/account/birthday\""), html);

        vars.put("evgBirthday", pages.page(c.getId(), Locale.GERMAN));
        vars.remove("evgBirthdayNotice");
        String de = render("evergreen/birthday/account", Locale.GERMAN, vars);
        assertTrue(de.contains("Mein Geburtstag") && de.contains("Einl\u00f6sbar") && de.contains("Dezember"), de);
        assertFalse(de.contains("evg-birthday-error"), "no error box without an error");
    }

    /** On the birthday itself the page congratulates instead of "less than 30 days until <today>". */
    @Test
    void onTheBirthdayThePageAndTheSaveNoticeSayHappyBirthday() {
        Customer late = customerWithBirthday(0, 0);
        Customer early = customerWithBirthday(0, 60);
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.GERMAN}) {
            Map<String, Object> vars = new HashMap<String, Object>();
            vars.put("evgBirthday", pages.page(late.getId(), locale));
            String html = render("evergreen/birthday/account", locale, vars);
            String today = Locale.ENGLISH.equals(locale) ? "Happy birthday \u2014 today!" : "Alles Gute zum Geburtstag \u2014 heute!";
            assertTrue(html.contains("evg-birthday-today\">" + today + "<"), html);
            String saved = pages.saved(birthdays.profile(late.getId()), locale);
            assertTrue(saved.contains(today), saved);
            assertFalse(saved.contains("less than") || saved.contains("weniger als"), saved);
        }
        String savedEarly = pages.saved(birthdays.profile(early.getId()), Locale.ENGLISH);
        assertEquals("Your birthday is saved. Happy birthday \u2014 today!", savedEarly);
        Map<String, Object> vars = new HashMap<String, Object>();
        vars.put("evgBirthday", pages.page(customerWithBirthday(5, 60).getId(), Locale.ENGLISH));
        String notToday = render("evergreen/birthday/account", Locale.ENGLISH, vars);
        assertTrue(notToday.contains("Your next birthday: ") && !notToday.contains("Happy birthday"), notToday);
    }

    @Test
    void registrationFragmentOffersOptionalFields() {
        Map<String, Object> vars = new HashMap<String, Object>();
        String en = render("evergreen/birthday/fragments/registration", Locale.ENGLISH, vars);
        assertTrue(en.contains("name=\"evgBirthdayMonth\"") && en.contains("name=\"evgBirthdayDay\"") && en.contains("name=\"evgBirthdayYear\""), en);
        assertTrue(en.contains("Birthday (optional)") && en.contains(">March<"), en);
        String de = render("evergreen/birthday/fragments/registration", Locale.GERMAN, vars);
        assertTrue(de.contains("Geburtstag (freiwillig)") && de.contains(">M\u00e4rz<"), de);
    }
}
