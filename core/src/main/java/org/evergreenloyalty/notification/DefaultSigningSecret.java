package org.evergreenloyalty.notification;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Date;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.evergreenloyalty.support.Rows;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The master secret: from {@code evergreen.security.secret} (a property or system property) when configured, else
 * from the environment variable {@code EVERGREEN_SECRET}, so the key can live outside the database (at least 16
 * characters; "base64:..." for binary keys); otherwise a random 256-bit secret generated on first use and stored in
 * {@value #TABLE} (one row per secret: {@code NAME}, base64 {@code SECRET_VALUE}, {@code CREATED_AT}; plain SQL, no
 * entity), so all nodes and restarts share it. When two nodes generate at once, the first stored secret wins and
 * both use it. Nothing signs with it directly: {@link SigningKeys} derives one key per purpose.
 */
public class DefaultSigningSecret implements SigningSecret {

    /** The EVG_SECRET row of the generated secret. */
    public static final String NAME = "signing";
    /** The table of the module's stored secrets. */
    public static final String TABLE = "EVG_SECRET";
    /** The shortest configured secret accepted. */
    public static final int MIN_LENGTH = 16;

    private static final Log LOG = LogFactory.getLog(DefaultSigningSecret.class);

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    private final TransactionTemplate tx;
    private final String configured;
    private final byte[] configuredBytes;
    private volatile byte[] secret;

    /**
     * @param transactionManager the store's transaction manager
     * @param configuredSecret   {@code evergreen.security.secret}, or null/blank to use the stored one
     */
    public DefaultSigningSecret(PlatformTransactionManager transactionManager, String configuredSecret) {
        this(transactionManager, configuredSecret, null);
    }

    /**
     * @param transactionManager the store's transaction manager
     * @param configuredSecret   {@code evergreen.security.secret}, or null/blank
     * @param environmentSecret  the environment variable {@code EVERGREEN_SECRET}, used when no property is set
     */
    public DefaultSigningSecret(PlatformTransactionManager transactionManager, String configuredSecret, String environmentSecret) {
        this.tx = new TransactionTemplate(transactionManager);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        if (configuredSecret != null && !configuredSecret.trim().isEmpty()) {
            this.configuredBytes = bytesOf(configuredSecret.trim(), "evergreen.security.secret");
        } else if (environmentSecret != null && !environmentSecret.trim().isEmpty()) {
            this.configuredBytes = bytesOf(environmentSecret.trim(), "EVERGREEN_SECRET");
        } else {
            this.configuredBytes = null;
        }
        this.configured = configuredBytes == null ? null : "configured";
    }

    /** The bytes of a configured secret: "base64:..." decoded, else the UTF-8 bytes; at least 16 characters/bytes. */
    static byte[] bytesOf(String value, String name) {
        byte[] b;
        if (value.startsWith("base64:")) {
            try {
                b = Base64.getDecoder().decode(value.substring(7).trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + " starts with base64: but is not Base64", e);
            }
        } else {
            b = value.getBytes(StandardCharsets.UTF_8);
        }
        if (b.length < MIN_LENGTH) {
            throw new IllegalArgumentException(name + " must be at least " + MIN_LENGTH
                    + " characters long (or left empty to have one generated)");
        }
        return b;
    }

    @Override
    public byte[] get() {
        byte[] s = secret;
        if (s == null) {
            synchronized (this) {
                s = secret;
                if (s == null) {
                    s = configured != null ? configuredBytes.clone() : loadOrGenerate();
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
                        Rows.update(em, "insert into " + TABLE + " (NAME, SECRET_VALUE, CREATED_AT) values (?, ?, ?)",
                                p -> p.text(NAME).text(candidate).time(new Date()));
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
                return Rows.first(em, "select SECRET_VALUE from " + TABLE + " where NAME = ?", p -> p.text(NAME),
                        rs -> rs.getString(1));
            }
        });
    }
}
