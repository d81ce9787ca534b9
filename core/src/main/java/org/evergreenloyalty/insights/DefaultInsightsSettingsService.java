package org.evergreenloyalty.insights;

import java.util.LinkedHashMap;
import java.util.Map;

import org.evergreenloyalty.config.EvergreenProperties;
import org.evergreenloyalty.config.SingleRowSettingsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/** Keeps the report settings row; defaults, bounds and messages come from {@link InsightsSetting}. */
public class DefaultInsightsSettingsService extends SingleRowSettingsService<InsightsSettings>
        implements InsightsSettingsService {

    private final EvergreenProperties properties;

    public DefaultInsightsSettingsService(PlatformTransactionManager txm, EvergreenProperties properties) {
        super(InsightsSettings.class, InsightsSettings.TABLE, InsightsSettings.SINGLETON_ID, "evergreen.insights", txm,
                TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.properties = properties;
    }

    @Override
    protected InsightsSettings defaults() {
        return new InsightsSettings(InsightsSetting.EXPECTED_REDEMPTION_PERCENT.read(properties));
    }

    @Override
    protected Map<String, String> validate(InsightsSettings settings) {
        Map<String, String> errors = new LinkedHashMap<String, String>();
        InsightsSetting s = InsightsSetting.EXPECTED_REDEMPTION_PERCENT;
        if (!s.accepts(settings.getExpectedRedemptionPercent())) {
            errors.put(s.getField(), s.getErrorKey());
        }
        return errors;
    }

    @Override
    protected RuntimeException invalid(Map<String, String> errors) {
        InsightsSetting s = InsightsSetting.EXPECTED_REDEMPTION_PERCENT;
        return new InsightsException(errors.values().iterator().next(), s.getMin(), s.getMax());
    }

    @Override
    protected InsightsSettings copyOf(InsightsSettings row) {
        return row.copy();
    }

    @Override
    protected void copyInto(InsightsSettings row, InsightsSettings candidate) {
        row.setExpectedRedemptionPercent(candidate.getExpectedRedemptionPercent());
    }
}
