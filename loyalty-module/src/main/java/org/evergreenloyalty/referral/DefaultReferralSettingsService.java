package org.evergreenloyalty.referral;

import java.math.BigDecimal;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.evergreenloyalty.config.EvergreenProperties;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/** Keeps the settings row in the database; the first read creates it from the {@code evergreen.referral.*} properties. */
public class DefaultReferralSettingsService implements ReferralSettingsService {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    private final TransactionTemplate tx;
    private final TransactionTemplate newTx;
    private final EvergreenProperties properties;
    private final ReferralSettingsValidator validator;

    public DefaultReferralSettingsService(PlatformTransactionManager txm, EvergreenProperties properties,
                                          ReferralSettingsValidator validator) {
        this.tx = new TransactionTemplate(txm);
        this.newTx = new TransactionTemplate(txm);
        this.newTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.properties = properties;
        this.validator = validator;
        Map<String, String> errors = validator.validate(defaults());
        if (!errors.isEmpty()) {
            throw new IllegalStateException("The evergreen.referral.* properties are invalid: " + errors);
        }
    }

    @Override
    public ReferralSettings current() {
        ReferralSettings row = em.find(ReferralSettings.class, ReferralSettings.SINGLETON_ID);
        if (row != null) {
            return row.copy();
        }
        try {
            return create();
        } catch (RuntimeException e) {
            // another thread or node created the row first
            ReferralSettings again = tx.execute(new TransactionCallback<ReferralSettings>() {
                @Override
                public ReferralSettings doInTransaction(TransactionStatus status) {
                    return em.find(ReferralSettings.class, ReferralSettings.SINGLETON_ID);
                }
            });
            if (again == null) {
                throw e;
            }
            return again.copy();
        }
    }

    private ReferralSettings create() {
        return newTx.execute(new TransactionCallback<ReferralSettings>() {
            @Override
            public ReferralSettings doInTransaction(TransactionStatus status) {
                ReferralSettings existing = em.find(ReferralSettings.class, ReferralSettings.SINGLETON_ID);
                if (existing == null) {
                    existing = defaults();
                    em.persist(existing);
                    em.flush();
                }
                return existing.copy();
            }
        });
    }

    @Override
    public ReferralSettings save(final ReferralSettings candidate) {
        Map<String, String> errors = validator.validate(candidate);
        if (!errors.isEmpty()) {
            throw new InvalidReferralSettingsException(errors);
        }
        current();
        return tx.execute(new TransactionCallback<ReferralSettings>() {
            @Override
            public ReferralSettings doInTransaction(TransactionStatus status) {
                ReferralSettings row = em.find(ReferralSettings.class, ReferralSettings.SINGLETON_ID);
                em.refresh(row);
                row.copyFrom(candidate);
                em.flush();
                return row.copy();
            }
        });
    }

    /** The settings the properties describe. */
    protected ReferralSettings defaults() {
        ReferralSettings s = new ReferralSettings();
        s.setEnabled(properties.getBoolean("evergreen.referral.enabled", true));
        s.setFriendDiscountKind(DiscountKind.valueOf(properties.get("evergreen.referral.friend.discountType", "PERCENT").toUpperCase()));
        s.setFriendDiscountValue(decimal("evergreen.referral.friend.discountValue", "10"));
        s.setFriendMinimumSubtotal(decimal("evergreen.referral.friend.minimumSubtotal", "0"));
        s.setFriendCodeValidDays(properties.getInt("evergreen.referral.friend.codeValidDays", 60));
        s.setAdvocateRewardKind(AdvocateRewardKind.valueOf(properties.get("evergreen.referral.advocate.rewardType", "POINTS").toUpperCase()));
        s.setAdvocatePoints(properties.getInt("evergreen.referral.advocate.points", 500));
        s.setAdvocateCodeKind(DiscountKind.valueOf(properties.get("evergreen.referral.advocate.codeType", "AMOUNT").toUpperCase()));
        s.setAdvocateCodeValue(decimal("evergreen.referral.advocate.codeValue", "10"));
        s.setAdvocateCodeValidDays(properties.getInt("evergreen.referral.advocate.codeValidDays", 180));
        s.setApprovalDays(properties.getInt("evergreen.referral.approvalDays", 30));
        s.setMonthlyCap(properties.getInt("evergreen.referral.advocate.monthlyCap", 0));
        s.setRuleSameEmail(properties.getBoolean("evergreen.referral.fraud.sameEmail", true));
        s.setPlusTagDomains(properties.get("evergreen.referral.fraud.plusTagDomains", "*"));
        s.setDotInsensitiveDomains(properties.get("evergreen.referral.fraud.dotInsensitiveDomains", "gmail.com,googlemail.com"));
        s.setRuleSameAddress(properties.getBoolean("evergreen.referral.fraud.sameAddress", true));
        s.setRuleSameDevice(properties.getBoolean("evergreen.referral.fraud.sameDevice", true));
        s.setSameDeviceWindowHours(properties.getInt("evergreen.referral.fraud.sameDeviceWindowHours", 72));
        s.setRuleExistingCustomer(properties.getBoolean("evergreen.referral.fraud.existingCustomer", true));
        s.setAdvocateWeeklyLimit(properties.getInt("evergreen.referral.fraud.advocateWeeklyLimit", 10));
        s.setIpDailyLimit(properties.getInt("evergreen.referral.fraud.ipDailyLimit", 3));
        s.setCookieDays(properties.getInt("evergreen.referral.cookieDays", 30));
        s.setWrongCodeLimitPerSession(properties.getInt("evergreen.referral.throttle.perSession", 10));
        s.setWrongCodeLimitPerIp(properties.getInt("evergreen.referral.throttle.perIp", 10));
        s.setWrongCodeWindowMinutes(properties.getInt("evergreen.referral.throttle.windowMinutes", 60));
        s.setInviteMaxAddresses(properties.getInt("evergreen.referral.invite.maxAddresses", 10));
        s.setInviteDailyLimit(properties.getInt("evergreen.referral.invite.dailyLimit", 20));
        s.setInviteRepeatDays(properties.getInt("evergreen.referral.invite.repeatDays", 30));
        s.setMailFriendOrdered(properties.getBoolean("evergreen.referral.mail.friendOrdered", true));
        s.setMailRewardGranted(properties.getBoolean("evergreen.referral.mail.rewardGranted", true));
        return s;
    }

    private BigDecimal decimal(String key, String fallback) {
        String v = properties.get(key, fallback);
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("Property " + key + " must be a number, was '" + v + "'", e);
        }
    }
}
