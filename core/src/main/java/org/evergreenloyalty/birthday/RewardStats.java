package org.evergreenloyalty.birthday;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Counts of one year's birthday rewards and the share of codes that were used. */
public final class RewardStats {

    private final int year;
    private final long issued;
    private final long withCode;
    private final long used;
    private final long expired;
    private final long open;
    private final long bonusPoints;

    public RewardStats(int year, long issued, long withCode, long used, long expired, long open, long bonusPoints) {
        this.year = year;
        this.issued = issued;
        this.withCode = withCode;
        this.used = used;
        this.expired = expired;
        this.open = open;
        this.bonusPoints = bonusPoints;
    }

    public int getYear() { return year; }
    /** Rewards issued for birthdays of the year. */
    public long getIssued() { return issued; }
    /** Those with a code. */
    public long getWithCode() { return withCode; }
    public long getUsed() { return used; }
    public long getExpired() { return expired; }
    /** Codes still usable. */
    public long getOpen() { return open; }
    /** Birthday bonus points granted in all. */
    public long getBonusPoints() { return bonusPoints; }

    /** Used codes in percent of issued codes, one decimal (0 when none were issued). */
    public BigDecimal getUsedSharePercent() {
        if (withCode == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(used).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(withCode), 1, RoundingMode.HALF_UP);
    }
}
