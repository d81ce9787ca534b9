package org.evergreenloyalty.web;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.evergreenloyalty.points.PointsReservation;
import org.evergreenloyalty.points.RedemptionQuote;

/**
 * What the cart's "pay with points" widget shows: the shopper's points, what this cart may take (step,
 * maximum), the discount already applied, and the message of the last apply/remove. Hidden for anonymous
 * shoppers and without a cart.
 */
public final class RedeemWidget {

    private static final RedeemWidget HIDDEN = new RedeemWidget(null, 0, new MoneyFormat(null, null), null, null, null);

    private final RedemptionQuote quote;
    private final int maxSharePercent;
    private final MoneyFormat money;
    private final String message;
    private final String error;
    private final String returnTo;

    public RedeemWidget(RedemptionQuote quote, int maxSharePercent, MoneyFormat money, String message, String error,
                        String returnTo) {
        this.quote = quote;
        this.maxSharePercent = maxSharePercent;
        this.money = money;
        this.message = message;
        this.error = error;
        this.returnTo = returnTo;
    }

    /** The widget of a shopper who cannot redeem here at all (anonymous, no cart): renders nothing. */
    public static RedeemWidget hidden() {
        return HIDDEN;
    }

    /**
     * This widget on the page {@code returnTo} (where the forms send the shopper back to), with the flash
     * messages of the last apply/remove.
     */
    public RedeemWidget on(String returnTo, String message, String error) {
        return new RedeemWidget(quote, maxSharePercent, money, message, error, returnTo);
    }

    public boolean isVisible() { return quote != null; }
    public long getAvailable() { return quote == null ? 0 : quote.getAvailable(); }
    public long getSpendable() { return quote == null ? 0 : quote.getSpendable(); }
    public long getMinimumBalance() { return quote == null ? 0 : quote.getMinimumBalance(); }
    public long getStep() { return quote == null ? 1 : Math.max(1, quote.getStep()); }
    public long getMaximum() { return quote == null ? 0 : quote.getMaximum(); }
    public int getPointsPerCurrencyUnit() { return quote == null ? 100 : quote.getPointsPerCurrencyUnit(); }
    public int getMaxSharePercent() { return maxSharePercent; }
    /** Whether the shopper can use points on this cart now. */
    public boolean isRedeemable() { return quote != null && quote.isRedeemable(); }
    /** Whether the balance is below the minimum needed to redeem at all. */
    public boolean isBelowMinimum() { return quote != null && quote.getAvailable() < quote.getMinimumBalance(); }
    /** The points discount on this cart, or null. */
    public PointsReservation getApplied() { return quote == null ? null : quote.getApplied(); }
    public boolean isApplied() { return getApplied() != null; }
    /** What the number field and slider start at: the applied points, else the most this cart may take. */
    public long getInitialPoints() {
        return getApplied() != null ? getApplied().getPoints() : getMaximum();
    }
    /** The top of the slider: the most this cart may take (never below what is applied). */
    public long getSliderMaximum() {
        return getApplied() != null ? Math.max(getMaximum(), getApplied().getPoints()) : getMaximum();
    }
    /** The money {@code points} are worth. */
    public BigDecimal value(long points) {
        return BigDecimal.valueOf(points).divide(BigDecimal.valueOf(getPointsPerCurrencyUnit()), 2, RoundingMode.DOWN);
    }
    /** The money {@code points} are worth, formatted. */
    public String formattedValue(long points) { return money.format(value(points)); }
    public MoneyFormat getMoney() { return money; }
    /** The success message of the last apply/remove on this cart, or null. */
    public String getMessage() { return message; }
    /** The error of the last apply/remove on this cart, or null. */
    public String getError() { return error; }
    /** The local path the forms return to (the page showing the widget), or null for the default (/cart). */
    public String getReturnTo() { return returnTo; }
}
