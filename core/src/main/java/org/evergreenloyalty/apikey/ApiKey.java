package org.evergreenloyalty.apikey;

import java.util.Date;

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
import javax.persistence.UniqueConstraint;

/**
 * A key of the store API (table {@code EVG_API_KEY}): its name, scope, optional expiry, the public prefix that finds
 * it and shows it in the admin, and only the SHA-256 hash of its secret (the secret itself is shown once, when the
 * key is created). A revoked or expired key is refused.
 */
@Entity
@Table(name = "EVG_API_KEY", uniqueConstraints = @UniqueConstraint(name = "EVG_API_KEY_PREFIX_UK", columnNames = "PREFIX"))
public class ApiKey {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "EvgApiKeyId")
    @TableGenerator(name = "EvgApiKeyId", table = "EVG_ID_GENERATION", pkColumnName = "ID_NAME",
            valueColumnName = "ID_VAL", pkColumnValue = "ApiKey", allocationSize = 10)
    @Column(name = "KEY_ID")
    private Long id;

    @Column(name = "NAME", nullable = false, length = 100)
    private String name;
    /** The public start of the key ({@code evg_} and 8 hex digits), unique. */
    @Column(name = "PREFIX", nullable = false, length = 20)
    private String prefix;
    /** SHA-256 of the whole key, in hex. */
    @Column(name = "SECRET_HASH", nullable = false, length = 64)
    private String secretHash;
    @Enumerated(EnumType.STRING)
    @Column(name = "SCOPE", nullable = false, length = 10)
    private ApiScope scope;
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "EXPIRES_AT")
    private Date expiresAt;
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "REVOKED_AT")
    private Date revokedAt;
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "LAST_USED_AT")
    private Date lastUsedAt;
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CREATED_AT", nullable = false)
    private Date createdAt;
    @Column(name = "CREATED_BY", length = 255)
    private String createdBy;

    protected ApiKey() {
    }

    ApiKey(String name, String prefix, String secretHash, ApiScope scope, Date expiresAt, Date createdAt, String createdBy) {
        this.name = name;
        this.prefix = prefix;
        this.secretHash = secretHash;
        this.scope = scope;
        this.expiresAt = copy(expiresAt);
        this.createdAt = copy(createdAt);
        this.createdBy = createdBy;
    }

    private static Date copy(Date d) {
        return d == null ? null : new Date(d.getTime());
    }

    void revoke(Date now) {
        if (revokedAt == null) {
            revokedAt = copy(now);
        }
    }

    public Long getId() { return id; }
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
