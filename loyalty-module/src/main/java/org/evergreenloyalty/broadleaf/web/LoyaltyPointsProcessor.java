package org.evergreenloyalty.broadleaf.web;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.web.dialect.AbstractModelVariableModifierProcessor;
import org.evergreenloyalty.web.CurrentShopper;
import org.evergreenloyalty.web.ShopperPoints;
import org.evergreenloyalty.web.StorefrontLoyalty;
import org.thymeleaf.Arguments;
import org.thymeleaf.dom.Element;

/**
 * {@code <blc:evergreen_points var="evgPoints"/>}: puts the signed-in shopper's {@link ShopperPoints}
 * (signedIn, available, pending, negative) into the template's variables under {@code var}
 * (default {@value #DEFAULT_VAR}) and removes itself. The header badge fragment uses it.
 */
public class LoyaltyPointsProcessor extends AbstractModelVariableModifierProcessor {

    private static final Log LOG = LogFactory.getLog(LoyaltyPointsProcessor.class);

    /** The element name, after the {@code blc:} prefix. */
    public static final String ELEMENT = "evergreen_points";
    /** The variable set when the element has no {@code var} attribute. */
    public static final String DEFAULT_VAR = "evgPoints";

    private final StorefrontLoyalty loyalty;
    private final CurrentShopper shopper;

    public LoyaltyPointsProcessor(StorefrontLoyalty loyalty, CurrentShopper shopper) {
        super(ELEMENT);
        this.loyalty = loyalty;
        this.shopper = shopper;
    }

    @Override
    protected void modifyModelAttributes(Arguments arguments, Element element) {
        addToModel(arguments, TemplateVariables.name(element, DEFAULT_VAR), points());
    }

    /** The current shopper's points; nothing (anonymous) when the engine fails, so the page still renders. */
    public ShopperPoints points() {
        try {
            return loyalty.points(shopper.customerId());
        } catch (RuntimeException e) {
            LOG.warn("Could not read the shopper's points for the badge", e);
            return ShopperPoints.anonymous();
        }
    }
}
