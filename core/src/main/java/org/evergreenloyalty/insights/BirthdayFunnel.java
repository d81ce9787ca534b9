package org.evergreenloyalty.insights;

/**
 * The birthday funnel of a period: rewards issued, of those with a discount code, of those codes used (at any time
 * up to now), the bonus points they carried, and the placed orders of the period that used a birthday code with
 * their revenue.
 */
public final class BirthdayFunnel {

    private final long issued;
    private final long withCode;
    private final long used;
    private final long bonusPoints;
    private final OrderTotal codeOrders;

    public BirthdayFunnel(long[] counts, OrderTotal codeOrders) {
        this.issued = counts[0];
        this.withCode = counts[1];
        this.used = counts[2];
        this.bonusPoints = counts[3];
        this.codeOrders = codeOrders;
    }

    public long getIssued() { return issued; }
    public long getWithCode() { return withCode; }
    /** Codes of the rewards issued in the period that were used on a placed order. */
    public long getUsed() { return used; }
    /** Used ÷ with code; null without codes. */
    public Double getUseRate() { return Ratios.share(used, withCode); }
    public long getBonusPoints() { return bonusPoints; }
    /** Placed orders of the period with a birthday code, and their revenue. */
    public OrderTotal getCodeOrders() { return codeOrders; }
}
