package org.evergreenloyalty.apikey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.annotation.Resource;

import org.evergreenloyalty.test.CoreTest;
import org.junit.jupiter.api.Test;

/**
 * API keys and idempotency records on the engine's database: only a hash of a secret is stored and finds the key
 * again, revoking keeps the key (refused by the gate), bad input is refused naming the field; an idempotency key is
 * claimed once, replayed, refused for another request, and free again after a refused call.
 */
@CoreTest
class ApiKeyServiceTest {

    @Resource(name = "evgApiKeyService")
    ApiKeyService keys;
    @Resource(name = "evgIdempotencyService")
    IdempotencyService idempotency;
    @Resource(name = "evgClock")
    org.evergreenloyalty.support.AdjustableClock clock;

    @Test
    void theSecretFindsItsKeyAndIsNotStored() {
        CreatedApiKey created = keys.create("  Warehouse  ", "write", "", "admin");
        ApiKey key = created.getKey();
        assertEquals("Warehouse", key.getName());
        assertEquals(ApiScope.WRITE, key.getScope());
        assertTrue(key.getPrefix().matches("evg_[0-9a-f]{8}"), key.getPrefix());
        assertTrue(created.getSecret().startsWith(key.getPrefix() + "_") && created.getSecret().length() > 50);
        assertFalse(key.getSecretHash().contains(created.getSecret().substring(13)), "only a hash");
        assertEquals(64, key.getSecretHash().length());
        assertEquals(key.getId(), keys.find(created.getSecret()).getId());
        assertNull(keys.find(key.getPrefix() + "_wrong"));
        assertNull(keys.find("nonsense"));
        assertNull(keys.find(null));
        keys.revoke(key.getId());
        assertTrue(keys.find(created.getSecret()).isRevoked(), "found, and the gate refuses it as revoked");
        assertTrue(ApiScope.WRITE.allows(ApiScope.READ) && !ApiScope.READ.allows(ApiScope.WRITE));
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        assertEquals("name", assertThrows(ApiKeyException.class, () -> keys.create(" ", "READ", null, "a")).getField());
        assertEquals("name", assertThrows(ApiKeyException.class,
                () -> keys.create(new String(new char[101]).replace('\0', 'n'), "READ", null, "a")).getField());
        assertEquals("scope", assertThrows(ApiKeyException.class, () -> keys.create("x", "ALL", null, "a")).getField());
        assertEquals("scope", assertThrows(ApiKeyException.class, () -> keys.create("x", null, null, "a")).getField());
        assertEquals("expiresOn", assertThrows(ApiKeyException.class, () -> keys.create("x", "READ", "2001-01-01", "a")).getField());
        assertEquals("expiresOn", assertThrows(ApiKeyException.class, () -> keys.create("x", "READ", "tomorrow", "a")).getField());
        assertThrows(ApiKeyException.class, () -> keys.revoke(987654321L));
    }

    @Test
    void anIdempotencyKeyIsClaimedOnceReplayedAndRefusedForAnotherRequest() {
        long keyId = keys.create("idem", "WRITE", null, "admin").getKey().getId();
        IdempotencyClaim first = idempotency.begin(keyId, "k1", "hash-a");
        assertEquals(IdempotencyClaim.Kind.NEW, first.getKind());
        assertEquals(IdempotencyClaim.Kind.IN_PROGRESS, idempotency.begin(keyId, "k1", "hash-a").getKind());
        idempotency.complete(first.getRecordId(), 201, "{\"ok\":true}");
        IdempotencyClaim again = idempotency.begin(keyId, "k1", "hash-a");
        assertEquals(IdempotencyClaim.Kind.REPLAY, again.getKind());
        assertEquals(201, again.getStatus());
        assertEquals("{\"ok\":true}", again.getResponse());
        assertEquals(IdempotencyClaim.Kind.REUSED, idempotency.begin(keyId, "k1", "hash-b").getKind());
        assertEquals(IdempotencyClaim.Kind.NEW, idempotency.begin(keyId + 1, "k1", "hash-b").getKind(), "per API key");

        IdempotencyClaim refused = idempotency.begin(keyId, "k2", "hash-a");
        idempotency.abandon(refused.getRecordId());
        assertEquals(IdempotencyClaim.Kind.NEW, idempotency.begin(keyId, "k2", "hash-c").getKind(), "free again");
        assertNotNull(IdempotencyService.requestHash("POST", "/x", new byte[0]));
    }

    @Test
    void anUnfinishedClaimIsGivenUpAfterTenMinutes() {
        long keyId = keys.create("stale", "WRITE", null, "admin").getKey().getId();
        idempotency.begin(keyId, "k", "hash-a");
        assertEquals(IdempotencyClaim.Kind.IN_PROGRESS, idempotency.begin(keyId, "k", "hash-a").getKind());
        clock.advance(11L * 60 * 1000);
        try {
            IdempotencyClaim again = idempotency.begin(keyId, "k", "hash-a");
            assertEquals(IdempotencyClaim.Kind.NEW, again.getKind(), "its node stopped: claimed again");
            assertThrows(IllegalArgumentException.class, () -> idempotency.complete(again.getRecordId(), 201,
                    new String(new char[IdempotencyService.MAX_RESPONSE + 1]).replace('\0', 'x')));
        } finally {
            clock.reset();
        }
    }
}
