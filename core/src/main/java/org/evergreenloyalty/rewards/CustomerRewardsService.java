package org.evergreenloyalty.rewards;

import java.util.List;

/** The rewards a customer holds across the features (bean {@code evgCustomerRewardsService}), for the shopper API. */
public interface CustomerRewardsService {

    /** The customer's rewards: active ones first, then by kind; each with its status at the module's clock. */
    List<CustomerReward> rewardsOf(long customerId);
}
