package org.evergreenloyalty.integrity;

/** What exactly one integrity finding says is wrong. */
public enum FindingKind {
    /** A placed order carries a points discount (PTS code) but the ledger has no REDEEM entry for it. */
    DISCOUNT_NOT_BOOKED(FindingGroup.ORDER_DISCOUNT),
    /** A placed order's points discount and its REDEEM entry are of different amounts. */
    REDEEM_AMOUNT_DIFFERS(FindingGroup.ORDER_DISCOUNT),
    /** A placed order used a points voucher (VCH code) whose points were never deducted. */
    VOUCHER_NOT_PAID(FindingGroup.ORDER_DISCOUNT),
    /**
     * A placed order used a claimed reward (RWD code) that was never paid: the claim's own REDEEM is missing, or the
     * claim was refunded or used by another order and this order was not charged its points.
     */
    REWARD_NOT_PAID(FindingGroup.ORDER_DISCOUNT),
    /** A REDEEM entry names an order that does not exist. */
    ORDER_MISSING(FindingGroup.ORPHAN_REDEEM),
    /** A REDEEM entry names a placed order that carries no points discount. */
    ORDER_WITHOUT_DISCOUNT(FindingGroup.ORPHAN_REDEEM),
    /** The account's available points differ from the sum of its entries. */
    AVAILABLE_DIFFERS(FindingGroup.ACCOUNT_BALANCE),
    /** The account's pending points differ from the sum of its entries. */
    PENDING_DIFFERS(FindingGroup.ACCOUNT_BALANCE),
    /** The account's lifetime earned points differ from the sum of its entries. */
    LIFETIME_DIFFERS(FindingGroup.ACCOUNT_BALANCE);

    private final FindingGroup group;

    FindingKind(FindingGroup group) {
        this.group = group;
    }

    /** The reconciliation this finding comes from. */
    public FindingGroup getGroup() {
        return group;
    }
}
