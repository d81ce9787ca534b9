package org.evergreenloyalty.lifecycle;

import java.util.Date;

/**
 * That a lifecycle e-mail was decided for a customer, once: the key (customer, kind, reference time) is unique, so a
 * rerun, a second node or a crashed run never sends the same e-mail twice. The reference time is the start of time
 * for a welcome and the last order's time for a win-back (a customer who orders again and lapses again gets another).
 * A row of {@value LifecycleRepository#MAIL_TABLE} (LIFECYCLE_MAIL_ID, CUSTOMER_ID, KIND, REF_TIME, BONUS_POINTS,
 * CREATED_AT; unique key EVG_LIFECYCLE_MAIL_UK on CUSTOMER_ID, KIND, REF_TIME), read and written by
 * {@link LifecycleRepository}.
 */
public class LifecycleMail {

    private final long customerId;
    private final LifecycleKind kind;
    private final Date refTime;
    private final long bonusPoints;
    private final Date createdAt;

    public LifecycleMail(long customerId, LifecycleKind kind, Date refTime, long bonusPoints, Date createdAt) {
        this.customerId = customerId;
        this.kind = kind;
        this.refTime = new Date(refTime.getTime());
        this.bonusPoints = bonusPoints;
        this.createdAt = new Date(createdAt.getTime());
    }

    public long getCustomerId() { return customerId; }
    public LifecycleKind getKind() { return kind; }
    public Date getRefTime() { return new Date(refTime.getTime()); }
    public long getBonusPoints() { return bonusPoints; }
    public Date getCreatedAt() { return new Date(createdAt.getTime()); }
}
