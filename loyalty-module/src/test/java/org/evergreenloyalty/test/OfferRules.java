package org.evergreenloyalty.test;

import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.domain.OfferRule;

/**
 * Reads an offer's match rules the Broadleaf 3.1 way (the Broadleaf 6 harness has a class of the same name), so a
 * test shared by both lines asserts on rules without naming either API.
 */
public final class OfferRules {

    private OfferRules() {
    }

    /** The MVEL of the offer's match rule under {@code key} (e.g. "CUSTOMER"), or null. */
    public static String matchRule(Offer offer, String key) {
        OfferRule rule = offer.getOfferMatchRules().get(key);
        return rule == null ? null : rule.getMatchRule();
    }
}
