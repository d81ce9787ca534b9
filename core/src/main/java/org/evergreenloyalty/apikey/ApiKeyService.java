package org.evergreenloyalty.apikey;

import java.util.List;

/**
 * The store API's keys (bean {@code evgApiKeyService}): created in the admin with a name, a scope and an optional
 * expiry date (the secret is returned once and only its hash is stored), listed, revoked; and found again from the
 * key a caller sends.
 */
public interface ApiKeyService {

    /** Longest name. */
    int MAX_NAME = 100;

    /** Every key, newest first. */
    List<ApiKey> keys();

    /** One key, or null. */
    ApiKey key(long id);

    /**
     * Creates a key.
     *
     * @param scope     {@code READ} or {@code WRITE}
     * @param expiresOn blank (never) or a day {@code yyyy-MM-dd}, today or later: the key works until that day ends
     * @throws ApiKeyException naming the field when the name is blank or too long, the scope unknown, the day
     *                         malformed or past
     */
    CreatedApiKey create(String name, String scope, String expiresOn, String createdBy);

    /**
     * Revokes a key for good (a second revoke changes nothing).
     *
     * @throws ApiKeyException when there is no such key
     */
    ApiKey revoke(long id);

    /**
     * The key whose secret is {@code token}, revoked and expired ones included (the caller tells them apart), or
     * null when no key has this secret. Records the use (at most once per {@link ApiSettings#getLastUsedSeconds()}).
     */
    ApiKey find(String token);
}
