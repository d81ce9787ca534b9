package org.evergreenloyalty.review;

import java.util.Locale;
import java.util.Map;

import org.evergreenloyalty.config.EvergreenProperties;
import org.evergreenloyalty.config.SingleRowSettingsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/** Keeps the settings row in the database; the first read creates it from the {@code evergreen.review.*} properties. */
public class DefaultReviewSettingsService extends SingleRowSettingsService<ReviewSettings> implements ReviewSettingsService {

    private final EvergreenProperties properties;
    private final ReviewSettingsValidator validator;

    public DefaultReviewSettingsService(PlatformTransactionManager txm, EvergreenProperties properties,
                                        ReviewSettingsValidator validator) {
        super(ReviewSettings.class, ReviewSettings.TABLE, ReviewSettings.SINGLETON_ID, "evergreen.review", txm, TransactionDefinition.PROPAGATION_REQUIRED);
        this.properties = properties;
        this.validator = validator;
    }

    @Override
    protected Map<String, String> validate(ReviewSettings settings) {
        return validator.validate(settings);
    }

    @Override
    protected RuntimeException invalid(Map<String, String> errors) {
        return new ReviewSettingsException(errors);
    }

    @Override
    protected ReviewSettings copyOf(ReviewSettings row) {
        return row.copy();
    }

    @Override
    protected void copyInto(ReviewSettings row, ReviewSettings candidate) {
        row.copyFrom(candidate);
        row.setFulfillmentStatuses(join(candidate));
    }

    /** Refuses to store defaults from invalid {@code evergreen.review.*} properties. */
    @Override
    protected ReviewSettings newRow() {
        return validDefaults();
    }

    private static String join(ReviewSettings s) {
        StringBuilder b = new StringBuilder();
        for (String st : s.fulfillmentStatusList()) {
            b.append(b.length() == 0 ? "" : ",").append(st);
        }
        return b.toString();
    }

    /** The settings the properties describe. */
    @Override
    protected ReviewSettings defaults() {
        ReviewSettings s = new ReviewSettings();
        s.setEnabled(properties.getBoolean("evergreen.review.enabled", true));
        s.setTrigger(ReviewTrigger.valueOf(properties.get("evergreen.review.trigger", "SUBMITTED").trim().toUpperCase(Locale.ROOT)));
        s.setFulfillmentStatuses(properties.get("evergreen.review.fulfillmentStatuses", "FULFILLED,DELIVERED"));
        s.setFulfillmentStatuses(join(s));
        s.setDelayDays(properties.getInt("evergreen.review.delayDays", 14));
        s.setLateDays(properties.getInt("evergreen.review.lateDays", 30));
        s.setReminderDays(properties.getInt("evergreen.review.reminderDays", 7));
        s.setTokenValidDays(properties.getInt("evergreen.review.tokenValidDays", 180));
        s.setProductRepeatMonths(properties.getInt("evergreen.review.productRepeatMonths", 12));
        s.setMaxEmailsPer30Days(properties.getInt("evergreen.review.maxEmailsPer30Days", 4));
        s.setSatisfactionQuestion(properties.getBoolean("evergreen.review.satisfactionQuestion", true));
        s.setModeration(ModerationMode.valueOf(properties.get("evergreen.review.moderation", "MODERATE_ALL").trim().toUpperCase(Locale.ROOT)));
        s.setRewardPoints(properties.getInt("evergreen.review.rewardPoints", 50));
        s.setMaxTextLength(properties.getInt("evergreen.review.maxTextLength", 2000));
        s.setMaxTitleLength(properties.getInt("evergreen.review.maxTitleLength", 120));
        return s;
    }
}
