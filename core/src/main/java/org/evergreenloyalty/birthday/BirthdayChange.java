package org.evergreenloyalty.birthday;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

import org.hibernate.annotations.Index;

/** One entry of a birthday's history: old and new value, who changed it (an admin with a reason), when. Never changed. */
@Entity
@Table(name = "EVG_BIRTHDAY_CHANGE")
public class BirthdayChange {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "EvgBirthdayChangeId")
    @TableGenerator(name = "EvgBirthdayChangeId", table = "EVG_ID_GENERATION", pkColumnName = "ID_NAME",
            valueColumnName = "ID_VAL", pkColumnValue = "BirthdayChange", allocationSize = 20)
    @Column(name = "CHANGE_ID")
    private Long id;

    @Index(name = "EVG_BIRTHDAY_CHANGE_CUST_IDX")
    @Column(name = "CUSTOMER_ID", nullable = false, updatable = false)
    private Long customerId;
    /** {@link Birthday#toString()} before, null for the first entry. */
    @Column(name = "OLD_VALUE", length = 10, updatable = false)
    private String oldValue;
    @Column(name = "NEW_VALUE", nullable = false, length = 10, updatable = false)
    private String newValue;
    @Enumerated(EnumType.STRING)
    @Column(name = "SOURCE", nullable = false, length = 20, updatable = false)
    private ChangeSource source;
    @Column(name = "ACTOR", nullable = false, length = 120, updatable = false)
    private String actor;
    @Column(name = "REASON", length = 500, updatable = false)
    private String reason;
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CHANGED_AT", nullable = false, updatable = false)
    private Date changedAt;

    protected BirthdayChange() {
    }

    BirthdayChange(long customerId, Birthday oldValue, Birthday newValue, ChangeSource source, String actor, String reason, Date at) {
        this.customerId = customerId;
        this.oldValue = oldValue == null ? null : oldValue.toString();
        this.newValue = newValue.toString();
        this.source = source;
        this.actor = actor;
        this.reason = reason;
        this.changedAt = new Date(at.getTime());
    }

    public Long getId() { return id; }
    public Long getCustomerId() { return customerId; }
    /** The birthday before, or null for the first entry. */
    public Birthday getOldValue() { return oldValue == null ? null : Birthday.parse(oldValue); }
    public Birthday getNewValue() { return Birthday.parse(newValue); }
    public ChangeSource getSource() { return source; }
    /** "customer:N" for the shopper, the admin's user name otherwise. */
    public String getActor() { return actor; }
    /** The admin's reason, or null. */
    public String getReason() { return reason; }
    public Date getChangedAt() { return new Date(changedAt.getTime()); }
}
