package org.evergreenloyalty.api;

import java.util.Map;

/**
 * The store API's operations for a server of the store (bean {@code evgStoreApiService}), after its API key was
 * admitted ({@link StoreApiGate}): each returns a JSON view or throws an {@link ApiProblem} (bad input 400, unknown
 * customer 404, a refusal of the engine 422) after changing nothing. Raw path and query values come in as text and
 * are checked here.
 */
public interface StoreApiService {

    /** {@code GET admin/customers/{customerId}}: the customer's contact and account. */
    StoreApiViews.Customer customer(String customerId);

    /** {@code GET admin/customers?email=}: the registered customers with exactly this e-mail (case-insensitive). */
    StoreApiViews.Page<StoreApiViews.Customer> customersByEmail(String email);

    /** {@code GET admin/customers/{customerId}/history?page=}. */
    HistoryView history(String customerId, String page);

    /**
     * {@code POST admin/customers/{customerId}/adjustments} with {@code {"points": N, "reason": "..."}}: a manual
     * adjustment through the ledger (as in the admin), recorded once per {@code requestKey}.
     *
     * @param actor who made it, e.g. {@code api:<key prefix>}
     */
    StoreApiViews.Adjustment adjust(String customerId, Map<String, Object> body, String actor, String requestKey);

    /** {@code GET admin/referrals?page=&status=}: newest first. */
    StoreApiViews.Page<StoreApiViews.Referral> referrals(String page, String status);

    /** {@code GET admin/reviews?page=&status=}: newest first. */
    StoreApiViews.Page<StoreApiViews.Review> reviews(String page, String status);

    /** {@code GET admin/dashboard?from=&to=}: days {@code yyyy-MM-dd}; both absent: the last 30 days. */
    StoreApiViews.Dashboard dashboard(String from, String to);
}
