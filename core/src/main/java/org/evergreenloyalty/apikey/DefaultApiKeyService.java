package org.evergreenloyalty.apikey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.evergreenloyalty.support.Clock;
import org.evergreenloyalty.support.Tokens;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link ApiKeyService} on the {@link ApiKeyRepository}. A key reads {@code evg_<8 hex>_<43 random base64url>}: the
 * first part is its public prefix (stored, unique), the hash of the whole is compared in constant time. Expiry days
 * are days of {@code zone}.
 */
public class DefaultApiKeyService implements ApiKeyService {

    /** Start of every key. */
    public static final String KEY_START = "evg_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TransactionTemplate tx;
    private final ApiKeyRepository repository;
    private final ApiSettings settings;
    private final Clock clock;
    private final ZoneId zone;
    /** When this node last wrote each key's last-used time. */
    private final Map<Long, Long> touched = new ConcurrentHashMap<Long, Long>();

    public DefaultApiKeyService(PlatformTransactionManager txm, ApiKeyRepository repository, ApiSettings settings, Clock clock,
                                ZoneId zone) {
        this.tx = new TransactionTemplate(txm);
        this.repository = repository;
        this.settings = settings;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public List<ApiKey> keys() {
        return tx.execute(status -> repository.keys());
    }

    @Override
    public ApiKey key(long id) {
        return tx.execute(status -> repository.key(id));
    }

    @Override
    public CreatedApiKey create(String name, String scope, String expiresOn, String createdBy) {
        String n = name == null ? "" : name.trim();
        if (n.isEmpty()) {
            throw new ApiKeyException("name", "evergreen.apiKeys.error.nameRequired", "Enter a name for the key.");
        }
        if (n.length() > MAX_NAME) {
            throw new ApiKeyException("name", "evergreen.apiKeys.error.nameTooLong", "The name may have at most " + MAX_NAME + " characters.", MAX_NAME);
        }
        ApiScope s = scope(scope);
        Date expires = expiry(expiresOn);
        return tx.execute(status -> {
            String prefix;
            do {
                prefix = KEY_START + hex(randomBytes(4));
            } while (repository.byPrefix(prefix) != null);
            String secret = prefix + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32));
            ApiKey key = repository.add(new ApiKey.Draft(n, prefix, sha256(secret), s, expires, clock.now(), createdBy));
            return new CreatedApiKey(key, secret);
        });
    }

    private static ApiScope scope(String scope) {
        try {
            return ApiScope.valueOf(scope == null ? "" : scope.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ApiKeyException("scope", "evergreen.apiKeys.error.scope", "Choose READ or WRITE.");
        }
    }

    private Date expiry(String expiresOn) {
        if (expiresOn == null || expiresOn.trim().isEmpty()) {
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(expiresOn.trim());
        } catch (DateTimeParseException e) {
            throw new ApiKeyException("expiresOn", "evergreen.apiKeys.error.expiryFormat", "Enter the day as yyyy-mm-dd, e.g. 2027-12-31.");
        }
        LocalDate today = clock.now().toInstant().atZone(zone).toLocalDate();
        if (day.isBefore(today)) {
            throw new ApiKeyException("expiresOn", "evergreen.apiKeys.error.expiryPast", "The expiry day must be today or later.");
        }
        return Date.from(day.plusDays(1).atStartOfDay(zone).toInstant());
    }

    @Override
    public ApiKey revoke(long id) {
        return tx.execute(status -> {
            ApiKey key = repository.key(id);
            if (key == null) {
                throw new ApiKeyException(null, "evergreen.apiKeys.error.noSuchKey", "There is no API key " + id + ".", id);
            }
            repository.revoke(id, clock.now());
            return repository.key(id);
        });
    }

    @Override
    public ApiKey find(String token) {
        if (token == null || !token.startsWith(KEY_START) || token.length() > 200) {
            return null;
        }
        int end = token.indexOf('_', KEY_START.length());
        if (end < 0) {
            return null;
        }
        String prefix = token.substring(0, end);
        ApiKey key = tx.execute(status -> repository.byPrefix(prefix));
        if (key == null || !Tokens.equal(key.getSecretHash(), sha256(token))) {
            return null;
        }
        used(key);
        return key;
    }

    /** Writes the last-used time when this node has not for the interval, and then only if no node has. */
    private void used(ApiKey key) {
        long now = clock.now().getTime();
        long interval = settings.getLastUsedSeconds() * 1000L;
        Long last = touched.get(key.getId());
        if (last != null && now - last < interval && now >= last) {
            return;
        }
        touched.put(key.getId(), now);
        tx.execute(status -> repository.touch(key.getId(), new Date(now), new Date(now - interval)));
    }

    static String sha256(String s) {
        try {
            return hex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }

    private static String hex(byte[] bytes) {
        StringBuilder b = new StringBuilder(bytes.length * 2);
        for (byte x : bytes) {
            b.append(Character.forDigit((x >> 4) & 0xf, 16)).append(Character.forDigit(x & 0xf, 16));
        }
        return b.toString();
    }
}
