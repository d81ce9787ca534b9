package org.evergreenloyalty.birthday;

import java.util.Date;

/**
 * One entry of a birthday's history: old and new value, who changed it (an admin with a reason), when. Never changed.
 * A row of {@value BirthdayRepository#CHANGE_TABLE} (CHANGE_ID, CUSTOMER_ID, OLD_VALUE, NEW_VALUE, SOURCE, ACTOR,
 * REASON, CHANGED_AT; index EVG_BIRTHDAY_CHANGE_CUST_IDX on CUSTOMER_ID), read and written by {@link BirthdayRepository}.
 */
public class BirthdayChange {

    private final Long id;
    private final long customerId;
    /** {@link Birthday#toString()} before, null for the first entry. */
    private final String oldValue;
    private final String newValue;
    private final ChangeSource source;
    private final String actor;
    private final String reason;
    private final Date changedAt;

    BirthdayChange(long customerId, Birthday oldValue, Birthday newValue, ChangeSource source, String actor, String reason, Date at) {
        this(null, customerId, oldValue == null ? null : oldValue.toString(), newValue.toString(), source, actor, reason, at);
    }

    BirthdayChange(Long id, long customerId, String oldValue, String newValue, ChangeSource source, String actor, String reason,
                   Date at) {
        this.id = id;
        this.customerId = customerId;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.source = source;
        this.actor = actor;
        this.reason = reason;
        this.changedAt = new Date(at.getTime());
    }

    /** The row's id (null before it is stored). */
    public Long getId() { return id; }
    public long getCustomerId() { return customerId; }
    /** The birthday before, or null for the first entry. */
    public Birthday getOldValue() { return oldValue == null ? null : Birthday.parse(oldValue); }
    public Birthday getNewValue() { return Birthday.parse(newValue); }
    /** The stored texts of the two values ({@link Birthday#toString()}; the old one null for the first entry). */
    String oldText() { return oldValue; }
    String newText() { return newValue; }
    public ChangeSource getSource() { return source; }
    /** "customer:N" for the shopper, the admin's user name otherwise. */
    public String getActor() { return actor; }
    /** The admin's reason, or null. */
    public String getReason() { return reason; }
    public Date getChangedAt() { return new Date(changedAt.getTime()); }
}
