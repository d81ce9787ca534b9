package org.evergreenloyalty.broadleaf.offer;

import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;

import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.broadleafcommerce.core.offer.domain.OfferCodeImpl;
import org.broadleafcommerce.core.offer.domain.OfferImpl;
import org.broadleafcommerce.core.offer.domain.OfferRuleImpl;
import org.broadleafcommerce.core.offer.service.type.OfferRuleType;
import org.evergreenloyalty.support.IdBlocks;
import org.evergreenloyalty.support.JdbcBatch;

/**
 * A page of customer offers written straight into Broadleaf 3.1's tables ({@code BLC_OFFER}, {@code BLC_OFFER_RULE},
 * {@code BLC_OFFER_RULE_MAP}, {@code BLC_OFFER_CODE}) with multi-row insert statements on the current transaction's
 * connection, with ids from Broadleaf's own generators: the same rows Hibernate writes when
 * {@link CustomerOfferFactory#create} saves one offer (the column values are read from an offer built with the same
 * setters), the page's ids reserved at once. Only for Broadleaf's own offer classes ({@link #fits}); a store that maps subclasses gets the one-by-one
 * path. The rows bypass Hibernate's second-level and query caches, which hold nothing about offers that did not exist.
 */
final class OfferRows {

    private static final String OFFER = "BLC_OFFER (OFFER_ID, OFFER_NAME, OFFER_DESCRIPTION, MARKETING_MESSASGE, OFFER_TYPE,"
            + " OFFER_DISCOUNT_TYPE, OFFER_VALUE, OFFER_DELIVERY_TYPE, START_DATE, END_DATE, AUTOMATICALLY_ADDED,"
            + " COMBINABLE_WITH_OTHER_OFFERS, STACKABLE, TOTALITARIAN_OFFER, MAX_USES_PER_CUSTOMER, MAX_USES, USE_NEW_FORMAT,"
            + " OFFER_PRIORITY, USES, ARCHIVED, APPLY_TO_SALE_PRICE, APPLY_OFFER_TO_MARKED_ITEMS, REQUIRES_RELATED_TAR_QUAL)";
    private static final String RULE = "BLC_OFFER_RULE (OFFER_RULE_ID, MATCH_RULE)";
    private static final String RULE_MAP = "BLC_OFFER_RULE_MAP (BLC_OFFER_OFFER_ID, OFFER_RULE_ID, MAP_KEY)";
    private static final String CODE = "BLC_OFFER_CODE (OFFER_CODE_ID, OFFER_ID, OFFER_CODE, MAX_USES, USES, START_DATE, END_DATE,"
            + " ARCHIVED)";

    private final EntityManager em;
    private final List<Row> rows = new ArrayList<Row>();

    OfferRows(EntityManager em) {
        this.em = em;
    }

    /** Whether the store uses Broadleaf's own offer and code classes (whose tables this class knows). */
    static boolean fits(Offer offer, OfferCode code) {
        return offer.getClass() == OfferImpl.class && code.getClass() == OfferCodeImpl.class;
    }

    /** Adds an offer built by the factory (not saved), its customer rule, its order rule (or null) and its code. */
    void add(Offer offer, String customerRule, String orderRule, String code) {
        Row r = new Row(offer, code);
        r.rules.add(new Rule(OfferRuleType.CUSTOMER.getType(), customerRule));
        if (orderRule != null) {
            r.rules.add(new Rule(OfferRuleType.ORDER.getType(), orderRule));
        }
        rows.add(r);
    }

    /** Gives the added rows their ids from Broadleaf's generators, reserved for the whole page at once ({@link IdBlocks}). */
    private void assignIds() {
        int ruleCount = 0;
        for (Row r : rows) {
            ruleCount += r.rules.size();
        }
        IdBlocks.Supply offerIds = IdBlocks.supply(em, OfferImpl.class.getName(), new OfferImpl(), rows.size());
        IdBlocks.Supply ruleIds = IdBlocks.supply(em, OfferRuleImpl.class.getName(), new OfferRuleImpl(), ruleCount);
        IdBlocks.Supply codeIds = IdBlocks.supply(em, OfferCodeImpl.class.getName(), new OfferCodeImpl(), rows.size());
        for (Row r : rows) {
            r.offerId = offerIds.next();
            for (Rule rule : r.rules) {
                rule.id = ruleIds.next();
            }
            r.codeId = codeIds.next();
        }
    }

    /** Writes what was added. */
    void write() {
        assignIds();
        JdbcBatch.insert(em, OFFER, 23, rows, (p, r) -> {
            Offer o = r.offer;
            p.id(r.offerId).text(o.getName()).text(o.getDescription()).text(o.getMarketingMessage()).text(o.getType().getType())
                    .text(o.getDiscountType().getType()).decimal(o.getValue()).text(o.getDeliveryType().getType())
                    .time(o.getStartDate()).time(o.getEndDate()).flag(o.isAutomaticallyAdded()).flag(o.isCombinableWithOtherOffers())
                    .flag(o.isStackable()).flag(Boolean.TRUE.equals(o.isTotalitarianOffer())).number(o.getMaxUsesPerCustomer())
                    .integer(o.getMaxUsesPerOrder()).flag(Boolean.TRUE.equals(o.getTreatAsNewFormat())).integer(o.getPriority())
                    .integer(o.getUses()).text(String.valueOf(o.getArchived() == null ? 'N' : o.getArchived()))
                    .flag(o.getApplyDiscountToSalePrice()).flag(o.isApplyDiscountToMarkedItems())
                    .flag(Boolean.TRUE.equals(o.getRequiresRelatedTargetAndQualifiers()));
        });
        List<Object[]> rules = new ArrayList<Object[]>();
        for (Row r : rows) {
            for (Rule rule : r.rules) {
                rules.add(new Object[] {r.offerId, rule});
            }
        }
        JdbcBatch.insert(em, RULE, 2, rules, (p, x) -> p.id(((Rule) x[1]).id).text(((Rule) x[1]).matchRule));
        JdbcBatch.insert(em, RULE_MAP, 3, rules, (p, x) -> p.id((Long) x[0]).id(((Rule) x[1]).id).text(((Rule) x[1]).key));
        JdbcBatch.insert(em, CODE, 8, rows, (p, r) -> p.id(r.codeId).id(r.offerId).text(r.code).integer(1).integer(0)
                .time(r.offer.getStartDate()).time(r.offer.getEndDate()).text("N"));
        rows.clear();
    }

    private static final class Row {
        final Offer offer;
        final String code;
        final List<Rule> rules = new ArrayList<Rule>();
        long offerId;
        long codeId;

        Row(Offer offer, String code) {
            this.offer = offer;
            this.code = code;
        }
    }

    private static final class Rule {
        final String key;
        final String matchRule;
        long id;

        Rule(String key, String matchRule) {
            this.key = key;
            this.matchRule = matchRule;
        }
    }
}
