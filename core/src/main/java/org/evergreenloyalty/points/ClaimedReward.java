package org.evergreenloyalty.points;

import java.math.BigDecimal;
import java.util.Date;

/**
 * A reward a customer bought with points, as its listeners see it: a fixed-step voucher ({@code kind} "voucher") or a
 * catalogue claim (its entry's kind, e.g. "FREE_SHIPPING"). The code itself is not part of it.
 */
public final class ClaimedReward {

    private final long id;
    private final long customerId;
    private final String kind;
    private final long points;
    private final BigDecimal amount;
    private final Long catalogueRewardId;
    private final Date claimedAt;
    private final Date validUntil;

    public ClaimedReward(long id, long customerId, String kind, long points, BigDecimal amount, Long catalogueRewardId,
                         Date claimedAt, Date validUntil) {
        this.id = id;
        this.customerId = customerId;
        this.kind = kind;
        this.points = points;
        this.amount = amount;
        this.catalogueRewardId = catalogueRewardId;
        this.claimedAt = new Date(claimedAt.getTime());
        this.validUntil = new Date(validUntil.getTime());
    }

    /** The voucher as a claimed reward. */
    public static ClaimedReward of(PointsVoucher v) {
        return new ClaimedReward(v.getId(), v.getCustomerId(), "voucher", v.getPoints(), v.getAmount(), null,
                v.getCreatedAt(), v.getValidUntil());
    }

    /** The voucher's or claim's id. */
    public long getId() { return id; }
    public long getCustomerId() { return customerId; }
    /** "voucher", or the catalogue entry's kind. */
    public String getKind() { return kind; }
    public long getPoints() { return points; }
    /** The amount or percent off, or null for kinds without one. */
    public BigDecimal getAmount() { return amount; }
    /** The catalogue entry claimed, or null for a voucher. */
    public Long getCatalogueRewardId() { return catalogueRewardId; }
    public Date getClaimedAt() { return new Date(claimedAt.getTime()); }
    public Date getValidUntil() { return new Date(validUntil.getTime()); }
}
