package org.evergreenloyalty.apikey;

/** A key just created with its secret: the only moment the secret exists outside the caller's hands. */
public final class CreatedApiKey {

    private final ApiKey key;
    private final String secret;

    public CreatedApiKey(ApiKey key, String secret) {
        this.key = key;
        this.secret = secret;
    }

    public ApiKey getKey() { return key; }
    /** The whole key to send as {@code Authorization: Bearer ...}; stored nowhere. */
    public String getSecret() { return secret; }
}
