package org.evergreenloyalty.birthday;

import java.math.BigDecimal;
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

/** Keeps the settings row in the database; the first read creates it from the {@code evergreen.birthday.*} properties. */
public class DefaultBirthdaySettingsService implements BirthdaySettingsService {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    private final TransactionTemplate tx;
    private final EvergreenProperties properties;
    private final BirthdaySettingsValidator validator;

    public DefaultBirthdaySettingsService(PlatformTransactionManager txm, EvergreenProperties properties,
                                          BirthdaySettingsValidator validator) {
        this.tx = new TransactionTemplate(txm);
        this.properties = properties;
        this.validator = validator;
    }

    @Override
    public BirthdaySettings current() {
        BirthdaySettings row = em.find(BirthdaySettings.class, BirthdaySettings.SINGLETON_ID);
        if (row != null) {
            return row.copy();
        }
        try {
            return createRow();
        } catch (DataIntegrityViolationException | PersistenceException e) {
            // another thread created it first
            return tx.execute(new TransactionCallback<BirthdaySettings>() {
                @Override
                public BirthdaySettings doInTransaction(TransactionStatus status) {
                    return em.find(BirthdaySettings.class, BirthdaySettings.SINGLETON_ID).copy();
                }
            });
        }
    }

    private BirthdaySettings createRow() {
        return tx.execute(new TransactionCallback<BirthdaySettings>() {
            @Override
            public BirthdaySettings doInTransaction(TransactionStatus status) {
                BirthdaySettings existing = em.find(BirthdaySettings.class, BirthdaySettings.SINGLETON_ID);
                if (existing == null) {
                    existing = defaults();
                    Map<String, String> errors = validator.validate(existing);
                    if (!errors.isEmpty()) {
                        throw new IllegalStateException("The evergreen.birthday.* properties are invalid: " + errors);
                    }
                    em.persist(existing);
                    em.flush();
                }
                return existing.copy();
            }
        });
    }

    @Override
    public BirthdaySettings save(final BirthdaySettings candidate) {
        Map<String, String> errors = validator.validate(candidate);
        if (!errors.isEmpty()) {
            throw new BirthdaySettingsException(errors);
        }
        current();
        return tx.execute(new TransactionCallback<BirthdaySettings>() {
            @Override
            public BirthdaySettings doInTransaction(TransactionStatus status) {
                BirthdaySettings row = em.find(BirthdaySettings.class, BirthdaySettings.SINGLETON_ID);
                em.refresh(row);
                row.copyFrom(candidate);
                em.flush();
                return row.copy();
            }
        });
    }

    /** The settings the properties describe. */
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
