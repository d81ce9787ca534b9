package org.evergreenloyalty.broadleaf.checkout;

import java.util.Map;

import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.workflow.Activity;
import org.broadleafcommerce.core.workflow.ProcessContext;
import org.broadleafcommerce.core.workflow.state.RollbackFailureException;
import org.broadleafcommerce.core.workflow.state.RollbackHandler;
import org.evergreenloyalty.points.PointsRedemptionService;

/**
 * Releases a cart's reserved points when its checkout fails after the reservation check. Broadleaf 6 types
 * rollback handlers by the whole process context ({@code RollbackHandler<ProcessContext<CheckoutSeed>>}).
 */
public class PointsReservationRollbackHandler implements RollbackHandler<ProcessContext<CheckoutSeed>> {

    private final PointsRedemptionService redemption;

    public PointsReservationRollbackHandler(PointsRedemptionService redemption) {
        this.redemption = redemption;
    }

    @Override
    public void rollbackState(Activity<ProcessContext<CheckoutSeed>> activity, ProcessContext<CheckoutSeed> processContext,
                              Map<String, Object> stateConfiguration) throws RollbackFailureException {
        Object cartId = stateConfiguration == null ? null : stateConfiguration.get(PointsReservationCheckActivity.CART_ID);
        if (cartId instanceof Long) {
            try {
                redemption.releaseAfterFailedCheckout((Long) cartId);
            } catch (RuntimeException e) {
                throw new RollbackFailureException("Could not release the points of cart " + cartId, e);
            }
        }
    }
}
