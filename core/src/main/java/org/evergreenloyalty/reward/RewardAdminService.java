package org.evergreenloyalty.reward;

import java.util.List;
import java.util.Map;

/**
 * The rewards catalogue as the store's admin keeps it (bean {@code evgRewardAdminService}): every entry with what
 * became of its claims, creating and editing entries (validated by {@link RewardValidator}; a refusal saves nothing),
 * and deactivating or reactivating one.
 */
public interface RewardAdminService {

    /** Every entry, active first, in display order. */
    List<Reward> all();

    /** Per entry id: claimed, used, refunded, points spent (entries without claims are missing). */
    Map<Long, RewardStats> stats();

    /** The entry, or null. */
    Reward get(long rewardId);

    /** Stores a new active entry. @throws RewardException naming the faulty field */
    Reward create(RewardInput in);

    /** Changes an entry. @throws RewardException naming the faulty field, or when there is no such entry */
    Reward update(long rewardId, RewardInput in);

    /** Switches an entry on or off. @throws RewardException when there is no such entry */
    Reward setActive(long rewardId, boolean active);
}
