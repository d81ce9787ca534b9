package org.evergreenloyalty.test;

import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.core.checkout.service.workflow.CheckoutSeed;
import org.broadleafcommerce.core.workflow.BaseActivity;
import org.broadleafcommerce.core.workflow.ProcessContext;

/**
 * Test-only checkout step right after Broadleaf's CompleteOrderActivity: Broadleaf 3.1 stamps the submit date
 * with the real system time ({@code Calendar.getInstance()}), not its {@link SystemTime}; this stamps it again
 * with the test clock ({@link TestClock}), so orders are placed at the moved time the loyalty module sees.
 */
public class SubmitDateFollowsClockActivity extends BaseActivity<ProcessContext<CheckoutSeed>> {

    @Override
    public ProcessContext<CheckoutSeed> execute(ProcessContext<CheckoutSeed> context) throws Exception {
        context.getSeedData().getOrder().setSubmitDate(SystemTime.asDate());
        return context;
    }
}
