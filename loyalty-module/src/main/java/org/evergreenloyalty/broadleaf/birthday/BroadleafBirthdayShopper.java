package org.evergreenloyalty.broadleaf.birthday;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.evergreenloyalty.web.birthday.BirthdayShopper;

/** {@link BirthdayShopper} from Broadleaf's {@link CustomerState}: a registered, non-anonymous customer is signed in. */
public class BroadleafBirthdayShopper implements BirthdayShopper {

    @Override
    public Long customerId() {
        Customer c = CustomerState.getCustomer();
        if (c == null || c.getId() == null || c.isAnonymous() || !c.isRegistered()) {
            return null;
        }
        return c.getId();
    }
}
