package org.evergreenloyalty.broadleaf.web;

import java.util.Collections;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.presentation.dialect.AbstractBroadleafVariableModifierProcessor;
import org.broadleafcommerce.presentation.model.BroadleafTemplateContext;
import org.evergreenloyalty.web.CurrentShopper;
import org.evergreenloyalty.web.ShopperPoints;
import org.evergreenloyalty.web.StorefrontLoyalty;

/**
 * {@code <blc:evergreen_points var="evgPoints"/>}: puts the signed-in shopper's {@link ShopperPoints}
 * (signedIn, available, pending, negative) into the page's variables under {@code var}
 * (default {@value #DEFAULT_VAR}) and removes itself. The header badge fragment uses it. Broadleaf 6 form: a
 * presentation-layer variable processor, found by type in the context (no dialect merge).
 */
public class LoyaltyPointsProcessor extends AbstractBroadleafVariableModifierProcessor {

    private static final Log LOG = LogFactory.getLog(LoyaltyPointsProcessor.class);

    /** The element name, after the {@code blc:} prefix. */
    public static final String ELEMENT = "evergreen_points";
    /** The variable set when the element has no {@code var} attribute. */
    public static final String DEFAULT_VAR = "evgPoints";

    private final StorefrontLoyalty loyalty;
    private final CurrentShopper shopper;

    public LoyaltyPointsProcessor(StorefrontLoyalty loyalty, CurrentShopper shopper) {
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
        return Collections.<String, Object>singletonMap(TemplateVariables.name(tagAttributes, DEFAULT_VAR), points());
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
