package org.evergreenloyalty.referral;

import java.math.BigDecimal;
import java.util.Map;

import org.evergreenloyalty.config.EvergreenProperties;
import org.evergreenloyalty.config.SingleRowSettingsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/** Keeps the settings row in the database; the first read creates it from the {@code evergreen.referral.*} properties. */
public class DefaultReferralSettingsService extends SingleRowSettingsService<ReferralSettings> implements ReferralSettingsService {

    private final EvergreenProperties properties;
    private final ReferralSettingsValidator validator;

    public DefaultReferralSettingsService(PlatformTransactionManager txm, EvergreenProperties properties,
                                          ReferralSettingsValidator validator) {
        super(ReferralSettings.class, ReferralSettings.TABLE, ReferralSettings.SINGLETON_ID, "evergreen.referral", txm, TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.properties = properties;
        this.validator = validator;
        validDefaults();
    }

    @Override
    protected Map<String, String> validate(ReferralSettings settings) {
        return validator.validate(settings);
    }

    @Override
    protected RuntimeException invalid(Map<String, String> errors) {
        return new InvalidReferralSettingsException(errors);
    }

    @Override
    protected ReferralSettings copyOf(ReferralSettings row) {
        return row.copy();
    }

    @Override
    protected void copyInto(ReferralSettings row, ReferralSettings candidate) {
        row.copyFrom(candidate);
    }

    /** The settings the properties describe. */
    @Override
    protected ReferralSettings defaults() {
        ReferralSettings s = new ReferralSettings();
        s.setEnabled(properties.getBoolean("evergreen.referral.enabled", true));
        s.setFriendDiscountKind(DiscountKind.valueOf(properties.get("evergreen.referral.friend.discountType", "PERCENT").toUpperCase()));
        s.setFriendDiscountValue(decimal("evergreen.referral.friend.discountValue", "10"));
        s.setFriendMinimumSubtotal(decimal("evergreen.referral.friend.minimumSubtotal", "0"));
        s.setQualifyingMinimumSubtotal(decimal("evergreen.referral.qualifyingMinimumSubtotal", "0"));
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
        s.setWrongCodeLimitPerIp(properties.getInt("evergreen.referral.throttle.perIp", 100));
        s.setWrongCodeWindowMinutes(properties.getInt("evergreen.referral.throttle.windowMinutes", 60));
        s.setInviteMaxAddresses(properties.getInt("evergreen.referral.invite.maxAddresses", 10));
        s.setInviteDailyLimit(properties.getInt("evergreen.referral.invite.dailyLimit", 20));
        s.setInviteHourlyPerIp(properties.getInt("evergreen.referral.invite.hourlyPerIp", ReferralSettings.DEFAULT_INVITE_HOURLY_IP));
        s.setInviteHourlyStore(properties.getInt("evergreen.referral.invite.hourlyStore", ReferralSettings.DEFAULT_INVITE_HOURLY_STORE));
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
