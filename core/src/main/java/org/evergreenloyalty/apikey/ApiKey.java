package org.evergreenloyalty.apikey;

import java.util.Date;

/**
 * A key of the store API: its name, scope, optional expiry, the public prefix that finds it and shows it in the
 * admin, and only the SHA-256 hash of its secret (the secret itself is shown once, when the key is created). A revoked
 * or expired key is refused. A row of {@value ApiKeyRepository#KEY_TABLE} (KEY_ID, NAME, PREFIX, SECRET_HASH, SCOPE,
 * EXPIRES_AT, REVOKED_AT, LAST_USED_AT, CREATED_AT, CREATED_BY; unique key EVG_API_KEY_PREFIX_UK on PREFIX), read and
 * written by {@link ApiKeyRepository}.
 */
public class ApiKey {

    private final long id;
    private final String name;
    private final String prefix;
    private final String secretHash;
    private final ApiScope scope;
    private final Date expiresAt;
    private final Date revokedAt;
    private final Date lastUsedAt;
    private final Date createdAt;
    private final String createdBy;

    /** The values of a new key (its id is set when it is stored). */
    static final class Draft {
        final String name;
        final String prefix;
        final String secretHash;
        final ApiScope scope;
        final Date expiresAt;
        final Date createdAt;
        final String createdBy;

        Draft(String name, String prefix, String secretHash, ApiScope scope, Date expiresAt, Date createdAt, String createdBy) {
            this.name = name;
            this.prefix = prefix;
            this.secretHash = secretHash;
            this.scope = scope;
            this.expiresAt = copy(expiresAt);
            this.createdAt = copy(createdAt);
            this.createdBy = createdBy;
        }
    }

    ApiKey(long id, Draft d, Date revokedAt, Date lastUsedAt) {
        this.id = id;
        this.name = d.name;
        this.prefix = d.prefix;
        this.secretHash = d.secretHash;
        this.scope = d.scope;
        this.expiresAt = copy(d.expiresAt);
        this.revokedAt = copy(revokedAt);
        this.lastUsedAt = copy(lastUsedAt);
        this.createdAt = copy(d.createdAt);
        this.createdBy = d.createdBy;
    }

    private static Date copy(Date d) {
        return d == null ? null : new Date(d.getTime());
    }

    public long getId() { return id; }
    public String getName() { return name; }
    /** The public prefix, e.g. {@code evg_1a2b3c4d}: shown in the admin, never the secret. */
    public String getPrefix() { return prefix; }
    String getSecretHash() { return secretHash; }
    public ApiScope getScope() { return scope; }
    /** When it stops working, or null: never. */
    public Date getExpiresAt() { return copy(expiresAt); }
    /** When it was revoked, or null. */
    public Date getRevokedAt() { return copy(revokedAt); }
    /** Roughly when it was last used (updated at most once a minute), or null: never. */
    public Date getLastUsedAt() { return copy(lastUsedAt); }
    public Date getCreatedAt() { return copy(createdAt); }
    /** The admin user who created it. */
    public String getCreatedBy() { return createdBy; }
    public boolean isRevoked() { return revokedAt != null; }
    /** Whether it has expired at {@code now}. */
    public boolean isExpired(Date now) { return expiresAt != null && !now.before(expiresAt); }
}
