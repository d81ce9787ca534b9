package org.evergreenloyalty.order;

import java.util.Date;

/**
 * Something the module issued as a discount code (a birthday code, a points voucher) that wants to know when
 * a placed order used it. The Broadleaf adapter calls every recorder for each code that actually discounted a
 * placed order; a recorder ignores codes that are not its own.
 */
public interface UsedCodeRecorder {

    /**
     * Records that {@code code} discounted the placed order {@code orderId} at {@code at}.
     *
     * @return true if the code is this recorder's and was not recorded as used before
     */
    boolean codeUsed(String code, long orderId, Date at);
}
