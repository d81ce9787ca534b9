package org.evergreenloyalty.admin.web;

import java.text.Format;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

import org.broadleafcommerce.openadmin.server.security.domain.AdminUser;
import org.broadleafcommerce.openadmin.web.controller.AdminAbstractController;
import org.evergreenloyalty.admin.form.FormErrors;
import org.evergreenloyalty.admin.form.SettingsForm;
import org.evergreenloyalty.admin.security.LoyaltyAdminAccess;
import org.evergreenloyalty.support.RefusedException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Base of the admin's Loyalty pages: every page is refused (403, with an explanation) to admin users without
 * {@link LoyaltyAdminAccess#PERMISSION}, and shown inside Broadleaf's admin frame (menu, breadcrumbs) with its
 * section highlighted. Broadleaf 3.1 itself only checks entity permissions, never custom pages, so each page
 * must go through {@link #refusalFor}.
 */
public abstract class AbstractLoyaltyAdminController extends AdminAbstractController {

    /** The admin's container template that wraps a view with header, menu and breadcrumbs. */
    static final String CONTAINER = "modules/defaultContainer";

    /** The view shown to users without the loyalty permission. */
    static final String NO_ACCESS_VIEW = "loyalty/noLoyaltyAccess";

    /** The view of a customer, order or other record that does not exist (shown with status 404). */
    static final String NOT_FOUND_VIEW = "loyalty/notFound";

    /** Model attribute of the one-line confirmation shown after a successful action (a flash attribute). */
    public static final String NOTICE = "evgNotice";

    /** Model attribute of the one-line warning shown after an action that changed nothing (a flash attribute). */
    public static final String WARNING = "evgWarning";

    @Resource(name = "evgLoyaltyAdminAccess")
    protected LoyaltyAdminAccess access;

    /** The admin's merged message bundle (Broadleaf's and Evergreen's). */
    @Resource(name = "messageSource")
    protected MessageSource messageSource;

    /**
     * Null when the signed-in user may use the Loyalty pages; otherwise sets status 403 and returns the view
     * that explains why, which the handler must return as is.
     */
    protected String refusalFor(HttpServletResponse response, Model model) {
        if (access.currentUserMayManageLoyalty()) {
            return null;
        }
        // no menu position either: the section is not in this user's menu
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("viewType", NO_ACCESS_VIEW);
        return CONTAINER;
    }

    /**
     * Shows {@code views/<viewType>.html} as the page of the section at {@code /<sectionKey>}.
     *
     * @param sectionKey the section's URL below the admin root, without the leading slash
     */
    protected String page(Model model, String sectionKey, String viewType) {
        setModelAttributes(model, sectionKey);
        model.addAttribute("viewType", viewType);
        return CONTAINER;
    }

    /** Shows "not found" with {@code messageKey} as the page of {@code sectionKey}, with status 404. */
    protected String notFound(HttpServletResponse response, Model model, String sectionKey, String messageKey, Object... args) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("notFoundMessage", text(messageKey, args));
        return page(model, sectionKey, NOT_FOUND_VIEW);
    }

    /** A fresh record of form problems, with messages in the request's language. */
    protected FormErrors newErrors() {
        return new FormErrors(messageSource, LocaleContextHolder.getLocale());
    }

    /** The message {@code key} of the admin bundle in the request's language. */
    protected String text(String key, Object... args) {
        return messageSource.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    /**
     * The text of an engine refusal in the request's language: in English the engine's own message (as the
     * pages have always shown it), in another language the feature bundle's text of its key and arguments, or the
     * English message when the bundle has none.
     */
    protected String refusal(RefusedException e) {
        Locale locale = LocaleContextHolder.getLocale();
        if (e.getMessageKey() == null || locale == null || Locale.ENGLISH.getLanguage().equals(locale.getLanguage())) {
            return e.getMessage();
        }
        String pattern = messageSource.getMessage(e.getMessageKey(), null, null, locale);
        if (pattern == null) {
            return e.getMessage();
        }
        return messageSource.getMessage(e.getMessageKey(), plainNumbers(pattern, e.getArguments(), locale), e.getMessage(), locale);
    }

    /**
     * The arguments with every number that {@code pattern} shows as plain text ({@code {0}}, not {@code {0,number}})
     * turned into its digits: an id is "Review 1234", never "Review 1.234".
     */
    private static Object[] plainNumbers(String pattern, Object[] args, Locale locale) {
        Format[] formats;
        try {
            formats = new MessageFormat(pattern, locale).getFormatsByArgumentIndex();
        } catch (IllegalArgumentException notAPattern) {
            return args;
        }
        Object[] out = args.clone();
        for (int i = 0; i < out.length && i < formats.length; i++) {
            if (formats[i] == null && out[i] instanceof Number) {
                out[i] = String.valueOf(out[i]);
            }
        }
        return out;
    }

    /**
     * The save of a settings form, the same on every settings page: refused users get the refusal; otherwise
     * the form is read onto the saved settings and, when every field could be read, saved: then the page is
     * shown again (a redirect) with a confirmation. When the form had problems, or the engine refused the
     * settings, nothing is saved and {@code pageWithProblems} shows the form again with all problems at once
     * (the form's and, for the fields that could be read, the engine's own).
     */
    protected <S> String saveSettings(SettingsSave<S> how, SettingsForm<S> form, BindingResult binding,
                                      HttpServletResponse response, Model model, RedirectAttributes redirect,
                                      Function<FormErrors, String> pageWithProblems) {
        String refusal = refusalFor(response, model);
        if (refusal != null) {
            return refusal;
        }
        FormErrors errors = newErrors();
        bindingProblems(binding, errors);
        S candidate = form.applyTo(how.current(), errors);
        if (errors.isEmpty()) {
            Map<String, String> refused = how.save(candidate);
            if (refused == null) {
                redirect.addFlashAttribute(NOTICE, text(how.savedMessageKey()));
                return "redirect:/" + how.pageUrl();
            }
            errors.rejectAll(refused);
        } else {
            errors.rejectAll(how.check(candidate));
        }
        return pageWithProblems.apply(errors);
    }

    /** Values Spring could not even bind (e.g. a tampered check box) are problems of their fields. */
    protected static void bindingProblems(BindingResult binding, FormErrors errors) {
        for (FieldError e : binding.getFieldErrors()) {
            errors.reject(e.getField(), "evergreen.form.invalid");
        }
    }

    /**
     * The login of the signed-in admin user (as Broadleaf's own admin reads it: the persistent admin user of the
     * security context), recorded as the actor of manual changes; null when nobody is signed in.
     */
    protected String currentAdminLogin() {
        AdminUser user = adminRemoteSecurityService.getPersistentAdminUser();
        return user == null ? null : user.getLogin();
    }
}
