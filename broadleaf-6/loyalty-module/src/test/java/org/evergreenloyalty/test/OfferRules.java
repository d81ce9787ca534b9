package org.evergreenloyalty.test;

import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.domain.OfferOfferRuleXref;

/**
 * Reads an offer's match rules the Broadleaf 6 way (through {@code getOfferMatchRulesXref}); the 3.1 harness has a
 * class of the same name, so a test shared by both lines asserts on rules without naming either API.
 */
public final class OfferRules {

    private OfferRules() {
    }

    /** The MVEL of the offer's match rule under {@code key} (e.g. "CUSTOMER"), or null. */
    public static String matchRule(Offer offer, String key) {
        OfferOfferRuleXref xref = offer.getOfferMatchRulesXref().get(key);
        return xref == null || xref.getOfferRule() == null ? null : xref.getOfferRule().getMatchRule();
    }
}
