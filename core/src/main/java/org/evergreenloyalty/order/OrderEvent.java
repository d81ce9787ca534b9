package org.evergreenloyalty.order;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

/**
 * The one row checkout writes for a placed order, in the transaction that commits the order: what the
 * {@link OrderEventWorker} needs to book the order later (who, which order, when, the codes that discounted it,
 * the hashed device of the checkout request, and the order's amounts and lines as an {@link OrderSnapshot}, so
 * the worker need not load the order from the store again). Its primary key is the order id. A worker claims it (a claim token
 * and a lease), processes it and deletes it in the same transaction as the bookings, so a crash anywhere leaves it
 * PENDING for the next drain, and the table only ever holds the orders that wait.
 *
 * <p>Besides the key, one index (customer, status) serves the pages that book a customer's own waiting orders. The
 * columns a claim changes (token, lease, attempts) are in no index, so on PostgreSQL a claim is a heap-only update
 * that writes no index entry; the due events are found along the key.
 */
@Entity
@Table(name = "EVG_ORDER_EVENT")
@org.hibernate.annotations.Table(appliesTo = "EVG_ORDER_EVENT", indexes = {
        @org.hibernate.annotations.Index(name = "EVG_ORDER_EVENT_CUST_IDX", columnNames = {"CUSTOMER_ID", "STATUS"})})
public class OrderEvent {

    /**
     * Where an event stands: an event exists only while its order waits, booked ones are deleted (rows that versions
     * before 1.18 kept as DONE or SKIPPED are deleted by the 1.18 changelog).
     */
    public enum Status {
        /** Written by checkout, not booked yet (perhaps claimed by a worker right now). */
        PENDING
    }

    private static final String CODE_SEPARATOR = "\n";

    @Id
    @Column(name = "ORDER_ID", nullable = false)
    private Long orderId;

    @Column(name = "CUSTOMER_ID", nullable = false)
    private Long customerId;

    @Column(name = "ORDER_NUMBER", length = 100)
    private String orderNumber;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "SUBMITTED_AT")
    private Date submittedAt;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CREATED_AT", nullable = false)
    private Date createdAt;

    /** The codes that discounted the order, one per line. */
    @Column(name = "APPLIED_CODES", length = 2000)
    private String appliedCodes;

    @Column(name = "IP_HASH", length = 64)
    private String ipHash;

    @Column(name = "USER_AGENT_HASH", length = 64)
    private String userAgentHash;

    /** The order's amounts and lines as checkout saw them ({@link OrderSnapshot}); null: the worker loads the order. */
    @Column(name = "ORDER_DATA", length = OrderSnapshot.MAX_LENGTH)
    private String orderData;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 10)
    private Status status;

    @Column(name = "CLAIM_TOKEN", length = 40)
    private String claimToken;

    /** While PENDING: no worker may claim the event before this time (a running claim's lease, or a retry's backoff). */
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CLAIMED_UNTIL")
    private Date claimedUntil;

    @Column(name = "ATTEMPTS", nullable = false)
    private int attempts;

    @Column(name = "LAST_ERROR", length = 500)
    private String lastError;

    protected OrderEvent() {
    }

    /** A pending event for {@code order} (its id, customer, number, submit time, applied codes and device hashes). */
    public OrderEvent(CompletedOrder order, Date now) {
        this.orderId = order.getOrderId();
        this.status = Status.PENDING;
        this.createdAt = new Date(now.getTime());
        describe(order);
    }

    /** Writes {@code order}'s facts again and makes the event pending (a checkout retried after a failed one). */
    public void rewrite(CompletedOrder order, Date now) {
        describe(order);
        this.createdAt = new Date(now.getTime());
        this.status = Status.PENDING;
        this.claimToken = null;
        this.claimedUntil = null;
        this.attempts = 0;
        this.lastError = null;
    }

    private void describe(CompletedOrder order) {
        this.customerId = order.getCustomerId();
        this.orderNumber = order.getOrderNumber();
        this.submittedAt = order.getSubmittedAt();
        this.appliedCodes = order.getAppliedCodes().isEmpty() ? null : String.join(CODE_SEPARATOR, order.getAppliedCodes());
        this.ipHash = order.getIpHash();
        this.userAgentHash = order.getUserAgentHash();
        this.orderData = OrderSnapshot.encode(order);
    }

    /** A failed attempt: the claim ends and no worker tries again before {@code retryAt}. */
    public void failed(String error, Date retryAt) {
        this.claimToken = null;
        this.claimedUntil = new Date(retryAt.getTime());
        this.lastError = error == null ? null : (error.length() > 500 ? error.substring(0, 500) : error);
    }

    /**
     * The order as checkout described it (without the codes and device: see {@link #enrich}), or null when checkout
     * wrote no description (an order too large for one, or an event from before descriptions).
     */
    public CompletedOrder described() {
        return orderData == null ? null : OrderSnapshot.decode(orderId, orderNumber, customerId, submittedAt, orderData);
    }

    /**
     * The order the worker took from this event ({@link #described}) or loaded from the store, with what checkout
     * captured besides: the applied codes and the device.
     */
    public CompletedOrder enrich(CompletedOrder loaded) {
        return loaded.withAppliedCodes(getAppliedCodes()).withDevice(ipHash, userAgentHash);
    }

    public Long getOrderId() { return orderId; }
    public Long getCustomerId() { return customerId; }
    public String getOrderNumber() { return orderNumber; }
    public Date getSubmittedAt() { return submittedAt == null ? null : new Date(submittedAt.getTime()); }
    public Date getCreatedAt() { return new Date(createdAt.getTime()); }
    public Status getStatus() { return status; }
    public String getClaimToken() { return claimToken; }
    public Date getClaimedUntil() { return claimedUntil == null ? null : new Date(claimedUntil.getTime()); }
    public int getAttempts() { return attempts; }
    public String getLastError() { return lastError; }
    public String getIpHash() { return ipHash; }
    public String getUserAgentHash() { return userAgentHash; }

    /** The codes that discounted the order. */
    public List<String> getAppliedCodes() {
        return appliedCodes == null ? Collections.<String>emptyList()
                : Collections.unmodifiableList(new ArrayList<String>(Arrays.asList(appliedCodes.split(CODE_SEPARATOR))));
    }
}
