package org.evergreenloyalty.reward;

import java.util.Map;

import org.evergreenloyalty.config.EvergreenProperties;
import org.evergreenloyalty.config.SingleRowSettingsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/** Keeps the rewards catalogue's settings row; defaults, bounds and messages come from {@link RewardSettings}. */
public class DefaultRewardSettingsService extends SingleRowSettingsService<RewardSettings> implements RewardSettingsService {

    private final EvergreenProperties properties;

    public DefaultRewardSettingsService(PlatformTransactionManager txm, EvergreenProperties properties) {
        super(RewardSettings.class, RewardSettings.TABLE, RewardSettings.SINGLETON_ID, "evergreen.rewards", txm,
                TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.properties = properties;
    }

    @Override
    protected RewardSettings defaults() {
        return RewardSettings.fromProperties(properties);
    }

    @Override
    protected Map<String, String> validate(RewardSettings settings) {
        return settings.problems();
    }

    @Override
    protected RuntimeException invalid(Map<String, String> errors) {
        Map.Entry<String, String> first = errors.entrySet().iterator().next();
        return new RewardException(first.getKey(), first.getValue(),
                "Reminder days must be a whole number from 0 to " + RewardSettings.MAX_REMINDER_DAYS + ".",
                RewardSettings.MAX_REMINDER_DAYS);
    }

    @Override
    protected RewardSettings copyOf(RewardSettings row) {
        return row.copy();
    }

    @Override
    protected void copyInto(RewardSettings row, RewardSettings candidate) {
        row.copyFrom(candidate);
    }
}
