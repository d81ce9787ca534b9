package org.evergreenloyalty.birthday;

import java.math.BigDecimal;
import java.util.Date;
import java.util.List;

import org.evergreenloyalty.order.UsedCodeRecorder;

/**
 * The shopper's and the checkout's view of birthday rewards (bean {@code evgBirthdayRewardService}):
 * this year's reward with its status, whether a code may be used in a cart, and recording that a code
 * was used on a placed order.
 */
public interface BirthdayRewardService extends UsedCodeRecorder {

    /**
     * The reward the account shows: the newest reward whose birthday lies less than a year back (so last
     * year's used or expired reward stays visible after 1 January, until the next one is issued), or an
     * older one whose code can still be used; null when there is none.
     */
    RewardView currentReward(long customerId);

    /** All rewards of the customer, newest first. */
    List<RewardView> rewardsOf(long customerId);

    /**
     * Checks a code the shopper {@code customerId} (null: not signed in) typed at a cart with
     * {@code cartSubtotal} (null: unknown).
     */
    CodeCheck checkCode(String code, Long customerId, BigDecimal cartSubtotal);

    /**
     * Records that {@code code} was used on the placed order {@code orderId}.
     *
     * @return true if the code is a birthday code that was not marked used before
     */
    boolean markUsed(String code, long orderId, Date at);

    /** The same as {@link #markUsed}: a placed order used {@code code}. */
    @Override
    default boolean codeUsed(String code, long orderId, Date at) {
        return markUsed(code, orderId, at);
    }

    /**
     * Asks the store whether codes still open were used (a safety net for orders placed while the
     * module's checkout hook was not installed); checks at most {@code max} rewards.
     *
     * @return how many rewards it marked used
     */
    int reconcileUsage(int max);
}
