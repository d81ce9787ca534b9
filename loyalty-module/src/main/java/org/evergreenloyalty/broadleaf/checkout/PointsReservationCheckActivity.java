package org.evergreenloyalty.broadleaf.checkout;

import java.util.HashMap;
import java.util.Map;

import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;
import org.broadleafcommerce.core.workflow.state.ActivityStateManagerImpl;
import org.evergreenloyalty.points.PointsRedemptionService;

/**
 * Checkout step before payment (order 2500): a cart with a points discount must still have its points
 * reserved and covered, else checkout stops with a clear message before any payment. It registers a
 * rollback that releases the reservation when a later step (e.g. payment) fails.
 */
public class PointsReservationCheckActivity extends BaseActivity<ProcessContext<CheckoutSeed>> {

    /** State key of the cart id handed to the rollback handler. */
    public static final String CART_ID = "evergreen.cartId";

    private final PointsRedemptionService redemption;
    private final PointsReservationRollbackHandler rollback;

    public PointsReservationCheckActivity(PointsRedemptionService redemption, PointsReservationRollbackHandler rollback) {
        this.redemption = redemption;
        this.rollback = rollback;
    }

    @Override
    public ProcessContext<CheckoutSeed> execute(ProcessContext<CheckoutSeed> context) throws Exception {
        Order order = context.getSeedData().getOrder();
        if (order.getCustomer() == null) {
            return context;
        }
        redemption.verifyForCheckout(order.getCustomer().getId(), order.getId());
        Map<String, Object> state = new HashMap<String, Object>();
        state.put(CART_ID, order.getId());
        ActivityStateManagerImpl.getStateManager().registerState(this, context, rollback, state);
        return context;
    }
}
