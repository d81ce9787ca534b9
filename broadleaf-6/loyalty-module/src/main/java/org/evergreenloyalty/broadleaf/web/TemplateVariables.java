package org.evergreenloyalty.broadleaf.web;

import java.util.Locale;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.servlet.support.RequestContextUtils;

/** What Broadleaf 6's variable-modifier processors read from their element and request: the {@code var} name, the locale. */
final class TemplateVariables {

    private TemplateVariables() {
    }

    /** The element's {@code var} when it is a plain identifier, else {@code fallback}. */
    static String name(Map<String, String> attributes, String fallback) {
        String var = attributes == null ? null : attributes.get("var");
        return var != null && var.trim().matches("[A-Za-z_][A-Za-z0-9_]{0,59}") ? var.trim() : fallback;
    }

    /** The shopper's locale: the request's (Spring's locale resolver), else the thread's. */
    static Locale locale(HttpServletRequest request) {
        if (request != null) {
            try {
                return RequestContextUtils.getLocale(request);
            } catch (RuntimeException e) {
                return LocaleContextHolder.getLocale();
            }
        }
        return LocaleContextHolder.getLocale();
    }
}
