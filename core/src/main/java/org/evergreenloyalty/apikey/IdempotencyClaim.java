package org.evergreenloyalty.apikey;

/**
 * What {@link IdempotencyService#begin} found for an idempotency key: nothing yet (this call runs, under
 * {@link #getRecordId()}), the first answer to replay, the key used with another request, or the first call still
 * running.
 */
public final class IdempotencyClaim {

    /** The four outcomes. */
    public enum Kind { NEW, REPLAY, REUSED, IN_PROGRESS }

    private final Kind kind;
    private final long recordId;
    private final int status;
    private final String response;

    private IdempotencyClaim(Kind kind, long recordId, int status, String response) {
        this.kind = kind;
        this.recordId = recordId;
        this.status = status;
        this.response = response;
    }

    static IdempotencyClaim fresh(long recordId) { return new IdempotencyClaim(Kind.NEW, recordId, 0, null); }
    static IdempotencyClaim replay(IdempotencyRecord r) { return new IdempotencyClaim(Kind.REPLAY, r.getId(), r.getStatus(), r.getResponse()); }
    static IdempotencyClaim of(Kind kind) { return new IdempotencyClaim(kind, 0, 0, null); }

    public Kind getKind() { return kind; }
    /** The record this call completes or abandons (NEW), or the replayed one. */
    public long getRecordId() { return recordId; }
    /** The status of the first answer (REPLAY). */
    public int getStatus() { return status; }
    /** The JSON body of the first answer (REPLAY). */
    public String getResponse() { return response; }
}
