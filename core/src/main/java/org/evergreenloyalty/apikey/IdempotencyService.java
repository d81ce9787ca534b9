package org.evergreenloyalty.apikey;

/**
 * Idempotency of the store API's write calls (bean {@code evgIdempotencyService}): the first call under an
 * {@code Idempotency-Key} of an API key claims a record (the database's unique index decides between two at once),
 * stores its answer when it succeeded, or gives the key back when it was refused; a repeat with the same request
 * gets that answer again; the same key with another request is refused.
 */
public interface IdempotencyService {

    /** Longest idempotency key accepted. */
    int MAX_KEY = 255;
    /** Longest answer stored for replay (the column's size): a write call's view must stay below it. */
    int MAX_RESPONSE = 4000;

    /** Looks the key up and claims it for this call when it is new. */
    IdempotencyClaim begin(long apiKeyId, String idempotencyKey, String requestHash);

    /** Stores the answer of the call that claimed {@code recordId}. */
    void complete(long recordId, int status, String response);

    /** Gives the key back after the call was refused (nothing changed), so a corrected request may use it. */
    void abandon(long recordId);

    /** Deletes the records older than the retention; returns how many. */
    int deleteExpired();

    /** SHA-256 (hex) of a request: method, path and body. */
    static String requestHash(String method, String path, byte[] body) {
        StringBuilder b = new StringBuilder(method).append(' ').append(path).append('\n');
        return DefaultApiKeyService.sha256(b.toString() + new String(body, java.nio.charset.StandardCharsets.UTF_8));
    }
}
