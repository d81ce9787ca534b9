package org.evergreenloyalty.insights;

import org.evergreenloyalty.config.EvergreenProperties;

/**
 * Each report setting in one place: its property (the default the first start stores), default value, bounds and
 * the message keys of its label and of its error; the settings row, its validation and the admin form all read
 * it from here. A new setting is one constant, one column and its label.
 */
public enum InsightsSetting {

    /** Share of the outstanding points the store expects to be redeemed (the rest is expected breakage). */
    EXPECTED_REDEMPTION_PERCENT("evergreen.insights.expectedRedemptionPercent", 80, 0, 100);

    private final String property;
    private final int defaultValue;
    private final int min;
    private final int max;

    InsightsSetting(String property, int defaultValue, int min, int max) {
        this.property = property;
        this.defaultValue = defaultValue;
        this.min = min;
        this.max = max;
    }

    public String getProperty() { return property; }
    public int getDefaultValue() { return defaultValue; }
    public int getMin() { return min; }
    public int getMax() { return max; }

    /** The name of the form field and of the bean property. */
    public String getField() {
        return "expectedRedemptionPercent";
    }

    /** Message key of the field's label. */
    public String getLabelKey() {
        return "insights.setting." + getField();
    }

    /** Message key of the error shown for a value outside the bounds (arguments: min, max). */
    public String getErrorKey() {
        return "insights.setting.range";
    }

    /** Whether {@code value} is allowed. */
    public boolean accepts(int value) {
        return value >= min && value <= max;
    }

    /** The value the properties give (the default when absent). */
    public int read(EvergreenProperties properties) {
        return properties.getInt(property, defaultValue);
    }
}
