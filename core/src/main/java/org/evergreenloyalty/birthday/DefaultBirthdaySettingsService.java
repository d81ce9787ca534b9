package org.evergreenloyalty.birthday;

import java.math.BigDecimal;
import java.util.Map;

import org.evergreenloyalty.config.EvergreenProperties;
import org.evergreenloyalty.config.SingleRowSettingsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/** Keeps the settings row in the database; the first read creates it from the {@code evergreen.birthday.*} properties. */
public class DefaultBirthdaySettingsService extends SingleRowSettingsService<BirthdaySettings> implements BirthdaySettingsService {

    private final EvergreenProperties properties;
    private final BirthdaySettingsValidator validator;

    public DefaultBirthdaySettingsService(PlatformTransactionManager txm, EvergreenProperties properties,
                                          BirthdaySettingsValidator validator) {
        super(BirthdaySettings.class, BirthdaySettings.TABLE, BirthdaySettings.SINGLETON_ID, "evergreen.birthday", txm, TransactionDefinition.PROPAGATION_REQUIRED);
        this.properties = properties;
        this.validator = validator;
    }

    @Override
    protected Map<String, String> validate(BirthdaySettings settings) {
        return validator.validate(settings);
    }

    @Override
    protected RuntimeException invalid(Map<String, String> errors) {
        return new BirthdaySettingsException(errors);
    }

    @Override
    protected BirthdaySettings copyOf(BirthdaySettings row) {
        return row.copy();
    }

    @Override
    protected void copyInto(BirthdaySettings row, BirthdaySettings candidate) {
        row.copyFrom(candidate);
    }

    /** Refuses to store defaults from invalid {@code evergreen.birthday.*} properties. */
    @Override
    protected BirthdaySettings newRow() {
        return validDefaults();
    }

    /** The settings the properties describe. */
    @Override
    protected BirthdaySettings defaults() {
        BirthdaySettings s = new BirthdaySettings();
        s.setEnabled(properties.getBoolean("evergreen.birthday.enabled", true));
        s.setDaysBefore(properties.getInt("evergreen.birthday.daysBefore", 0));
        s.setLateDays(properties.getInt("evergreen.birthday.lateDays", 3));
        s.setCodeEnabled(properties.getBoolean("evergreen.birthday.code.enabled", true));
        s.setDiscountKind(DiscountKind.valueOf(properties.get("evergreen.birthday.code.kind", "PERCENT").toUpperCase()));
        s.setDiscountValue(new BigDecimal(properties.get("evergreen.birthday.code.value", "10")));
        s.setMinimumSubtotal(new BigDecimal(properties.get("evergreen.birthday.code.minimumSubtotal", "0")));
        s.setValidDays(properties.getInt("evergreen.birthday.code.validDays", 30));
        s.setBonusPoints(properties.getInt("evergreen.birthday.bonusPoints", 0));
        s.setNoticeDays(properties.getInt("evergreen.birthday.noticeDays", 30));
        s.setChangeIntervalMonths(properties.getInt("evergreen.birthday.changeIntervalMonths", 12));
        s.setLeapDayRule(LeapDayRule.valueOf(properties.get("evergreen.birthday.leapDayOn", "FEB_28").toUpperCase()));
        s.setTimeZone(properties.get("evergreen.birthday.timeZone", ""));
        s.setCurrencyCode(properties.get("evergreen.birthday.currency", "USD").toUpperCase());
        s.setMailEnabled(properties.getBoolean("evergreen.birthday.mail.enabled", true));
        return s;
    }
}
