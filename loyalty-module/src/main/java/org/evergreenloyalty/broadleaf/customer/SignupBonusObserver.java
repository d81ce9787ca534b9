package org.evergreenloyalty.broadleaf.customer;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.broadleafcommerce.profile.core.service.listener.PostRegistrationObserver;
import org.evergreenloyalty.lifecycle.LifecycleMailService;
import org.evergreenloyalty.points.PointsAccountService;

/**
 * When a customer registers: grants the signup bonus (when the store sets one), then queues the welcome e-mail
 * (which shows the balance with that bonus). A failure of the e-mail is logged and never fails the registration.
 */
public class SignupBonusObserver implements PostRegistrationObserver {

    private static final Log LOG = LogFactory.getLog(SignupBonusObserver.class);

    private final PointsAccountService accounts;
    private final LifecycleMailService lifecycle;

    public SignupBonusObserver(PointsAccountService accounts, CustomerService customerService, LifecycleMailService lifecycle) {
        this.accounts = accounts;
        this.lifecycle = lifecycle;
        customerService.addPostRegisterListener(this);
    }

    @Override
    public void processRegistrationEvent(Customer customer) {
        if (customer == null || customer.getId() == null) {
            return;
        }
        accounts.grantSignupBonus(customer.getId());
        try {
            lifecycle.welcome(customer.getId());
        } catch (RuntimeException e) {
            LOG.warn("Welcome e-mail of customer " + customer.getId() + " not queued: " + e.getMessage());
        }
    }
}
