package org.evergreenloyalty.web;

import java.util.Locale;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.evergreenloyalty.notification.EmailPreferenceService;
import org.evergreenloyalty.notification.InvalidUnsubscribeTokenException;
import org.evergreenloyalty.notification.MailSettings;
import org.evergreenloyalty.notification.UnsubscribeRequest;
import org.evergreenloyalty.notification.UnsubscribeTokenService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The page unsubscribe links in the module's e-mails open ({@code evergreen.mail.unsubscribePath}, default
 * {@code /loyalty/unsubscribe}, {@code ?token=...}); no sign-in needed. GET only checks the token and asks
 * to confirm, because mail scanners and link previews open links on their own; the POST of that form
 * (with the store's CSRF token) unsubscribes. A bad token changes nothing and says so (HTTP 400).
 */
@Controller
@RequestMapping(UnsubscribeController.PATH)
public class UnsubscribeController {

    /** The mapped path: the property, resolved by the placeholder configurer of the module's servlet XML. */
    public static final String PATH = "$evergreen{evergreen.mail.unsubscribePath}";
    /** The page's template. */
    public static final String VIEW = "evergreen/unsubscribe";
    /** Model attribute of the page ({@link UnsubscribePage}). */
    public static final String PAGE = "evgUnsubscribe";

    private final UnsubscribeTokenService tokens;
    private final EmailPreferenceService preferences;
    private final MailSettings mailSettings;
    private final StorefrontMessages messages;

    @Autowired
    public UnsubscribeController(@Qualifier("evgUnsubscribeTokens") UnsubscribeTokenService tokens,
                                 @Qualifier("evgEmailPreferences") EmailPreferenceService preferences,
                                 @Qualifier("evgMailSettings") MailSettings mailSettings,
                                 @Qualifier("evgStorefrontMessages") StorefrontMessages messages) {
        this.tokens = tokens;
        this.preferences = preferences;
        this.mailSettings = mailSettings;
        this.messages = messages;
    }

    /** Checks the link's token and asks to confirm; changes nothing. */
    @RequestMapping(method = RequestMethod.GET)
    public String confirm(@RequestParam(value = "token", required = false) String token, HttpServletRequest request,
                          HttpServletResponse response, Model model) {
        Locale locale = RequestContextUtils.getLocale(request);
        UnsubscribePage page;
        try {
            UnsubscribeRequest r = tokens.verify(token);
            page = UnsubscribePage.confirm(token, topic(r.getCategory(), locale), mailSettings.getUnsubscribePath());
        } catch (InvalidUnsubscribeTokenException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            page = UnsubscribePage.invalid(reason(e, locale));
        }
        model.addAttribute(PAGE, page);
        return VIEW;
    }

    /** Unsubscribes as the token says. */
    @RequestMapping(method = RequestMethod.POST)
    public String unsubscribe(@RequestParam(value = "token", required = false) String token, HttpServletRequest request,
                              HttpServletResponse response, Model model) {
        Locale locale = RequestContextUtils.getLocale(request);
        UnsubscribePage page;
        try {
            UnsubscribeRequest r = preferences.unsubscribe(token);
            page = UnsubscribePage.done(topic(r.getCategory(), locale));
        } catch (InvalidUnsubscribeTokenException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            page = UnsubscribePage.invalid(reason(e, locale));
        }
        model.addAttribute(PAGE, page);
        return VIEW;
    }

    /** Why the link does not work, in the shopper's language (the engine's English when the bundle lacks it). */
    private String reason(InvalidUnsubscribeTokenException e, Locale locale) {
        return e.getMessageKey() == null ? e.getMessage() : messages.textOr(e.getMessageKey(), e.getMessage(), locale);
    }

        private String topic(String category, Locale locale) {
        return messages.textOr("evergreen.mail.category." + category, category, locale);
    }
}
