package org.evergreenloyalty.broadleaf.offer;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import org.broadleafcommerce.core.offer.dao.OfferCodeDao;
import org.broadleafcommerce.core.offer.dao.OfferDao;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.broadleafcommerce.core.offer.domain.OfferOfferRuleXref;
import org.broadleafcommerce.core.offer.domain.OfferOfferRuleXrefImpl;
import org.broadleafcommerce.core.offer.domain.OfferRule;
import org.broadleafcommerce.core.offer.domain.OfferRuleImpl;
import org.broadleafcommerce.core.offer.service.OfferService;
import org.broadleafcommerce.core.offer.service.type.OfferDiscountType;
import org.broadleafcommerce.core.offer.service.type.OfferRuleType;
import org.broadleafcommerce.core.offer.service.type.OfferType;

/**
 * Makes native Broadleaf promotions for one customer: an ORDER offer (amount or percent off) delivered by
 * a single-use code, matched only by that customer (an offer match rule {@code customer.id == N}), so
 * totals, tax, order history and the admin show it like any other promotion. Broadleaf 6 form: an offer that is
 * not automatically added needs its code (no delivery type), and match rules hang off the offer through
 * {@link OfferOfferRuleXref}s.
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
        addMatchRule(offer, OfferRuleType.CUSTOMER.getType(), "customer.id == " + customerId);
        if (minimumSubtotal != null && minimumSubtotal.signum() > 0) {
            addMatchRule(offer, OfferRuleType.ORDER.getType(), "order.subTotal.getAmount() >= " + minimumSubtotal.toPlainString());
        }
        offer = offerService.save(offer);

        OfferCode code = offerCodeDao.create();
        code.setOffer(offer);
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
