package org.evergreenloyalty.referral;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.evergreenloyalty.support.Clock;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Codes in EVG_REFERRAL_CODE. A new code is inserted in a transaction of its own; the database refuses a
 * code that exists (primary key) and a second active code of the customer (unique ACTIVE_CUSTOMER_ID). On a
 * refusal the service looks whether a concurrent call gave the customer a code meanwhile (then that one is
 * the customer's code) or draws a new code and tries again.
 */
public class DefaultReferralCodeService implements ReferralCodeService {

    /** How many candidate codes are tried before giving up (a collision of 40+ random bits is already rare). */
    public static final int MAX_ATTEMPTS = 12;

    private static final Log LOG = LogFactory.getLog(DefaultReferralCodeService.class);

    private final ReferralRepository repository;

    private final TransactionTemplate newTx;
    private final ReferralCodeGenerator generator;
    private final Clock clock;

    public DefaultReferralCodeService(PlatformTransactionManager txm, ReferralRepository repository, ReferralCodeGenerator generator, Clock clock) {
        this.repository = repository;
        this.newTx = new TransactionTemplate(txm);
        this.newTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.generator = generator;
        this.clock = clock;
    }

    @Override
    public String codeFor(long customerId) {
        String existing = activeCodeOf(customerId);
        if (existing != null) {
            return existing;
        }
        // concurrent first calls for one customer: on this node they take turns (a lock stripe per customer), so the
        // second finds the first one's code; across nodes the unique ACTIVE_CUSTOMER_ID keeps one active code and the
        // loser answers with the winner's (create's catch). HSQLDB's MVCC does not always refuse the second insert of
        // two that wait on each other, which the stripe also keeps from happening.
        synchronized (CREATE_LOCKS[(int) (customerId & (CREATE_LOCKS.length - 1))]) {
            String meanwhile = activeCodeOf(customerId);
            return meanwhile != null ? meanwhile : create(customerId);
        }
    }

    private static final Object[] CREATE_LOCKS = new Object[64];

    static {
        for (int i = 0; i < CREATE_LOCKS.length; i++) {
            CREATE_LOCKS[i] = new Object();
        }
    }

    @Override
    public String activeCodeOf(final long customerId) {
        return newTx.execute(new TransactionCallback<String>() {
            @Override
            public String doInTransaction(TransactionStatus status) {
                return active(customerId);
            }
        });
    }

    @Override
    public ReferralCode find(final String normalizedCode) {
        if (normalizedCode == null || normalizedCode.isEmpty() || normalizedCode.length() > ReferralCodeFormat.MAX_LENGTH) {
            return null;
        }
        return newTx.execute(new TransactionCallback<ReferralCode>() {
            @Override
            public ReferralCode doInTransaction(TransactionStatus status) {
                return repository.code(normalizedCode);
            }
        });
    }

    @Override
    public String regenerate(final long customerId) {
        newTx.execute(new TransactionCallback<Void>() {
            @Override
            public Void doInTransaction(TransactionStatus status) {
                repository.retireCodesOf(customerId, clock.now());
                return null;
            }
        });
        return create(customerId);
    }

    private String create(final long customerId) {
        RuntimeException last = null;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            final String candidate = generator.next();
            if (!ReferralCodeFormat.isWellFormed(candidate)) {
                throw new IllegalStateException("The referral code generator made a malformed code: " + candidate);
            }
            try {
                return newTx.execute(new TransactionCallback<String>() {
                    @Override
                    public String doInTransaction(TransactionStatus status) {
                        repository.addCode(candidate, customerId, clock.now());
                        return candidate;
                    }
                });
            } catch (RuntimeException e) {
                last = e;
                String meanwhile = activeCodeOf(customerId);
                if (meanwhile != null) {
                    return meanwhile;
                }
                LOG.info("Referral code candidate collided (attempt " + attempt + " for customer " + customerId + "); drawing another");
            }
        }
        throw new IllegalStateException("Could not create a unique referral code for customer " + customerId
                + " in " + MAX_ATTEMPTS + " attempts", last);
    }

    private String active(long customerId) {
        return repository.activeCode(customerId);
    }
}
