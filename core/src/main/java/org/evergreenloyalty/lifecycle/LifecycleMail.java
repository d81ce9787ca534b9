package org.evergreenloyalty.lifecycle;

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
import javax.persistence.UniqueConstraint;

/**
 * That a lifecycle e-mail was decided for a customer, once: the key (customer, kind, reference time) is unique, so a
 * rerun, a second node or a crashed run never sends the same e-mail twice. The reference time is the start of time
 * for a welcome and the last order's time for a win-back (a customer who orders again and lapses again gets another).
 */
@Entity
@Table(name = "EVG_LIFECYCLE_MAIL", uniqueConstraints = @UniqueConstraint(name = "EVG_LIFECYCLE_MAIL_UK",
        columnNames = {"CUSTOMER_ID", "KIND", "REF_TIME"}))
public class LifecycleMail {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "EvgLifecycleMailId")
    @TableGenerator(name = "EvgLifecycleMailId", table = "EVG_ID_GENERATION", pkColumnName = "ID_NAME",
            valueColumnName = "ID_VAL", pkColumnValue = "LifecycleMail", allocationSize = 50)
    @Column(name = "LIFECYCLE_MAIL_ID")
    private Long id;
    @Column(name = "CUSTOMER_ID", nullable = false)
    private Long customerId;
    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 20)
    private LifecycleKind kind;
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "REF_TIME", nullable = false)
    private Date refTime;
    @Column(name = "BONUS_POINTS", nullable = false)
    private long bonusPoints;
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CREATED_AT", nullable = false)
    private Date createdAt;

    protected LifecycleMail() {
    }

    public LifecycleMail(long customerId, LifecycleKind kind, Date refTime, long bonusPoints, Date createdAt) {
        this.customerId = customerId;
        this.kind = kind;
        this.refTime = refTime;
        this.bonusPoints = bonusPoints;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public Long getCustomerId() { return customerId; }
    public LifecycleKind getKind() { return kind; }
    public Date getRefTime() { return refTime; }
    public long getBonusPoints() { return bonusPoints; }
    public Date getCreatedAt() { return createdAt; }
}
