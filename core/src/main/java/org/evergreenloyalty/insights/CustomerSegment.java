package org.evergreenloyalty.insights;

import java.util.Date;

/**
 * Which orders an order figure covers, by their customer. A member is a customer with a points account (created by
 * the first points posting: an earning order, a sign-up or other bonus) opened before the end of the period;
 * everybody else, guests included, is a non-member. A referred customer is the friend of a referral made before the
 * end of the period and not rejected. {@link #BIRTHDAY_CODE} keeps the orders that used a birthday code.
 */
public enum CustomerSegment {
    ALL, MEMBERS, NON_MEMBERS, REFERRED, BIRTHDAY_CODE;

    /**
     * An SQL condition (starting with {@code and}, empty for {@link #ALL}) that keeps the rows of the order table
     * aliased {@code orderAlias} (columns {@code CUSTOMER_ID}, {@code ORDER_ID}) that belong to this segment at
     * {@code asOf}.
     */
    public String sqlCondition(String orderAlias, Date asOf) {
        String customer = orderAlias + ".CUSTOMER_ID";
        String at = SqlTime.literal(asOf);
        switch (this) {
            case MEMBERS:
                return " and " + member(customer, at);
            case NON_MEMBERS:
                return " and not " + member(customer, at);
            case REFERRED:
                return " and exists (select 1 from EVG_REFERRAL evg_r where evg_r.FRIEND_ID = " + customer
                        + " and evg_r.CREATED_AT < " + at + " and evg_r.STATUS <> 'REJECTED')";
            case BIRTHDAY_CODE:
                return " and exists (select 1 from EVG_BIRTHDAY_REWARD evg_b where evg_b.USED_ORDER_ID = "
                        + orderAlias + ".ORDER_ID)";
            default:
                return "";
        }
    }

    private static String member(String customerColumn, String at) {
        return "exists (select 1 from EVG_LOYALTY_ACCOUNT evg_a where evg_a.CUSTOMER_ID = " + customerColumn
                + " and evg_a.CREATED_AT < " + at + ")";
    }
}
