package org.evergreenloyalty.test;

import java.util.Date;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.core.checkout.service.workflow.CompleteOrderActivity;
import org.broadleafcommerce.core.checkout.service.workflow.CompleteOrderRollbackHandler;
import org.broadleafcommerce.core.order.domain.Order;

/**
 * The test store's {@code blCompleteOrderActivity}, stamping the submit date with the test clock ({@link SystemTime},
 * which follows the module clock, see {@link TestClock}). Broadleaf 6.2 and 7.0 stamp it with the real time
 * ({@code Calendar.getInstance()}) in {@code CompleteOrderActivity} at order 7000, after the 3.1 harness's
 * {@link SubmitDateFollowsClockActivity} (order 6500); the module's own checkout activity shares order 7000 and reads
 * the submit date as the order's placing time, so the date must be right when {@code CompleteOrderActivity} sets it.
 */
public class ClockCompleteOrderActivity extends CompleteOrderActivity {

    /** @param rollbackHandler Broadleaf's {@code blCompleteOrderRollbackHandler}, as for the replaced bean */
    public ClockCompleteOrderActivity(CompleteOrderRollbackHandler rollbackHandler) {
        super(rollbackHandler);
    }

    @Override
    protected Date determineSubmitDate(Order order) {
        return SystemTime.asDate();
    }
}
