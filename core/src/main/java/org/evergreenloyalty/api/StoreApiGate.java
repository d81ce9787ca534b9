package org.evergreenloyalty.api;

import java.util.Locale;

import org.evergreenloyalty.apikey.ApiKey;
import org.evergreenloyalty.apikey.ApiKeyService;
import org.evergreenloyalty.apikey.ApiRateLimiter;
import org.evergreenloyalty.apikey.ApiScope;
import org.evergreenloyalty.apikey.IdempotencyClaim;
import org.evergreenloyalty.apikey.IdempotencyService;
import org.evergreenloyalty.support.Clock;

/**
 * Who may call the store API (bean {@code evgStoreApiGate}): the client address's rate limit first, then the API key
 * (missing, unknown, revoked, expired: 401), the key's rate limit (429, {@link #retryAfter}), its scope (403); and
 * for write calls the {@code Idempotency-Key} (missing or too long: 400, reused with another request: 422, its first
 * call still running: 409). Each refusal is an {@link ApiProblem} with a stable code, before anything changed.
 */
public class StoreApiGate {

    /** No key sent (401). */
    public static final String KEY_MISSING = "evergreen.api.key.missing";
    /** A key no API key has (401). */
    public static final String KEY_INVALID = "evergreen.api.key.invalid";
    /** A revoked key (401). */
    public static final String KEY_REVOKED = "evergreen.api.key.revoked";
    /** An expired key (401). */
    public static final String KEY_EXPIRED = "evergreen.api.key.expired";
    /** A READ key on a write call (403). */
    public static final String SCOPE_INSUFFICIENT = "evergreen.api.scopeInsufficient";
    /** Over a rate limit (429); argument: seconds to wait. */
    public static final String RATE_LIMITED = "evergreen.api.rateLimited";
    /** A write call without an {@code Idempotency-Key} header, or one longer than 255 characters (400). */
    public static final String IDEMPOTENCY_KEY_MISSING = "evergreen.api.idempotencyKey.missing";
    /** An idempotency key used before with another request (422). */
    public static final String IDEMPOTENCY_KEY_REUSED = "evergreen.api.idempotencyKey.reused";
    /** An idempotency key whose first call has not finished (409). */
    public static final String IDEMPOTENCY_IN_PROGRESS = "evergreen.api.idempotencyKey.inProgress";

    private final ApiKeyService keys;
    private final ApiRateLimiter limiter;
    private final IdempotencyService idempotency;
    private final Clock clock;

    public StoreApiGate(ApiKeyService keys, ApiRateLimiter limiter, IdempotencyService idempotency, Clock clock) {
        this.keys = keys;
        this.limiter = limiter;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    /**
     * The key of a call from {@code clientAddress} that needs {@code scope}.
     *
     * @param authorization the {@code Authorization} header ({@code Bearer <key>}), or null
     * @param apiKeyHeader  the {@code X-Api-Key} header, or null
     */
    public ApiKey admit(String clientAddress, String authorization, String apiKeyHeader, ApiScope scope) {
        limit(limiter.clientCall(clientAddress == null ? "?" : clientAddress));
        String token = token(authorization, apiKeyHeader);
        if (token == null) {
            throw new ApiProblem(401, KEY_MISSING);
        }
        ApiKey key = keys.find(token);
        if (key == null) {
            throw new ApiProblem(401, KEY_INVALID);
        }
        if (key.isRevoked()) {
            throw new ApiProblem(401, KEY_REVOKED);
        }
        if (key.isExpired(clock.now())) {
            throw new ApiProblem(401, KEY_EXPIRED);
        }
        limit(limiter.keyCall(key.getId()));
        if (!key.getScope().allows(scope)) {
            throw new ApiProblem(403, SCOPE_INSUFFICIENT, scope.name());
        }
        return key;
    }

    private static void limit(long waitSeconds) {
        if (waitSeconds > 0) {
            throw new ApiProblem(429, RATE_LIMITED, waitSeconds);
        }
    }

    /** The seconds a 429 problem asks to wait (its {@code Retry-After}), or 0 for another problem. */
    public static long retryAfter(ApiProblem p) {
        Object[] args = p.getArguments();
        return p.getStatus() == 429 && args.length > 0 && args[0] instanceof Number ? ((Number) args[0]).longValue() : 0;
    }

    private static String token(String authorization, String apiKeyHeader) {
        if (authorization != null && !authorization.trim().isEmpty()) {
            String a = authorization.trim();
            if (a.length() > 7 && a.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")) {
                String t = a.substring(7).trim();
                return t.isEmpty() ? null : t;
            }
            return a; // a scheme we do not know: an invalid key, not a missing one
        }
        return apiKeyHeader == null || apiKeyHeader.trim().isEmpty() ? null : apiKeyHeader.trim();
    }

    /**
     * Claims {@code idempotencyKey} of {@code key} for a write call whose request (method, path, body) hashes to
     * {@code requestHash}: NEW (run it, then {@link IdempotencyService#complete} or {@link IdempotencyService#abandon})
     * or REPLAY (answer the stored response); a problem otherwise.
     */
    public IdempotencyClaim claim(ApiKey key, String idempotencyKey, String requestHash) {
        String k = idempotencyKey == null ? "" : idempotencyKey.trim();
        if (k.isEmpty() || k.length() > IdempotencyService.MAX_KEY) {
            throw new ApiProblem(400, IDEMPOTENCY_KEY_MISSING, IdempotencyService.MAX_KEY);
        }
        IdempotencyClaim claim = idempotency.begin(key.getId(), k, requestHash);
        switch (claim.getKind()) {
            case REUSED:
                throw new ApiProblem(422, IDEMPOTENCY_KEY_REUSED);
            case IN_PROGRESS:
                throw new ApiProblem(409, IDEMPOTENCY_IN_PROGRESS);
            default:
                return claim;
        }
    }

    /** The ledger's request key of an adjustment under {@code idempotencyKey} (1-64 letters, digits, dashes). */
    public static String requestKey(ApiKey key, String idempotencyKey) {
        return "api-" + key.getId() + "-" + IdempotencyService.requestHash("KEY", "", idempotencyKey.trim()
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 40);
    }

    public IdempotencyService getIdempotency() { return idempotency; }
}
