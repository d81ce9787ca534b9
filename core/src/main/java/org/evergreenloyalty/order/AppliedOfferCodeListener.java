package org.evergreenloyalty.order;

import java.util.Date;

import org.evergreenloyalty.support.Clock;

/**
 * Tells a {@link UsedCodeRecorder} (birthday rewards, points vouchers) which codes a placed order used: the codes
 * the order carries ({@link CompletedOrder#getAppliedCodes()}), which the adapter fills with each code added to the
 * order whose offer actually adjusted it. A code that was added but did not apply (e.g. below its minimum) does not
 * count. Reads nothing: the codes came with the order (checkout's event, or the recovery sweep's translation).
 */
public class AppliedOfferCodeListener implements OrderCompletionListener {

    private final UsedCodeRecorder recorder;
    private final Clock clock;

    public AppliedOfferCodeListener(UsedCodeRecorder recorder, Clock clock) {
        this.recorder = recorder;
        this.clock = clock;
    }

    @Override
    public void orderCompleted(CompletedOrder order) {
        Date at = order.getSubmittedAt() == null ? clock.now() : order.getSubmittedAt();
        order.getAppliedCodes().forEach(code -> recorder.codeUsed(code, order.getOrderId(), at));
    }
}
