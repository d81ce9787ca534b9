package org.evergreenloyalty.review;

import java.util.Locale;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.PersistenceException;

import org.evergreenloyalty.config.EvergreenProperties;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/** Keeps the settings row in the database; the first read creates it from the {@code evergreen.review.*} properties. */
public class DefaultReviewSettingsService implements ReviewSettingsService {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    private final TransactionTemplate tx;
    private final EvergreenProperties properties;
    private final ReviewSettingsValidator validator;

    public DefaultReviewSettingsService(PlatformTransactionManager txm, EvergreenProperties properties,
                                        ReviewSettingsValidator validator) {
        this.tx = new TransactionTemplate(txm);
        this.properties = properties;
        this.validator = validator;
    }

    @Override
    public ReviewSettings current() {
        ReviewSettings row = tx.execute(new TransactionCallback<ReviewSettings>() {
            @Override
            public ReviewSettings doInTransaction(TransactionStatus status) {
                ReviewSettings r = em.find(ReviewSettings.class, ReviewSettings.SINGLETON_ID);
                return r == null ? null : r.copy();
            }
        });
        if (row != null) {
            return row;
        }
        try {
            return createRow();
        } catch (DataIntegrityViolationException | PersistenceException e) {
            // another thread created it first
            return tx.execute(new TransactionCallback<ReviewSettings>() {
                @Override
                public ReviewSettings doInTransaction(TransactionStatus status) {
                    return em.find(ReviewSettings.class, ReviewSettings.SINGLETON_ID).copy();
                }
            });
        }
    }

    private ReviewSettings createRow() {
        return tx.execute(new TransactionCallback<ReviewSettings>() {
            @Override
            public ReviewSettings doInTransaction(TransactionStatus status) {
                ReviewSettings existing = em.find(ReviewSettings.class, ReviewSettings.SINGLETON_ID);
                if (existing == null) {
                    existing = defaults();
                    Map<String, String> errors = validator.validate(existing);
                    if (!errors.isEmpty()) {
                        throw new IllegalStateException("The evergreen.review.* properties are invalid: " + errors);
                    }
                    em.persist(existing);
                    em.flush();
                }
                return existing.copy();
            }
        });
    }

    @Override
    public ReviewSettings save(final ReviewSettings candidate) {
        Map<String, String> errors = validator.validate(candidate);
        if (!errors.isEmpty()) {
            throw new ReviewSettingsException(errors);
        }
        current();
        return tx.execute(new TransactionCallback<ReviewSettings>() {
            @Override
            public ReviewSettings doInTransaction(TransactionStatus status) {
                ReviewSettings row = em.find(ReviewSettings.class, ReviewSettings.SINGLETON_ID);
                em.refresh(row);
                row.copyFrom(candidate);
                row.setFulfillmentStatuses(join(candidate));
                em.flush();
                return row.copy();
            }
        });
    }

    private static String join(ReviewSettings s) {
        StringBuilder b = new StringBuilder();
        for (String st : s.fulfillmentStatusList()) {
            b.append(b.length() == 0 ? "" : ",").append(st);
        }
        return b.toString();
    }

    /** The settings the properties describe. */
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
