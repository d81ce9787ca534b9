package org.evergreenloyalty.referral;

import java.util.Date;

/** A filter for the admin list of referrals: status, creation date range, advocate, and a page (0-based). */
public final class ReferralQuery {

    private ReferralStatus status;
    private Date from;
    private Date to;
    private Long advocateId;
    private int page;
    private int pageSize = 50;

    /** Only referrals in this status (null: all). */
    public ReferralQuery status(ReferralStatus s) { this.status = s; return this; }
    /** Only referrals created at or after this instant (null: no lower bound). */
    public ReferralQuery from(Date d) { this.from = d == null ? null : new Date(d.getTime()); return this; }
    /** Only referrals created before this instant (null: no upper bound). */
    public ReferralQuery to(Date d) { this.to = d == null ? null : new Date(d.getTime()); return this; }
    /** Only referrals of this advocate (null: all). */
    public ReferralQuery advocate(Long id) { this.advocateId = id; return this; }
    /** The page (0-based) and its size (1-200). */
    public ReferralQuery page(int page, int size) { this.page = page; this.pageSize = size; return this; }

    public ReferralStatus getStatus() { return status; }
    public Date getFrom() { return from == null ? null : new Date(from.getTime()); }
    public Date getTo() { return to == null ? null : new Date(to.getTime()); }
    public Long getAdvocateId() { return advocateId; }
    public int getPage() { return page; }
    public int getPageSize() { return pageSize; }
}
