package org.evergreenloyalty.referral;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One page of an admin referral query and the number of matching referrals in all. */
public final class ReferralPage {

    private final List<ReferralRow> rows;
    private final long total;
    private final int page;
    private final int pageSize;

    public ReferralPage(List<ReferralRow> rows, long total, int page, int pageSize) {
        this.rows = Collections.unmodifiableList(new ArrayList<ReferralRow>(rows));
        this.total = total;
        this.page = page;
        this.pageSize = pageSize;
    }

    public List<ReferralRow> getRows() { return rows; }
    public long getTotal() { return total; }
    public int getPage() { return page; }
    public int getPageSize() { return pageSize; }
    public int getPages() { return (int) Math.max(1, (total + pageSize - 1) / pageSize); }
}
