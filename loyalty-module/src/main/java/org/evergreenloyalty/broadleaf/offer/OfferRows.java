package org.evergreenloyalty.broadleaf.offer;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

import javax.persistence.EntityManager;

import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.broadleafcommerce.core.offer.domain.OfferCodeImpl;
import org.broadleafcommerce.core.offer.domain.OfferImpl;
import org.broadleafcommerce.core.offer.domain.OfferRuleImpl;
import org.broadleafcommerce.core.offer.service.type.OfferRuleType;
import org.evergreenloyalty.support.JdbcBatch;

/**
 * A page of customer offers written straight into Broadleaf 3.1's tables ({@code BLC_OFFER}, {@code BLC_OFFER_RULE},
 * {@code BLC_OFFER_RULE_MAP}, {@code BLC_OFFER_CODE}) in four batched statements on the current transaction's
 * connection, with ids from Broadleaf's own generators: the same rows Hibernate writes when
 * {@link CustomerOfferFactory#create} saves one offer (the column values are read from an offer built with the same
 * setters). Only for Broadleaf's own offer classes ({@link #fits}); a store that maps subclasses gets the one-by-one
 * path. The rows bypass Hibernate's second-level and query caches, which hold nothing about offers that did not exist.
 */
final class OfferRows {

    private static final String OFFER = "insert into BLC_OFFER (OFFER_ID, OFFER_NAME, OFFER_DESCRIPTION, MARKETING_MESSASGE, OFFER_TYPE,"
            + " OFFER_DISCOUNT_TYPE, OFFER_VALUE, OFFER_DELIVERY_TYPE, START_DATE, END_DATE, AUTOMATICALLY_ADDED,"
            + " COMBINABLE_WITH_OTHER_OFFERS, STACKABLE, TOTALITARIAN_OFFER, MAX_USES_PER_CUSTOMER, MAX_USES, USE_NEW_FORMAT,"
            + " OFFER_PRIORITY, USES, ARCHIVED, APPLY_TO_SALE_PRICE, APPLY_OFFER_TO_MARKED_ITEMS, REQUIRES_RELATED_TAR_QUAL)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String RULE = "insert into BLC_OFFER_RULE (OFFER_RULE_ID, MATCH_RULE) values (?, ?)";
    private static final String RULE_MAP = "insert into BLC_OFFER_RULE_MAP (BLC_OFFER_OFFER_ID, OFFER_RULE_ID, MAP_KEY) values (?, ?, ?)";
    private static final String CODE = "insert into BLC_OFFER_CODE (OFFER_CODE_ID, OFFER_ID, OFFER_CODE, MAX_USES, USES, START_DATE,"
            + " END_DATE, ARCHIVED) values (?, ?, ?, 1, 0, ?, ?, 'N')";

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
        r.offerId = JdbcBatch.nextId(em, OfferImpl.class.getName(), new OfferImpl());
        r.rules.add(new Rule(JdbcBatch.nextId(em, OfferRuleImpl.class.getName(), new OfferRuleImpl()),
                OfferRuleType.CUSTOMER.getType(), customerRule));
        if (orderRule != null) {
            r.rules.add(new Rule(JdbcBatch.nextId(em, OfferRuleImpl.class.getName(), new OfferRuleImpl()),
                    OfferRuleType.ORDER.getType(), orderRule));
        }
        r.codeId = JdbcBatch.nextId(em, OfferCodeImpl.class.getName(), new OfferCodeImpl());
        rows.add(r);
    }

    /** Writes what was added. */
    void write() {
        JdbcBatch.run(em, OFFER, rows, (ps, r) -> {
            Offer o = r.offer;
            ps.setLong(1, r.offerId);
            ps.setString(2, o.getName());
            ps.setString(3, o.getDescription());
            ps.setString(4, o.getMarketingMessage());
            ps.setString(5, o.getType().getType());
            ps.setString(6, o.getDiscountType().getType());
            ps.setBigDecimal(7, o.getValue());
            ps.setString(8, o.getDeliveryType().getType());
            ps.setTimestamp(9, JdbcBatch.timestamp(o.getStartDate()));
            ps.setTimestamp(10, JdbcBatch.timestamp(o.getEndDate()));
            ps.setBoolean(11, o.isAutomaticallyAdded());
            ps.setBoolean(12, o.isCombinableWithOtherOffers());
            ps.setBoolean(13, o.isStackable());
            ps.setBoolean(14, Boolean.TRUE.equals(o.isTotalitarianOffer()));
            ps.setLong(15, o.getMaxUsesPerCustomer());
            ps.setInt(16, o.getMaxUsesPerOrder());
            ps.setBoolean(17, Boolean.TRUE.equals(o.getTreatAsNewFormat()));
            ps.setInt(18, o.getPriority());
            ps.setInt(19, o.getUses());
            ps.setString(20, String.valueOf(o.getArchived() == null ? 'N' : o.getArchived()));
            ps.setBoolean(21, o.getApplyDiscountToSalePrice());
            ps.setBoolean(22, o.isApplyDiscountToMarkedItems());
            ps.setBoolean(23, Boolean.TRUE.equals(o.getRequiresRelatedTargetAndQualifiers()));
        }, false);
        List<Object[]> rules = new ArrayList<Object[]>();
        for (Row r : rows) {
            for (Rule rule : r.rules) {
                rules.add(new Object[] {r.offerId, rule});
            }
        }
        JdbcBatch.run(em, RULE, rules, (ps, x) -> {
            Rule rule = (Rule) x[1];
            ps.setLong(1, rule.id);
            ps.setString(2, rule.matchRule);
        }, false);
        JdbcBatch.run(em, RULE_MAP, rules, (ps, x) -> {
            Rule rule = (Rule) x[1];
            ps.setLong(1, (Long) x[0]);
            ps.setLong(2, rule.id);
            ps.setString(3, rule.key);
        }, false);
        JdbcBatch.run(em, CODE, rows, (ps, r) -> {
            ps.setLong(1, r.codeId);
            ps.setLong(2, r.offerId);
            ps.setString(3, r.code);
            ps.setTimestamp(4, JdbcBatch.timestamp(r.offer.getStartDate()));
            ps.setTimestamp(5, JdbcBatch.timestamp(r.offer.getEndDate()));
        }, false);
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
        final long id;
        final String key;
        final String matchRule;

        Rule(long id, String key, String matchRule) {
            this.id = id;
            this.key = key;
            this.matchRule = matchRule;
        }
    }
}
