package org.evergreenloyalty.test.thymeleaf31;

import java.util.Locale;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.thymeleaf.context.AbstractContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.web.IWebExchange;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Thymeleaf 3.1 stand-in for the 3.0 {@code WebContext(request, response, servletContext, locale)} constructor the
 * 6.x render tests use (3.1's own {@code WebContext} is final and built from an {@code IWebExchange}). The build's
 * transformer rules point the transformed tests' {@code org.thymeleaf.context} imports at this package.
 */
public class WebContext extends AbstractContext implements IWebContext {

    private final IWebExchange exchange;

    /** A web context over the servlet request and response, as on Thymeleaf 3.0. */
    public WebContext(HttpServletRequest request, HttpServletResponse response, ServletContext servletContext,
                      Locale locale) {
        super(locale);
        this.exchange = JakartaServletWebApplication.buildApplication(servletContext).buildExchange(request, response);
    }

    @Override
    public IWebExchange getExchange() {
        return exchange;
    }
}
