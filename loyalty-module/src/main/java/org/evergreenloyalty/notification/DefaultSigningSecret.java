package org.evergreenloyalty.notification;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Date;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The secret from {@code evergreen.security.secret} when configured (at least 16 characters), otherwise a
 * random 256-bit secret generated on first use and stored in EVG_SECRET, so all nodes and restarts share
 * it. When two nodes generate at once, the first stored secret wins and both use it.
 */
public class DefaultSigningSecret implements SigningSecret {

    /** The EVG_SECRET row of the generated secret. */
    public static final String NAME = "signing";
    /** The shortest configured secret accepted. */
    public static final int MIN_LENGTH = 16;

    private static final Log LOG = LogFactory.getLog(DefaultSigningSecret.class);

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    private final TransactionTemplate tx;
    private final String configured;
    private volatile byte[] secret;

    /**
     * @param transactionManager the store's transaction manager
     * @param configuredSecret   {@code evergreen.security.secret}, or null/blank to use the stored one
     */
    public DefaultSigningSecret(PlatformTransactionManager transactionManager, String configuredSecret) {
        this.tx = new TransactionTemplate(transactionManager);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        if (configuredSecret != null && !configuredSecret.trim().isEmpty()) {
            if (configuredSecret.trim().length() < MIN_LENGTH) {
                throw new IllegalArgumentException("evergreen.security.secret must be at least " + MIN_LENGTH
                        + " characters long (or left empty to have one generated)");
            }
            this.configured = configuredSecret.trim();
        } else {
            this.configured = null;
        }
    }

    @Override
    public byte[] get() {
        byte[] s = secret;
        if (s == null) {
            synchronized (this) {
                s = secret;
                if (s == null) {
                    s = configured != null ? configured.getBytes(StandardCharsets.UTF_8) : loadOrGenerate();
                    secret = s;
                }
            }
        }
        return s.clone();
    }

    private byte[] loadOrGenerate() {
        String stored = read();
        if (stored == null) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            final String candidate = Base64.getEncoder().encodeToString(random);
            try {
                tx.execute(new TransactionCallback<Void>() {
                    @Override
                    public Void doInTransaction(TransactionStatus status) {
                        em.persist(new StoredSecret(NAME, candidate, new Date()));
                        em.flush();
                        return null;
                    }
                });
                LOG.info("Generated the module's signing secret and stored it in EVG_SECRET"
                        + " (set evergreen.security.secret to use your own)");
            } catch (RuntimeException e) {
                LOG.info("Another node stored the signing secret first; using it (" + e.getClass().getSimpleName() + ")");
            }
            stored = read();
            if (stored == null) {
                throw new IllegalStateException("Could not store or read the module's signing secret in EVG_SECRET");
            }
        }
        return Base64.getDecoder().decode(stored);
    }

    private String read() {
        return tx.execute(new TransactionCallback<String>() {
            @Override
            public String doInTransaction(TransactionStatus status) {
                StoredSecret s = em.find(StoredSecret.class, NAME);
                return s == null ? null : s.getValue();
            }
        });
    }
}
