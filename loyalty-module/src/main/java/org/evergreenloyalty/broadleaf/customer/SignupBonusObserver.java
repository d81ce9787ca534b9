package org.evergreenloyalty.broadleaf.customer;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.broadleafcommerce.profile.core.service.listener.PostRegistrationObserver;
import org.evergreenloyalty.points.PointsAccountService;

/** Grants the signup bonus (when the store sets one) as soon as a customer registers. */
public class SignupBonusObserver implements PostRegistrationObserver {

    private final PointsAccountService accounts;

    public SignupBonusObserver(PointsAccountService accounts, CustomerService customerService) {
        this.accounts = accounts;
        customerService.addPostRegisterListener(this);
    }

    @Override
    public void processRegistrationEvent(Customer customer) {
        if (customer != null && customer.getId() != null) {
            accounts.grantSignupBonus(customer.getId());
        }
    }
}
