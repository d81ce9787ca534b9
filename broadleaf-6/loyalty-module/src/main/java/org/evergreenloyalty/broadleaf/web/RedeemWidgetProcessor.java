package org.evergreenloyalty.broadleaf.web;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.presentation.dialect.AbstractBroadleafVariableModifierProcessor;
import org.broadleafcommerce.presentation.model.BroadleafTemplateContext;
import org.evergreenloyalty.web.CurrentShopper;
import org.evergreenloyalty.web.LocalRedirect;
import org.evergreenloyalty.web.MoneyFormat;
import org.evergreenloyalty.web.RedeemController;
import org.evergreenloyalty.web.RedeemWidget;
import org.evergreenloyalty.web.StorefrontLoyalty;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * {@code <blc:evergreen_redeem var="evgRedeem"/>}: puts the {@link RedeemWidget} of the current shopper's
 * current cart into the template's variables under {@code var} (default {@value #DEFAULT_VAR}), with the
 * flash message of the last apply/remove and the page to return to, and removes itself. The cart widget
 * fragment uses it, so a store's cart controller needs to know nothing about points. Broadleaf 6 form: a
 * presentation-layer variable processor, found by type in the context (no dialect merge).
 */
public class RedeemWidgetProcessor extends AbstractBroadleafVariableModifierProcessor {

    private static final Log LOG = LogFactory.getLog(RedeemWidgetProcessor.class);

    /** The element name, after the {@code blc:} prefix. */
    public static final String ELEMENT = "evergreen_redeem";
    /** The variable set when the element has no {@code var} attribute. */
    public static final String DEFAULT_VAR = "evgRedeem";

    private final StorefrontLoyalty loyalty;
    private final CurrentShopper shopper;

    public RedeemWidgetProcessor(StorefrontLoyalty loyalty, CurrentShopper shopper) {
        this.loyalty = loyalty;
        this.shopper = shopper;
    }

    @Override
    public String getName() {
        return ELEMENT;
    }

    @Override
    public Map<String, Object> populateModelVariables(String tagName, Map<String, String> tagAttributes,
                                                      BroadleafTemplateContext context) {
        HttpServletRequest request = context == null ? null : context.getRequest();
        return Collections.<String, Object>singletonMap(TemplateVariables.name(tagAttributes, DEFAULT_VAR),
                widget(request, TemplateVariables.locale(request)));
    }

    /** The widget for {@code request} (may be null outside a web request). */
    public RedeemWidget widget(HttpServletRequest request, Locale locale) {
        RedeemWidget w;
        try {
            w = loyalty.redeemWidget(shopper.customerId(), shopper.cartId(), new MoneyFormat(shopper.currencyCode(), locale));
        } catch (RuntimeException e) {
            LOG.warn("Could not prepare the points widget of the cart", e);
            w = RedeemWidget.hidden();
        }
        if (request == null) {
            return w;
        }
        Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
        String message = flash == null ? null : text(flash.get(RedeemController.MESSAGE));
        String error = flash == null ? null : text(flash.get(RedeemController.ERROR));
        return w.on(returnPath(request), message, error);
    }

    /** The current page's path inside the webapp, if it is a safe local path; else null (the default). */
    public static String returnPath(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath() == null ? "" : request.getContextPath();
        if (uri == null || !uri.startsWith(context)) {
            return null;
        }
        return LocalRedirect.target(uri.substring(context.length()), null);
    }

    private static String text(Object o) {
        return o == null ? null : o.toString();
    }
}
