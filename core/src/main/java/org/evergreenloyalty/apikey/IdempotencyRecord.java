package org.evergreenloyalty.apikey;

import java.util.Date;

/**
 * The first answer to a write call of the store API under one {@code Idempotency-Key} of one API key (table
 * {@code EVG_API_IDEMPOTENCY}, unique per key and idempotency key): the hash of the request (method, path, body)
 * and the status and JSON body answered, replayed for a repeat. Status 0 while the first call is still running.
 * The {@code api-cleanup} job deletes old records.

 * A row of {@value ApiKeyRepository#IDEMPOTENCY_TABLE} (RECORD_ID, KEY_ID, IDEM_KEY, REQUEST_HASH, STATUS_CODE, RESPONSE,
 * CREATED_AT; unique key EVG_API_IDEM_UK on KEY_ID, IDEM_KEY, index EVG_API_IDEM_CREATED_IDX on CREATED_AT), read and
 * written by {@link ApiKeyRepository}.
 */
public class IdempotencyRecord {

    private final long id;
    private final long keyId;
    private final String idempotencyKey;
    /** SHA-256 (hex) of method, path and body. */
    private final String requestHash;
    private final int status;
    private final String response;
    private final Date createdAt;

    IdempotencyRecord(long id, long keyId, String idempotencyKey, String requestHash, int status, String response, Date createdAt) {
        this.id = id;
        this.keyId = keyId;
        this.idempotencyKey = idempotencyKey;
        this.requestHash = requestHash;
        this.status = status;
        this.response = response;
        this.createdAt = new Date(createdAt.getTime());
    }

    public long getId() { return id; }
    public long getKeyId() { return keyId; }
    public String getIdempotencyKey() { return idempotencyKey; }
    public String getRequestHash() { return requestHash; }
    /** The HTTP status answered first, or 0 while that call runs. */
    public int getStatus() { return status; }
    /** The JSON body answered first. */
    public String getResponse() { return response; }
    public Date getCreatedAt() { return new Date(createdAt.getTime()); }
}
