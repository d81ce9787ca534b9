package org.evergreenloyalty.api;

import java.util.Map;

/**
 * The shopper API's operations for one signed-in customer (bean {@code evgShopperApiService}): each returns a JSON
 * view or throws an {@link ApiProblem} (bad input, a refusal of the engine) after changing nothing. The customer
 * and cart ids come from the adapter's session, never from the request.
 */
public interface ShopperApiService {

    /** {@code GET me}. */
    MeView me(long customerId);

    /** {@code GET me/history?page=}: {@code pageInput} is the raw query parameter (null: page 1). */
    HistoryView history(long customerId, String pageInput);

    /** {@code GET me/redemption}: the quote for {@code cartId} (null: 409, no cart). */
    RedemptionView quote(long customerId, Long cartId);

    /** {@code POST me/redemption} with body {@code {"points": N}}: applies N points to the cart. */
    RedemptionView apply(long customerId, Long cartId, Map<String, Object> body);

    /** {@code DELETE me/redemption}: releases the cart's points discount (404 when there is none). */
    RedemptionView release(long customerId, Long cartId);

    /** {@code GET me/referral}. */
    ReferralView referral(long customerId);

    /** {@code GET me/rewards}: the customer's birthday codes, referral codes and points vouchers with their status. */
    RewardsView rewards(long customerId);

    /** {@code GET me/export}: the customer's loyalty data, the document of {@code PersonalDataExport}. */
    Map<String, Object> export(long customerId);

    /** {@code POST reviews} with body {@code {"token", "rating", "title", "text", "displayName"}}. */
    ReviewResultView submitReview(Map<String, Object> body);
}
