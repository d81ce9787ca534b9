package org.evergreenloyalty.customevent;

/** Over which time an earning event rule counts a customer's events: ever, or a rolling window of days. */
public enum LimitPeriod {
    EVER(0), DAY(1), WEEK(7), MONTH(30), YEAR(365);

    private final int days;

    LimitPeriod(int days) {
        this.days = days;
    }

    /** The length of the rolling window in days (0: no window, every event counts). */
    public int getDays() { return days; }

    /** The period named {@code text} (any case), or null. */
    public static LimitPeriod parse(String text) {
        for (LimitPeriod p : values()) {
            if (p.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return p;
            }
        }
        return null;
    }
}
