package org.evergreenloyalty.points;

import java.math.BigDecimal;
import java.util.Map;

import org.evergreenloyalty.config.EvergreenProperties;
import org.evergreenloyalty.config.SingleRowSettingsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/** Keeps the settings row in the database; the first read creates it from {@code evergreen.points.*} properties. */
public class DefaultPointsSettingsService extends SingleRowSettingsService<PointsSettings> implements PointsSettingsService {

    private final EvergreenProperties properties;
    private final PointsSettingsValidator validator;

    public DefaultPointsSettingsService(PlatformTransactionManager txm, EvergreenProperties properties,
                                        PointsSettingsValidator validator) {
        super(PointsSettings.class, PointsSettings.TABLE, PointsSettings.SINGLETON_ID, "evergreen.points", txm, TransactionDefinition.PROPAGATION_REQUIRED);
        this.properties = properties;
        this.validator = validator;
    }

    @Override
    protected Map<String, String> validate(PointsSettings settings) {
        return validator.validate(settings);
    }

    @Override
    protected RuntimeException invalid(Map<String, String> errors) {
        return new SettingsValidationException(errors);
    }

    @Override
    protected PointsSettings copyOf(PointsSettings row) {
        return row.copy();
    }

    @Override
    protected void copyInto(PointsSettings row, PointsSettings candidate) {
        row.copyFrom(candidate);
    }

    /** The settings the properties describe. */
    @Override
    protected PointsSettings defaults() {
        PointsSettings s = new PointsSettings();
        s.setPointsPerCurrencyUnit(new BigDecimal(properties.get("evergreen.points.earn.perCurrencyUnit", "1")));
        s.setEarnOnShipping(properties.getBoolean("evergreen.points.earn.onShipping", false));
        s.setEarnOnTax(properties.getBoolean("evergreen.points.earn.onTax", false));
        s.setExcludedProductIds(properties.get("evergreen.points.earn.excludedProductIds", ""));
        s.setExcludedCategoryIds(properties.get("evergreen.points.earn.excludedCategoryIds", ""));
        s.setPendingDays(properties.getInt("evergreen.points.pendingDays", 30));
        s.setSignupBonus(properties.getInt("evergreen.points.bonus.signup", 0));
        s.setRedeemPointsPerCurrencyUnit(properties.getInt("evergreen.points.redeem.pointsPerCurrencyUnit", 100));
        s.setRedeemStep(properties.getInt("evergreen.points.redeem.step", 100));
        s.setRedeemMinimumBalance(properties.getInt("evergreen.points.redeem.minimumBalance", 100));
        s.setRedeemMaxSharePercent(properties.getInt("evergreen.points.redeem.maxSharePercent", 50));
        s.setReservationMinutes(properties.getInt("evergreen.points.redeem.reservationMinutes", 60));
        s.setVoucherSteps(properties.get("evergreen.points.voucher.steps", "500,1000,2000"));
        s.setExpiryMode(ExpiryMode.valueOf(properties.get("evergreen.points.expiry.mode", "FIXED_AGE")));
        s.setExpiryDays(properties.getInt("evergreen.points.expiry.days", 365));
        s.setReminderDaysBefore(properties.getInt("evergreen.points.expiry.reminderDaysBefore", 30));
        s.setTierBasis(TierBasis.valueOf(properties.get("evergreen.points.tier.basis", "POINTS_12_MONTHS")));
        s.setMailPointsAvailable(properties.getBoolean("evergreen.points.mail.available", true));
        s.setMailPointsExpiring(properties.getBoolean("evergreen.points.mail.expiring", true));
        s.setMailTierReached(properties.getBoolean("evergreen.points.mail.tierReached", true));
        return s;
    }
}
