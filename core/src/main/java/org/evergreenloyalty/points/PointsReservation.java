package org.evergreenloyalty.points;

import java.math.BigDecimal;
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

import org.hibernate.annotations.Index;

/**
 * Points held for a cart's points discount until checkout completes (consumed), the shopper removes the
 * discount, checkout rolls back or the reservation times out (released). A cart has at most one active
 * reservation: {@code ACTIVE_CART_ID} is unique and set only while active.
 */
@Entity
@Table(name = "EVG_POINTS_RESERVATION", uniqueConstraints = @UniqueConstraint(name = "EVG_RESERVATION_ACTIVE_UK", columnNames = "ACTIVE_CART_ID"))
@org.hibernate.annotations.Table(appliesTo = "EVG_POINTS_RESERVATION", indexes = {
        @Index(name = "EVG_RESERVATION_CART_IDX", columnNames = {"CART_ID", "CREATED_AT"}),
        @Index(name = "EVG_RESERVATION_CUST_IDX", columnNames = {"CUSTOMER_ID", "STATUS"}),
        @Index(name = "EVG_RESERVATION_CODE_IDX", columnNames = {"OFFER_CODE"}),
        @Index(name = "EVG_RESERVATION_DUE_IDX", columnNames = {"STATUS", "EXPIRES_AT"})})
public class PointsReservation {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "EvgReservationId")
    @TableGenerator(name = "EvgReservationId", table = "EVG_ID_GENERATION", pkColumnName = "ID_NAME",
            valueColumnName = "ID_VAL", pkColumnValue = "PointsReservation", allocationSize = 20)
    @Column(name = "RESERVATION_ID")
    private Long id;
    @Column(name = "CUSTOMER_ID", nullable = false)
    private Long customerId;
    @Column(name = "CART_ID", nullable = false)
    private Long cartId;
    @Column(name = "ACTIVE_CART_ID")
    private Long activeCartId;
    @Column(name = "POINTS", nullable = false)
    private long points;
    @Column(name = "AMOUNT", nullable = false, precision = 19, scale = 5)
    private BigDecimal amount;
    @Column(name = "OFFER_CODE", length = 100)
    private String offerCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 20)
    private ReservationStatus status;
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CREATED_AT", nullable = false)
    private Date createdAt;
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "EXPIRES_AT", nullable = false)
    private Date expiresAt;
    @Column(name = "RELEASE_REASON", length = 200)
    private String releaseReason;

    protected PointsReservation() {
    }

    PointsReservation(long customerId, long cartId, long points, BigDecimal amount, Date createdAt, Date expiresAt) {
        this.customerId = customerId;
        this.cartId = cartId;
        this.activeCartId = cartId;
        this.points = points;
        this.amount = amount;
        this.status = ReservationStatus.ACTIVE;
        this.createdAt = new Date(createdAt.getTime());
        this.expiresAt = new Date(expiresAt.getTime());
    }

    void attachCode(String code) { this.offerCode = code; }

    void release(String reason) {
        this.status = ReservationStatus.RELEASED;
        this.activeCartId = null;
        this.releaseReason = reason;
    }

    void consume() {
        this.status = ReservationStatus.CONSUMED;
        this.activeCartId = null;
    }

    void reactivate(Date expiresAt) {
        this.status = ReservationStatus.ACTIVE;
        this.activeCartId = cartId;
        this.releaseReason = null;
        this.expiresAt = new Date(expiresAt.getTime());
    }

    public Long getId() { return id; }
    public Long getCustomerId() { return customerId; }
    public Long getCartId() { return cartId; }
    public long getPoints() { return points; }
    /** The discount the points buy. */
    public BigDecimal getAmount() { return amount; }
    public String getOfferCode() { return offerCode; }
    public ReservationStatus getStatus() { return status; }
    public Date getCreatedAt() { return new Date(createdAt.getTime()); }
    public Date getExpiresAt() { return new Date(expiresAt.getTime()); }
    public String getReleaseReason() { return releaseReason; }
}
