package org.evergreenloyalty.admin.test;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.dialect.IDialect;
import org.thymeleaf.spring3.SpringTemplateEngine;
import org.thymeleaf.spring3.messageresolver.SpringMessageResolver;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a Loyalty view ({@code views/<viewType>}) the way Broadleaf's admin container includes it: found by a
 * classpath resolver under {@code open_admin_style/templates/}, Spring's standard dialect, the given extra
 * dialects (e.g. Broadleaf's {@code blDialect}, whose {@code blc:form} adds the CSRF token), and messages from
 * the given source, in a web context on the request bound to this thread.
 */
public final class AdminViewRenderer {

    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    public AdminViewRenderer(MessageSource messages, IDialect... extraDialects) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("open_admin_style/templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode("HTML5");
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(false);
        engine.setTemplateResolver(resolver);
        SpringMessageResolver messageResolver = new SpringMessageResolver();
        messageResolver.setMessageSource(messages);
        engine.setMessageResolver(messageResolver);
        Set<IDialect> extra = new LinkedHashSet<IDialect>();
        for (IDialect d : extraDialects) {
            extra.add(d);
        }
        engine.setAdditionalDialects(extra);
    }

    /** The HTML of {@code views/<viewType>} for {@code model}, in English. */
    public String render(String viewType, Map<String, ?> model) {
        return render(viewType, model, Locale.ENGLISH);
    }

    /** The HTML of {@code views/<viewType>} for {@code model}, its texts in {@code locale}. */
    public String render(String viewType, Map<String, ?> model, Locale locale) {
        MockHttpServletRequest request;
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes
                && ((ServletRequestAttributes) RequestContextHolder.getRequestAttributes()).getRequest() instanceof MockHttpServletRequest) {
            request = (MockHttpServletRequest) ((ServletRequestAttributes) RequestContextHolder.getRequestAttributes()).getRequest();
        } else {
            request = new MockHttpServletRequest();
            RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request), true);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> vars = (Map<String, Object>) model;
        WebContext context = new WebContext(request, new MockHttpServletResponse(), new MockServletContext(), locale, vars);
        return engine.process("views/" + viewType, context);
    }
}
