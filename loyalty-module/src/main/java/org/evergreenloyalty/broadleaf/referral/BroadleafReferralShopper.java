package org.evergreenloyalty.broadleaf.referral;

import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.core.order.domain.NullOrderImpl;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.web.order.CartState;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.evergreenloyalty.web.referral.ReferralShopper;

/**
 * {@link ReferralShopper} from Broadleaf's request state: {@link CustomerState} (registered, non-anonymous
 * customers count as signed in) and {@link CartState}.
 */
public class BroadleafReferralShopper implements ReferralShopper {

    @Override
    public Long customerId() {
        Customer c = CustomerState.getCustomer();
        if (c == null || c.getId() == null || c.isAnonymous() || !c.isRegistered()) {
            return null;
        }
        return c.getId();
    }

    @Override
    public Long cartId() {
        Order cart = CartState.getCart();
        if (cart == null || cart instanceof NullOrderImpl || cart.getId() == null) {
            return null;
        }
        return cart.getId();
    }

    @Override
    public String currencyCode() {
        Order cart = CartState.getCart();
        if (cart != null && !(cart instanceof NullOrderImpl) && cart.getCurrency() != null
                && cart.getCurrency().getCurrencyCode() != null) {
            return cart.getCurrency().getCurrencyCode();
        }
        BroadleafRequestContext ctx = BroadleafRequestContext.getBroadleafRequestContext();
        if (ctx != null && ctx.getBroadleafCurrency() != null && ctx.getBroadleafCurrency().getCurrencyCode() != null) {
            return ctx.getBroadleafCurrency().getCurrencyCode();
        }
        return "USD";
    }
}
