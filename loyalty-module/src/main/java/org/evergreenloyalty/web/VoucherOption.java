package org.evergreenloyalty.web;

import java.math.BigDecimal;

/** A voucher size the shopper can buy on the account page: its points, its value, and whether they can afford it. */
public final class VoucherOption {

    private final long points;
    private final BigDecimal value;
    private final boolean affordable;

    public VoucherOption(long points, BigDecimal value, boolean affordable) {
        this.points = points;
        this.value = value;
        this.affordable = affordable;
    }

    public long getPoints() { return points; }
    public BigDecimal getValue() { return value; }
    public boolean isAffordable() { return affordable; }
}
