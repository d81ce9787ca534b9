package org.evergreenloyalty.referral;

import java.util.Date;

/**
 * A customer's referral code. The code is the primary key (unique across all customers, retired ones
 * included); ACTIVE_CUSTOMER_ID is unique and set only while the code is in use, so each customer has at
 * most one active code and a retired code is never handed out again. A row of {@value ReferralRepository#CODE_TABLE}
 * (CODE, CUSTOMER_ID, ACTIVE_CUSTOMER_ID, CREATED_AT, RETIRED_AT; unique key EVG_REFCODE_ACTIVE_UK on
 * ACTIVE_CUSTOMER_ID, index EVG_REFCODE_CUSTOMER_IX on CUSTOMER_ID), read and written by {@link ReferralRepository}.
 */
public class ReferralCode {

    private final String code;
    private final long customerId;
    private final boolean active;
    private final Date createdAt;
    private final Date retiredAt;

    ReferralCode(String code, long customerId, boolean active, Date createdAt, Date retiredAt) {
        this.code = code;
        this.customerId = customerId;
        this.active = active;
        this.createdAt = new Date(createdAt.getTime());
        this.retiredAt = retiredAt == null ? null : new Date(retiredAt.getTime());
    }

    public String getCode() { return code; }
    public long getCustomerId() { return customerId; }
    public boolean isActive() { return active; }
    public Date getCreatedAt() { return new Date(createdAt.getTime()); }
    public Date getRetiredAt() { return retiredAt == null ? null : new Date(retiredAt.getTime()); }
}
