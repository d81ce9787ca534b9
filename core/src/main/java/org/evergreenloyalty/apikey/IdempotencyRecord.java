package org.evergreenloyalty.apikey;

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
import javax.persistence.UniqueConstraint;

import org.hibernate.annotations.Index;

/**
 * The first answer to a write call of the store API under one {@code Idempotency-Key} of one API key (table
 * {@code EVG_API_IDEMPOTENCY}, unique per key and idempotency key): the hash of the request (method, path, body)
 * and the status and JSON body answered, replayed for a repeat. Status 0 while the first call is still running.
 * The {@code api-cleanup} job deletes old records.
 */
@Entity
@Table(name = "EVG_API_IDEMPOTENCY",
        uniqueConstraints = @UniqueConstraint(name = "EVG_API_IDEM_UK", columnNames = {"KEY_ID", "IDEM_KEY"}))
@org.hibernate.annotations.Table(appliesTo = "EVG_API_IDEMPOTENCY", indexes = {
        @Index(name = "EVG_API_IDEM_CREATED_IDX", columnNames = {"CREATED_AT"})})
public class IdempotencyRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "EvgApiIdempotencyId")
    @TableGenerator(name = "EvgApiIdempotencyId", table = "EVG_ID_GENERATION", pkColumnName = "ID_NAME",
            valueColumnName = "ID_VAL", pkColumnValue = "IdempotencyRecord", allocationSize = 50)
    @Column(name = "RECORD_ID")
    private Long id;

    @Column(name = "KEY_ID", nullable = false)
    private Long keyId;
    @Column(name = "IDEM_KEY", nullable = false, length = 255)
    private String idempotencyKey;
    /** SHA-256 (hex) of method, path and body. */
    @Column(name = "REQUEST_HASH", nullable = false, length = 64)
    private String requestHash;
    @Column(name = "STATUS_CODE", nullable = false)
    private int status;
    @Column(name = "RESPONSE", length = 4000)
    private String response;
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CREATED_AT", nullable = false)
    private Date createdAt;

    protected IdempotencyRecord() {
    }

    IdempotencyRecord(long keyId, String idempotencyKey, String requestHash, Date createdAt) {
        this.keyId = keyId;
        this.idempotencyKey = idempotencyKey;
        this.requestHash = requestHash;
        this.createdAt = new Date(createdAt.getTime());
    }

    public Long getId() { return id; }
    public long getKeyId() { return keyId; }
    public String getIdempotencyKey() { return idempotencyKey; }
    public String getRequestHash() { return requestHash; }
    /** The HTTP status answered first, or 0 while that call runs. */
    public int getStatus() { return status; }
    /** The JSON body answered first. */
    public String getResponse() { return response; }
    public Date getCreatedAt() { return new Date(createdAt.getTime()); }
}
