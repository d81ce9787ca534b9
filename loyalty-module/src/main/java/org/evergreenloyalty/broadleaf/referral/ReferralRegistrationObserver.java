package org.evergreenloyalty.broadleaf.referral;

import javax.servlet.http.HttpServletRequest;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.core.order.domain.NullOrderImpl;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.web.order.CartState;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.broadleafcommerce.profile.core.service.listener.PostRegistrationObserver;
import org.evergreenloyalty.referral.Attribution;
import org.evergreenloyalty.referral.ReferralCodeService;
import org.evergreenloyalty.referral.ReferralException;
import org.evergreenloyalty.referral.ReferralService;
import org.evergreenloyalty.referral.Visitor;
import org.evergreenloyalty.support.AfterCommit;
import org.evergreenloyalty.web.referral.ReferralRequests;
import org.evergreenloyalty.web.referral.TrustedProxies;

/**
 * On every registration: gives the new customer a referral code and attributes them to an advocate from the
 * typed code (form field {@code referralCode}), else the link cookie, else an invitation; when that issued a
 * welcome discount and the shopper has a cart, puts it on the cart. Runs after the registration has committed,
 * so nothing here can undo a registration; the result is left on the request
 * ({@link ReferralRequests#attributionOf}) for the store's page to show.
 */
public class ReferralRegistrationObserver implements PostRegistrationObserver {

    private static final Log LOG = LogFactory.getLog(ReferralRegistrationObserver.class);

    private final ReferralService referrals;
    private final ReferralCodeService codes;
    private final String cookieName;
    private final TrustedProxies proxies;

    public ReferralRegistrationObserver(ReferralService referrals, ReferralCodeService codes, CustomerService customerService,
                                        String cookieName, TrustedProxies proxies) {
        this.referrals = referrals;
        this.codes = codes;
        this.cookieName = cookieName;
        this.proxies = proxies;
        customerService.addPostRegisterListener(this);
    }

    @Override
    public void processRegistrationEvent(Customer customer) {
        if (customer == null || customer.getId() == null) {
            return;
        }
        final long customerId = customer.getId();
        final String email = customer.getEmailAddress();
        final HttpServletRequest request = RequestCurrentVisitor.currentRequest();
        final String typed = ReferralRequests.typedCode(request);
        final String link = ReferralRequests.linkCode(request, cookieName);
        final Visitor visitor = ReferralRequests.visitor(request, proxies);
        final Long cartId = cartOf(customerId);
        AfterCommit.run(new Runnable() {
            @Override
            public void run() {
                try {
                    codes.codeFor(customerId);
                    Attribution a = referrals.attributeSignup(customerId, email, typed, link, visitor);
                    if (request != null) {
                        request.setAttribute(ReferralRequests.ATTRIBUTION_ATTRIBUTE, a);
                    }
                    if (a.getOutcome() == Attribution.Outcome.REFERRED && cartId != null) {
                        try {
                            referrals.applyWelcomeDiscount(customerId, cartId);
                        } catch (ReferralException e) {
                            LOG.info("Welcome discount not put on cart " + cartId + ": " + e.getMessage());
                        }
                    }
                } catch (RuntimeException e) {
                    LOG.error("Referral processing of new customer " + customerId + " failed; the registration stands", e);
                }
            }
        });
    }

    private static Long cartOf(long customerId) {
        try {
            Order cart = CartState.getCart();
            if (cart == null || cart instanceof NullOrderImpl || cart.getId() == null || cart.getCustomer() == null
                    || cart.getCustomer().getId() == null || cart.getCustomer().getId() != customerId) {
                return null;
            }
            return cart.getOrderItems() == null || cart.getOrderItems().isEmpty() ? null : cart.getId();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
