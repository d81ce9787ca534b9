package org.evergreenloyalty.web.reward;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.evergreenloyalty.reward.CatalogueEntry;
import org.evergreenloyalty.reward.ClaimStatus;
import org.evergreenloyalty.reward.Reward;
import org.evergreenloyalty.reward.RewardClaim;
import org.evergreenloyalty.reward.RewardKind;
import org.evergreenloyalty.web.MoneyFormat;

/**
 * The model of {@code /account/loyalty/rewards} (attribute {@code evgRewards}): the catalogue as the shopper can claim
 * it and the shopper's claims with their status, amounts already formatted in the shopper's currency.
 */
public final class RewardsPage {

    /** One catalogue entry on the page. */
    public static final class Entry {
        private final CatalogueEntry entry;
        private final String valueText;
        private final String minimumText;

        Entry(CatalogueEntry entry, MoneyFormat money) {
            this.entry = entry;
            Reward r = entry.getReward();
            this.valueText = r.getValue() == null ? "" : r.getKind() == RewardKind.AMOUNT_OFF ? money.format(r.getValue())
                    : r.getValue().stripTrailingZeros().toPlainString();
            this.minimumText = r.getMinimumSubtotal() == null || r.getMinimumSubtotal().signum() <= 0 ? null
                    : money.format(r.getMinimumSubtotal());
        }

        public long getId() { return entry.getReward().getId(); }
        public String getName() { return entry.getReward().getName(); }
        public String getKind() { return entry.getReward().getKind().name(); }
        /** The amount (formatted) or percent the entry gives, or empty. */
        public String getValueText() { return valueText; }
        public long getPointsCost() { return entry.getReward().getPointsCost(); }
        /** The minimum order (formatted), or null. */
        public String getMinimumText() { return minimumText; }
        public int getValidDays() { return entry.getReward().getValidDays(); }
        public boolean isLimited() { return entry.getRemaining() >= 0; }
        public long getRemaining() { return entry.getRemaining(); }
        public boolean isAffordable() { return entry.isAffordable(); }
        public long getMissingPoints() { return entry.getMissingPoints(); }
        public boolean isClaimable() { return entry.isClaimable(); }
    }

    /** One claim of the shopper. */
    public static final class Claim {
        private final RewardClaim claim;
        private final String rewardName;
        private final ClaimStatus status;
        private final boolean refundable;

        Claim(RewardClaim claim, String rewardName, Date now, boolean refundAllowed) {
            this.claim = claim;
            this.rewardName = rewardName;
            this.status = claim.statusAt(now);
            this.refundable = refundAllowed && status == ClaimStatus.READY;
        }

        public long getId() { return claim.getId(); }
        public String getRewardName() { return rewardName; }
        public String getCode() { return claim.getCode(); }
        public long getPoints() { return claim.getPoints(); }
        public Date getClaimedAt() { return claim.getClaimedAt(); }
        public Date getValidUntil() { return claim.getValidUntil(); }
        public String getStatus() { return status.name(); }
        public boolean isRefundable() { return refundable; }
    }

    private final List<Entry> entries = new ArrayList<Entry>();
    private final List<Claim> claims = new ArrayList<Claim>();
    private final long spendable;
    private final boolean refundAllowed;

    RewardsPage(List<CatalogueEntry> catalogue, long spendable, List<RewardClaim> mine, Map<Long, String> names,
                Date now, boolean refundAllowed, MoneyFormat money) {
        catalogue.forEach(e -> entries.add(new Entry(e, money)));
        mine.forEach(c -> claims.add(new Claim(c, names.getOrDefault(c.getRewardId(), ""), now, refundAllowed)));
        this.spendable = spendable;
        this.refundAllowed = refundAllowed;
    }

    public List<Entry> getEntries() { return entries; }
    public List<Claim> getClaims() { return claims; }
    public long getSpendable() { return spendable; }
    public boolean isRefundAllowed() { return refundAllowed; }
}
