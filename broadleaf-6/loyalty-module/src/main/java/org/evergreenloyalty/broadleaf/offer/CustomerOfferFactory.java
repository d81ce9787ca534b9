package org.evergreenloyalty.broadleaf.offer;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.broadleafcommerce.core.offer.dao.OfferCodeDao;
import org.broadleafcommerce.core.offer.dao.OfferDao;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.broadleafcommerce.core.offer.domain.OfferItemCriteria;
import org.broadleafcommerce.core.offer.domain.OfferItemCriteriaImpl;
import org.broadleafcommerce.core.offer.domain.OfferOfferRuleXref;
import org.broadleafcommerce.core.offer.domain.OfferOfferRuleXrefImpl;
import org.broadleafcommerce.core.offer.domain.OfferRule;
import org.broadleafcommerce.core.offer.domain.OfferRuleImpl;
import org.broadleafcommerce.core.offer.domain.OfferTargetCriteriaXref;
import org.broadleafcommerce.core.offer.domain.OfferTargetCriteriaXrefImpl;
import org.broadleafcommerce.core.offer.service.OfferService;
import org.broadleafcommerce.core.offer.service.type.OfferDiscountType;
import org.broadleafcommerce.core.offer.service.type.OfferRuleType;
import org.broadleafcommerce.core.offer.service.type.OfferType;

/**
 * Makes native Broadleaf promotions for one customer: an ORDER offer (amount or percent off), a FULFILLMENT_GROUP
 * offer (free shipping) or an ORDER_ITEM offer (one unit of a product free) delivered by a single-use code, matched only by that customer (an offer match rule {@code customer.id == N}), so
 * totals, tax, order history and the admin show it like any other promotion. Broadleaf 6 form: an offer that is
 * not automatically added needs its code (no delivery type), and match rules hang off the offer through
 * {@link OfferOfferRuleXref}s, target criteria through {@link OfferTargetCriteriaXref}s.
 */
public class CustomerOfferFactory {

    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private final OfferService offerService;
    private final OfferDao offerDao;
    private final OfferCodeDao offerCodeDao;
    private final SecureRandom random = new SecureRandom();

    public CustomerOfferFactory(OfferService offerService, OfferDao offerDao, OfferCodeDao offerCodeDao) {
        this.offerService = offerService;
        this.offerDao = offerDao;
        this.offerCodeDao = offerCodeDao;
    }

    /**
     * Creates the offer and its code.
     *
     * @param percent true for percent off, false for an amount off
     * @param minimumSubtotal optional minimum order subtotal (null: none)
     * @param codePrefix short prefix of the generated code, e.g. "PTS"
     */
    public OfferCode create(long customerId, BigDecimal value, boolean percent, BigDecimal minimumSubtotal,
                            Date validFrom, Date validUntil, String name, String codePrefix) {
        return save(offer(value, percent, validFrom, validUntil, name), customerId, minimumSubtotal, validFrom, validUntil,
                codePrefix);
    }

    /**
     * Creates a free-shipping offer and its code: a FULFILLMENT_GROUP offer, 100% off the shipping, for the customer
     * only, with an optional minimum subtotal.
     */
    public OfferCode createFreeShipping(long customerId, BigDecimal minimumSubtotal, Date validFrom, Date validUntil,
                                       String name, String codePrefix) {
        Offer offer = offer(BigDecimal.valueOf(100), true, validFrom, validUntil, name);
        offer.setType(OfferType.FULFILLMENT_GROUP);
        return save(offer, customerId, minimumSubtotal, validFrom, validUntil, codePrefix);
    }

    /**
     * Creates a free-product offer and its code: an ORDER_ITEM offer targeting one unit of {@code productId} (which
     * must be in the cart), 100% off, once per order, for the customer only, with an optional minimum subtotal.
     */
    public OfferCode createFreeProduct(long customerId, long productId, BigDecimal minimumSubtotal, Date validFrom,
                                       Date validUntil, String name, String codePrefix) {
        Offer offer = offer(BigDecimal.valueOf(100), true, validFrom, validUntil, name);
        offer.setType(OfferType.ORDER_ITEM);
        OfferItemCriteria target = new OfferItemCriteriaImpl();
        target.setQuantity(1);
        target.setMatchRule("discreteOrderItem.?product.?id == " + productId);
        Set<OfferTargetCriteriaXref> targets = new HashSet<OfferTargetCriteriaXref>();
        targets.add(new OfferTargetCriteriaXrefImpl(offer, target));
        offer.setTargetItemCriteriaXref(targets);
        return save(offer, customerId, minimumSubtotal, validFrom, validUntil, codePrefix);
    }

    /** A new ORDER offer (amount or percent off), not saved yet, usable once per customer and order by its code. */
    private Offer offer(BigDecimal value, boolean percent, Date validFrom, Date validUntil, String name) {
        Offer offer = offerDao.create();
        offer.setName(name);
        offer.setDescription(name);
        offer.setMarketingMessage(name);
        offer.setType(OfferType.ORDER);
        offer.setDiscountType(percent ? OfferDiscountType.PERCENT_OFF : OfferDiscountType.AMOUNT_OFF);
        offer.setValue(value);
        offer.setStartDate(validFrom);
        offer.setEndDate(validUntil);
        offer.setAutomaticallyAdded(false);
        offer.setCombinableWithOtherOffers(true);
        offer.setTotalitarianOffer(false);
        offer.setMaxUsesPerCustomer(1L);
        offer.setMaxUsesPerOrder(1);
        offer.setPriority(10);
        return offer;
    }

    /** Binds {@code offer} to the customer (and the minimum subtotal), saves it and makes its single-use code. */
    private OfferCode save(Offer offer, long customerId, BigDecimal minimumSubtotal, Date validFrom, Date validUntil,
                           String codePrefix) {
        addMatchRule(offer, OfferRuleType.CUSTOMER.getType(), "customer.id == " + customerId);
        if (minimumSubtotal != null && minimumSubtotal.signum() > 0) {
            addMatchRule(offer, OfferRuleType.ORDER.getType(), "order.subTotal.getAmount() >= " + minimumSubtotal.toPlainString());
        }
        Offer saved = offerService.save(offer);

        OfferCode code = offerCodeDao.create();
        code.setOffer(saved);
        code.setOfferCode(newCode(codePrefix));
        code.setMaxUses(1);
        code.setStartDate(validFrom);
        code.setEndDate(validUntil);
        return offerService.saveOfferCode(code);
    }

    private static void addMatchRule(Offer offer, String key, String mvel) {
        OfferRule rule = new OfferRuleImpl();
        rule.setMatchRule(mvel);
        offer.getOfferMatchRulesXref().put(key, new OfferOfferRuleXrefImpl(offer, rule, key));
    }

    /**
     * Creates the offers and codes of several customers, each exactly as {@link #create} makes it, named
     * {@code names.get(customerId)}; returns the codes by customer id. On Broadleaf 6 one by one through {@link #create}
     * (the 3.1 line's batched JDBC rows, OfferRows, follow 3.1's offer tables; Broadleaf 6 keeps match rules in xrefs).
     */
    public Map<Long, String> createAll(Map<Long, String> names, BigDecimal value, boolean percent, BigDecimal minimumSubtotal,
                                       Date validFrom, Date validUntil, String codePrefix) {
        Map<Long, String> codes = new LinkedHashMap<Long, String>();
        names.forEach((customerId, name) -> codes.put(customerId,
                create(customerId, value, percent, minimumSubtotal, validFrom, validUntil, name, codePrefix).getOfferCode()));
        return codes;
    }

    /** Ends a code and its offer now, so nobody can use it any more. */
    public void retire(String code, Date now) {
        OfferCode oc = offerService.lookupOfferCodeByCode(code);
        if (oc == null) {
            return;
        }
        oc.setEndDate(now);
        Offer offer = oc.getOffer();
        offer.setEndDate(now);
        offerService.save(offer);
        offerService.saveOfferCode(oc);
    }

    /** The code, or null. */
    public OfferCode find(String code) {
        return offerService.lookupOfferCodeByCode(code);
    }

    private String newCode(String prefix) {
        StringBuilder sb = new StringBuilder(prefix == null ? "" : prefix + "-");
        for (int i = 0; i < 10; i++) {
            sb.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return sb.toString();
    }
}
