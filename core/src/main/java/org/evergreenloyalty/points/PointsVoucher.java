package org.evergreenloyalty.points;

import java.math.BigDecimal;
import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

import org.hibernate.annotations.Index;

/** A fixed-value discount code bought with points (e.g. 500 points = 5.00 off), listed in the account. */
@Entity
@Table(name = "EVG_POINTS_VOUCHER")
@org.hibernate.annotations.Table(appliesTo = "EVG_POINTS_VOUCHER", indexes = {
        @Index(name = "EVG_VOUCHER_CUST_IDX", columnNames = {"CUSTOMER_ID", "CREATED_AT"}),
        @Index(name = "EVG_VOUCHER_CODE_IDX", columnNames = {"CODE"})})
public class PointsVoucher {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "EvgVoucherId")
    @TableGenerator(name = "EvgVoucherId", table = "EVG_ID_GENERATION", pkColumnName = "ID_NAME",
            valueColumnName = "ID_VAL", pkColumnValue = "PointsVoucher", allocationSize = 20)
    @Column(name = "VOUCHER_ID")
    private Long id;
    @Column(name = "CUSTOMER_ID", nullable = false)
    private Long customerId;
    @Column(name = "POINTS", nullable = false)
    private long points;
    @Column(name = "AMOUNT", nullable = false, precision = 19, scale = 5)
    private BigDecimal amount;
    @Column(name = "CODE", nullable = false, length = 100)
    private String code;
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CREATED_AT", nullable = false)
    private Date createdAt;
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "VALID_UNTIL", nullable = false)
    private Date validUntil;
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "USED_AT")
    private Date usedAt;
    @Column(name = "USED_ORDER_ID")
    private Long usedOrderId;

    protected PointsVoucher() {
    }

    PointsVoucher(long customerId, long points, BigDecimal amount, String code, Date createdAt, Date validUntil) {
        this.customerId = customerId;
        this.points = points;
        this.amount = amount;
        this.code = code;
        this.createdAt = new Date(createdAt.getTime());
        this.validUntil = new Date(validUntil.getTime());
    }

    public Long getId() { return id; }
    public Long getCustomerId() { return customerId; }
    public long getPoints() { return points; }
    public BigDecimal getAmount() { return amount; }
    public String getCode() { return code; }
    public Date getCreatedAt() { return new Date(createdAt.getTime()); }
    public Date getValidUntil() { return new Date(validUntil.getTime()); }
    /** When a placed order used the code, or null while it is unused. */
    public Date getUsedAt() { return usedAt == null ? null : new Date(usedAt.getTime()); }
    /** The placed order that used the code, or null. */
    public Long getUsedOrderId() { return usedOrderId; }
    public boolean isUsed() { return usedAt != null; }

    void markUsed(long orderId, Date at) {
        this.usedOrderId = orderId;
        this.usedAt = new Date(at.getTime());
    }
}
