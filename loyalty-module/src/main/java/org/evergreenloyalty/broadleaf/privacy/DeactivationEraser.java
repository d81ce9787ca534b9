package org.evergreenloyalty.broadleaf.privacy;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerPersistedEvent;
import org.evergreenloyalty.privacy.PrivacyService;
import org.springframework.context.ApplicationListener;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Erases a customer's personal data in the module when Broadleaf saves the customer deactivated: Broadleaf 3.1
 * publishes a {@link CustomerPersistedEvent} after the commit of every saved customer (its
 * {@code CustomerPersistedEntityListener}). Runs in a transaction of its own, only when
 * {@code evergreen.privacy.eraseOnDeactivation} is on and the customer is not erased yet; a failure is logged and
 * left to the {@code privacy-erasure} job.
 */
public class DeactivationEraser implements ApplicationListener<CustomerPersistedEvent> {

    /** Who these erasures are recorded as. */
    public static final String ACTOR = "system:deactivation";

    private static final Log LOG = LogFactory.getLog(DeactivationEraser.class);

    private final PrivacyService privacy;
    private final TransactionTemplate ownTx;

    public DeactivationEraser(PrivacyService privacy, PlatformTransactionManager txm) {
        this.privacy = privacy;
        this.ownTx = new TransactionTemplate(txm);
        this.ownTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public void onApplicationEvent(CustomerPersistedEvent event) {
        Customer c = event.getCustomer();
        if (c == null || c.getId() == null || !c.isDeactivated() || !privacy.isEraseOnDeactivation()) {
            return;
        }
        try {
            ownTx.execute(status -> privacy.erasure(c.getId()) != null ? null
                    : privacy.erase(c.getId(), ACTOR, "customer deactivated in the store"));
        } catch (RuntimeException e) {
            LOG.warn("Erasing the data of deactivated customer " + c.getId() + " failed; the privacy-erasure job retries", e);
        }
    }
}
