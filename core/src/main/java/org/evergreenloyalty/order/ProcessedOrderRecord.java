package org.evergreenloyalty.order;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * The mark that an order went through the loyalty module. Its primary key is the order id, so the
 * database itself refuses a second processing of the same order.
 */
@Entity
@Table(name = "EVG_PROCESSED_ORDER")
@org.hibernate.annotations.Table(appliesTo = "EVG_PROCESSED_ORDER", indexes = {
        @org.hibernate.annotations.Index(name = "EVG_PROCESSED_RECOVERED_IDX", columnNames = {"RECOVERED", "PROCESSED_AT"})})
public class ProcessedOrderRecord {

    @Id
    @Column(name = "ORDER_ID", nullable = false)
    private Long orderId;

    @Column(name = "CUSTOMER_ID", nullable = false)
    private Long customerId;

    @Column(name = "ORDER_NUMBER", length = 100)
    private String orderNumber;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "PROCESSED_AT", nullable = false)
    private Date processedAt;

    /** True when the recovery sweep booked the order after its checkout was interrupted (null: false). */
    @Column(name = "RECOVERED")
    private Boolean recovered;

    protected ProcessedOrderRecord() {
    }

    public ProcessedOrderRecord(long orderId, long customerId, String orderNumber, Date processedAt) {
        this(orderId, customerId, orderNumber, processedAt, false);
    }

    public ProcessedOrderRecord(long orderId, long customerId, String orderNumber, Date processedAt, boolean recovered) {
        this.orderId = orderId;
        this.customerId = customerId;
        this.orderNumber = orderNumber;
        this.processedAt = new Date(processedAt.getTime());
        this.recovered = recovered;
    }

    public Long getOrderId() { return orderId; }
    public Long getCustomerId() { return customerId; }
    public String getOrderNumber() { return orderNumber; }
    public Date getProcessedAt() { return new Date(processedAt.getTime()); }
    public boolean isRecovered() { return Boolean.TRUE.equals(recovered); }
}
