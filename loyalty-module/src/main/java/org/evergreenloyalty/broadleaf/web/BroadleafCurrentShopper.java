package org.evergreenloyalty.broadleaf.web;

import org.broadleafcommerce.common.currency.domain.BroadleafCurrency;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.core.order.domain.NullOrderImpl;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.web.order.CartState;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.evergreenloyalty.web.CurrentShopper;

/**
 * The current shopper as Broadleaf's request filters resolved it: {@link CustomerState} (a registered,
 * non-anonymous customer counts as signed in, as it does for /account/**) and {@link CartState}.
 */
public class BroadleafCurrentShopper implements CurrentShopper {

    /** Currency when neither the cart nor the request names one. */
    static final String DEFAULT_CURRENCY = "USD";

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
        if (cart != null && !(cart instanceof NullOrderImpl) && code(cart.getCurrency()) != null) {
            return code(cart.getCurrency());
        }
        BroadleafRequestContext ctx = BroadleafRequestContext.getBroadleafRequestContext();
        String requestCurrency = ctx == null ? null : code(ctx.getBroadleafCurrency());
        return requestCurrency == null ? DEFAULT_CURRENCY : requestCurrency;
    }

    private static String code(BroadleafCurrency currency) {
        return currency == null || currency.getCurrencyCode() == null || currency.getCurrencyCode().trim().isEmpty()
                ? null : currency.getCurrencyCode().trim();
    }
}
