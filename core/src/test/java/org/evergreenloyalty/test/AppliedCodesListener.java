package org.evergreenloyalty.test;

import org.evergreenloyalty.order.CompletedOrder;
import org.evergreenloyalty.order.OrderCompletionListener;
import org.evergreenloyalty.order.UsedCodeRecorder;

/**
 * The core suite's stand-in for an adapter's applied-code listener: every code a processed order carries
 * ({@link CompletedOrder#getAppliedCodes()}) is reported to the recorder (in the core suite, the birthday rewards).
 */
public class AppliedCodesListener implements OrderCompletionListener {

    private final UsedCodeRecorder recorder;

    public AppliedCodesListener(UsedCodeRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public void orderCompleted(CompletedOrder order) {
        for (String code : order.getAppliedCodes()) {
            recorder.codeUsed(code, order.getOrderId(), order.getSubmittedAt());
        }
    }
}
