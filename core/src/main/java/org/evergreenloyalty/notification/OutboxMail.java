package org.evergreenloyalty.notification;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

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

/**
 * One e-mail of the outbox (table {@code EVG_MAIL_OUTBOX}): written in the business transaction that decided
 * to send it, sent later by the {@link OutboxSender}. Addressed either to an address or to a customer whose
 * address and greeting name are looked up when it is sent. Holds its template variables serialized, its
 * priority (0 first), whether it counts against the daily cap, and the sender's bookkeeping: attempts, next
 * attempt, the last error, and a claim (token and lease) so two nodes never send it both.
 */
@Entity
@Table(name = "EVG_MAIL_OUTBOX")
@org.hibernate.annotations.Table(appliesTo = "EVG_MAIL_OUTBOX", indexes = {
        @Index(name = "EVG_OUTBOX_DUE_IDX", columnNames = {"STATUS", "NEXT_ATTEMPT_AT"}),
        @Index(name = "EVG_OUTBOX_CLAIM_IDX", columnNames = {"CLAIM_TOKEN"}),
        @Index(name = "EVG_OUTBOX_CUST_IDX", columnNames = {"CUSTOMER_ID", "SENT_AT"})})
public class OutboxMail {

    /** Stored variable holding the e-mail's {@link MailSubject} (see {@code DefaultMailOutbox}). */
    public static final String SUBJECT_VARIABLE = "evgSubject";
    /** Stored variable holding the language tag the sender named, if any. */
    public static final String LOCALE_VARIABLE = "evgLocale";

    /** Largest size of the serialized template variables. */
    public static final int MAX_VARIABLES_BYTES = 60000;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "EvgOutboxMailId")
    @TableGenerator(name = "EvgOutboxMailId", table = "EVG_ID_GENERATION", pkColumnName = "ID_NAME",
            valueColumnName = "ID_VAL", pkColumnValue = "OutboxMail", allocationSize = 50)
    @Column(name = "MAIL_ID")
    private Long id;

    @Column(name = "TEMPLATE", nullable = false, length = 100)
    private String template;
    @Column(name = "TO_ADDRESS", length = 320)
    private String to;
    @Column(name = "SUBJECT", nullable = false, length = 500)
    private String subject;
    @Column(name = "VARIABLES", length = MAX_VARIABLES_BYTES)
    private byte[] variables;
    @Column(name = "CUSTOMER_ID")
    private Long customerId;
    @Column(name = "CATEGORY", length = 40)
    private String category;
    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 20)
    private MailKind kind;
    @Column(name = "PRIORITY", nullable = false)
    private int priority;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 20)
    private OutboxStatus status = OutboxStatus.PENDING;
    @Column(name = "ATTEMPTS", nullable = false)
    private int attempts;
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CREATED_AT", nullable = false)
    private Date createdAt;
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "NEXT_ATTEMPT_AT", nullable = false)
    private Date nextAttemptAt;
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "SENT_AT")
    private Date sentAt;
    @Column(name = "LAST_ERROR", length = 1000)
    private String lastError;
    @Column(name = "REF_TYPE", length = 40)
    private String refType;
    @Column(name = "REF_ID")
    private Long refId;
    @Column(name = "CLAIM_TOKEN", length = 40)
    private String claimToken;
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CLAIMED_UNTIL")
    private Date claimedUntil;

    protected OutboxMail() {
    }

    OutboxMail(String template, String to, String subject, Map<String, ?> variables, Long customerId, String category,
               MailKind kind, int priority, Date now) {
        this(template, to, subject, variables, customerId, category, kind, priority, now, null, null);
    }

    OutboxMail(String template, String to, String subject, Map<String, ?> variables, Long customerId, String category,
               MailKind kind, int priority, Date now, String refType, Long refId) {
        if ((refType == null) != (refId == null)) {
            throw new IllegalArgumentException("An outbox reference needs both its type and its id");
        }
        this.refType = refType;
        this.refId = refId;
        if (priority < 0 || priority > 9) {
            throw new IllegalArgumentException("An outbox priority is 0 (first) to 9, was " + priority);
        }
        if (kind == null) {
            throw new IllegalArgumentException("An outbox e-mail needs a kind (marketing or transactional)");
        }
        if (to == null && customerId == null) {
            throw new IllegalArgumentException("E-mail '" + template + "' needs an address or a customer");
        }
        this.template = template;
        this.to = to;
        this.subject = subject;
        this.variables = serialize(template, variables);
        this.customerId = customerId;
        this.category = category;
        this.kind = kind;
        this.priority = priority;
        this.createdAt = new Date(now.getTime());
        this.nextAttemptAt = new Date(now.getTime());
    }

    private static byte[] serialize(String template, Map<String, ?> variables) {
        LinkedHashMap<String, Object> copy = new LinkedHashMap<String, Object>(variables);
        for (Map.Entry<String, Object> e : copy.entrySet()) {
            if (e.getValue() != null && !(e.getValue() instanceof Serializable)) {
                throw new IllegalArgumentException("E-mail '" + template + "': variable '" + e.getKey()
                        + "' cannot be queued (" + e.getValue().getClass().getName() + " is not a plain value)");
            }
        }
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(copy);
            }
            if (bytes.size() > MAX_VARIABLES_BYTES) {
                throw new IllegalArgumentException("E-mail '" + template + "': its variables take " + bytes.size()
                        + " bytes, more than the outbox keeps (" + MAX_VARIABLES_BYTES + ")");
            }
            return bytes.toByteArray();
        } catch (NotSerializableException e) {
            throw new IllegalArgumentException("E-mail '" + template + "': a variable holds a " + e.getMessage()
                    + ", which cannot be queued; use plain values", e);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The template variables as queued. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> getVariables() {
        if (variables == null) {
            return new LinkedHashMap<String, Object>();
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(variables))) {
            return (Map<String, Object>) in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("Outbox e-mail " + id + " has unreadable variables: " + e.getMessage(), e);
        }
    }

    /** The id the outbox assigns before it writes the row itself ({@link OutboxRepository#insertAll}). */
    void assignId(long id) {
        this.id = id;
    }

    byte[] variableBytes() {
        return variables;
    }

    public Long getId() { return id; }
    public String getTemplate() { return template; }
    /** The address, or null when the customer's address is looked up at sending. */
    public String getTo() { return to; }
    public String getSubject() { return subject; }
    public Long getCustomerId() { return customerId; }
    public String getCategory() { return category; }
    public MailKind getKind() { return kind; }
    public int getPriority() { return priority; }
    public OutboxStatus getStatus() { return status; }
    public int getAttempts() { return attempts; }
    public Date getCreatedAt() { return new Date(createdAt.getTime()); }
    public Date getNextAttemptAt() { return new Date(nextAttemptAt.getTime()); }
    public Date getSentAt() { return sentAt == null ? null : new Date(sentAt.getTime()); }
    public String getLastError() { return lastError; }
    /** The queuing feature's reference type (see {@link OutboxListener}), or null. */
    public String getRefType() { return refType; }
    public Long getRefId() { return refId; }

    @Override
    public String toString() {
        return "outbox mail " + id + " (" + template + (customerId == null ? "" : ", customer " + customerId) + ", " + status + ")";
    }
}
