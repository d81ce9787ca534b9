package org.evergreenloyalty.broadleaf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javax.annotation.Resource;

import org.broadleafcommerce.core.workflow.SequenceProcessor;
import org.evergreenloyalty.broadleaf.checkout.LoyaltyCheckoutActivity;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.junit.jupiter.api.Test;

@BroadleafIntegrationTest
class BootSmokeTest {

    @Resource(name = "blCheckoutWorkflow")
    SequenceProcessor checkoutWorkflow;

    @Test
    void loyaltyActivityRunsAfterCompleteOrder() {
        List<?> activities = checkoutWorkflow.getActivities();
        int completeOrder = -1;
        int loyalty = -1;
        for (int i = 0; i < activities.size(); i++) {
            String name = activities.get(i).getClass().getSimpleName();
            if (name.equals("CompleteOrderActivity")) completeOrder = i;
            if (activities.get(i) instanceof LoyaltyCheckoutActivity) loyalty = i;
        }
        assertTrue(completeOrder >= 0, "CompleteOrderActivity present");
        assertTrue(loyalty > completeOrder, "loyalty activity after CompleteOrder: " + activities);
    }
}
