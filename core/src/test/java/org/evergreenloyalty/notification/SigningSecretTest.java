package org.evergreenloyalty.notification;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.evergreenloyalty.support.Rows;
import org.evergreenloyalty.test.CoreTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The signing secret: generated once, kept in EVG_SECRET and shared by every node; or configured. */
@CoreTest
class SigningSecretTest {

    @Resource(name = "evgSigningSecret")
    SigningSecret secret;

    @Resource(name = "blTransactionManager")
    PlatformTransactionManager transactionManager;

    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    @Autowired
    ApplicationContext context;

    @Test
    void generatedSecretIsStoredOnceAndSharedByAnotherNode() {
        byte[] first = secret.get();
        assertEquals(32, first.length, "a 256-bit secret");
        assertArrayEquals(first, secret.get());

        String stored = sql("select SECRET_VALUE from EVG_SECRET where NAME = '" + DefaultSigningSecret.NAME + "'");
        assertNotNull(stored, "secret kept in EVG_SECRET");
        assertArrayEquals(first, Base64.getDecoder().decode(stored));

        // a second node: a fresh instance on the same database reads the same secret
        DefaultSigningSecret otherNode = new DefaultSigningSecret(transactionManager, "");
        context.getAutowireCapableBeanFactory().autowireBean(otherNode);
        assertArrayEquals(first, otherNode.get());
    }

    @Resource(name = "evgUnsubscribeTokens")
    UnsubscribeTokenService unsubscribeTokens;

    @Resource(name = "evgClock")
    org.evergreenloyalty.support.AdjustableClock clock;

    /** The first column of the first row {@code query} answers, as text (null: no row). */
    private String sql(String query) {
        return new TransactionTemplate(transactionManager).execute(status -> Rows.first(em, query, p -> { }, rs -> rs.getString(1)));
    }

    @Test
    void aCustomersUnsubscribeLinksCanBeRevokedOnEveryNode() {
        long customer = 900_000_000L + (System.nanoTime() % 1_000_000L);
        try {
            String before = unsubscribeTokens.createToken(customer, "points");
            assertEquals(customer, unsubscribeTokens.verify(before).getCustomerId());
            clock.advance(5_000);
            unsubscribeTokens.revokeAll(customer);
            assertThrows(InvalidUnsubscribeTokenException.class, () -> unsubscribeTokens.verify(before));
            clock.advance(5_000);
            assertEquals(customer, unsubscribeTokens.verify(unsubscribeTokens.createToken(customer, "points")).getCustomerId());
            assertNotNull(sql("select REVOKED_AT from EVG_UNSUBSCRIBE_REVOKED where CUSTOMER_ID = " + customer),
                    "kept in EVG_UNSUBSCRIBE_REVOKED, shared by all nodes");
        } finally {
            clock.reset();
        }
    }

    @Test
    void configuredSecretIsUsedAndATooShortOneRefused() {
        DefaultSigningSecret configured = new DefaultSigningSecret(transactionManager, "  my-own-long-secret-value  ");
        assertArrayEquals("my-own-long-secret-value".getBytes(StandardCharsets.UTF_8), configured.get());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DefaultSigningSecret(transactionManager, "short"));
        assertTrue(e.getMessage().contains("evergreen.security.secret"), e.getMessage());
    }
}
