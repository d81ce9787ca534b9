package org.evergreenloyalty.insights;

import java.util.Date;

/**
 * Which customers an order figure covers. A member is a customer with a points account (created by the first
 * points posting: an earning order, a sign-up or other bonus) opened before the end of the period; everybody
 * else, guests included, is a non-member.
 */
public enum CustomerSegment {
    ALL, MEMBERS, NON_MEMBERS;

    /**
     * An SQL condition (starting with {@code and}, empty for {@link #ALL}) that keeps the rows whose customer id
     * column {@code customerColumn} belongs to this segment at {@code asOf}.
     */
    public String sqlCondition(String customerColumn, Date asOf) {
        if (this == ALL) {
            return "";
        }
        String member = "exists (select 1 from EVG_LOYALTY_ACCOUNT evg_a where evg_a.CUSTOMER_ID = " + customerColumn
                + " and evg_a.CREATED_AT < " + SqlTime.literal(asOf) + ")";
        return this == MEMBERS ? " and " + member : " and not " + member;
    }
}
