package org.evergreenloyalty.birthday;

import java.util.Collections;
import java.util.List;

/** One page of rewards for the admin list, and how many there are in all. */
public final class RewardPage {

    private final List<RewardView> rewards;
    private final long total;
    private final int page;
    private final int pageSize;

    public RewardPage(List<RewardView> rewards, long total, int page, int pageSize) {
        this.rewards = Collections.unmodifiableList(rewards);
        this.total = total;
        this.page = page;
        this.pageSize = pageSize;
    }

    public List<RewardView> getRewards() { return rewards; }
    public long getTotal() { return total; }
    /** 1-based. */
    public int getPage() { return page; }
    public int getPageSize() { return pageSize; }
    public int getPages() { return (int) Math.max(1, (total + pageSize - 1) / pageSize); }
}
