package org.evergreenloyalty.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.evergreenloyalty.rewards.CustomerReward;

/** {@code GET me/rewards}: the customer's rewards (active ones first) and how many are active. */
public final class RewardsView {

    private final long active;
    private final List<Item> rewards;

    public RewardsView(List<CustomerReward> rewards) {
        List<Item> items = new ArrayList<Item>();
        rewards.forEach(r -> items.add(new Item(r)));
        this.rewards = Collections.unmodifiableList(items);
        this.active = rewards.stream().filter(r -> r.getStatus() == CustomerReward.Status.ACTIVE).count();
    }

    public long getActive() { return active; }
    public List<Item> getRewards() { return rewards; }

    /** One reward: kind, code, value kind and value, expiry (ISO 8601 UTC, absent when open) and status. */
    public static final class Item {
        private final CustomerReward reward;

        Item(CustomerReward reward) {
            this.reward = reward;
        }

        public String getKind() { return reward.getKind().name(); }
        public String getCode() { return reward.getCode(); }
        public String getValueKind() { return reward.getValueKind(); }
        public BigDecimal getValue() { return reward.getValue(); }
        public String getExpiresAt() { return ApiDates.iso(reward.getExpiresAt()); }
        public String getStatus() { return reward.getStatus().name(); }
    }
}
