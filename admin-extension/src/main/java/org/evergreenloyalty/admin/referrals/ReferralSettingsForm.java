package org.evergreenloyalty.admin.referrals;

import static org.evergreenloyalty.admin.form.SettingsFieldReader.name;
import static org.evergreenloyalty.admin.form.SettingsFieldReader.orEmpty;
import static org.evergreenloyalty.admin.form.SettingsFieldReader.plain;
import static org.evergreenloyalty.admin.form.SettingsFieldReader.trimmed;

import org.evergreenloyalty.admin.form.FormErrors;
import org.evergreenloyalty.admin.form.SettingsFieldReader;
import org.evergreenloyalty.admin.form.SettingsForm;
import org.evergreenloyalty.referral.AdvocateRewardKind;
import org.evergreenloyalty.referral.DiscountKind;
import org.evergreenloyalty.referral.ReferralSettings;

/**
 * The referral settings form of Loyalty &gt; Referrals (rewards, approval period, cap, fraud rules, throttles,
 * invitations, e-mails) as typed: numbers stay text until {@link #applyTo} reads them, so any input can be
 * shown again next to its problem. Field names are those of {@link ReferralSettings}, so the engine's own
 * validation messages land next to the right field.
 */
public class ReferralSettingsForm implements SettingsForm<ReferralSettings> {

    private boolean enabled;
    private String friendDiscountKind;
    private String friendDiscountValue;
    private String friendMinimumSubtotal;
    private String friendCodeValidDays;
    private String qualifyingMinimumSubtotal;
    private String advocateRewardKind;
    private String advocatePoints;
    private String advocateCodeKind;
    private String advocateCodeValue;
    private String advocateCodeValidDays;
    private String approvalDays;
    private String monthlyCap;
    private boolean ruleSameEmail;
    private String plusTagDomains;
    private String dotInsensitiveDomains;
    private boolean ruleSameAddress;
    private boolean ruleSameDevice;
    private String sameDeviceWindowHours;
    private boolean ruleExistingCustomer;
    private String advocateWeeklyLimit;
    private String ipDailyLimit;
    private String cookieDays;
    private String wrongCodeLimitPerSession;
    private String wrongCodeLimitPerIp;
    private String wrongCodeWindowMinutes;
    private String inviteMaxAddresses;
    private String inviteDailyLimit;
    private String inviteRepeatDays;
    private String inviteHourlyPerIp;
    private String inviteHourlyStore;
    private boolean mailFriendOrdered;
    private boolean mailRewardGranted;

    /** The form showing {@code s}. */
    public static ReferralSettingsForm of(ReferralSettings s) {
        ReferralSettingsForm f = new ReferralSettingsForm();
        f.enabled = s.isEnabled();
        f.friendDiscountKind = name(s.getFriendDiscountKind());
        f.friendDiscountValue = plain(s.getFriendDiscountValue());
        f.friendMinimumSubtotal = plain(s.getFriendMinimumSubtotal());
        f.friendCodeValidDays = String.valueOf(s.getFriendCodeValidDays());
        f.qualifyingMinimumSubtotal = plain(s.getQualifyingMinimumSubtotal());
        f.advocateRewardKind = name(s.getAdvocateRewardKind());
        f.advocatePoints = String.valueOf(s.getAdvocatePoints());
        f.advocateCodeKind = name(s.getAdvocateCodeKind());
        f.advocateCodeValue = plain(s.getAdvocateCodeValue());
        f.advocateCodeValidDays = String.valueOf(s.getAdvocateCodeValidDays());
        f.approvalDays = String.valueOf(s.getApprovalDays());
        f.monthlyCap = String.valueOf(s.getMonthlyCap());
        f.ruleSameEmail = s.isRuleSameEmail();
        f.plusTagDomains = orEmpty(s.getPlusTagDomains());
        f.dotInsensitiveDomains = orEmpty(s.getDotInsensitiveDomains());
        f.ruleSameAddress = s.isRuleSameAddress();
        f.ruleSameDevice = s.isRuleSameDevice();
        f.sameDeviceWindowHours = String.valueOf(s.getSameDeviceWindowHours());
        f.ruleExistingCustomer = s.isRuleExistingCustomer();
        f.advocateWeeklyLimit = String.valueOf(s.getAdvocateWeeklyLimit());
        f.ipDailyLimit = String.valueOf(s.getIpDailyLimit());
        f.cookieDays = String.valueOf(s.getCookieDays());
        f.wrongCodeLimitPerSession = String.valueOf(s.getWrongCodeLimitPerSession());
        f.wrongCodeLimitPerIp = String.valueOf(s.getWrongCodeLimitPerIp());
        f.wrongCodeWindowMinutes = String.valueOf(s.getWrongCodeWindowMinutes());
        f.inviteMaxAddresses = String.valueOf(s.getInviteMaxAddresses());
        f.inviteDailyLimit = String.valueOf(s.getInviteDailyLimit());
        f.inviteRepeatDays = String.valueOf(s.getInviteRepeatDays());
        f.inviteHourlyPerIp = String.valueOf(s.getInviteHourlyPerIp());
        f.inviteHourlyStore = String.valueOf(s.getInviteHourlyStore());
        f.mailFriendOrdered = s.isMailFriendOrdered();
        f.mailRewardGranted = s.isMailRewardGranted();
        return f;
    }

    /**
     * A copy of {@code current} with every field this form could read; fields it could not read keep their
     * current value and get a problem in {@code errors}. The caller saves the result only when {@code errors}
     * stayed empty.
     */
    @Override
    public ReferralSettings applyTo(ReferralSettings current, FormErrors errors) {
        ReferralSettings s = current.copy();
        SettingsFieldReader read = new SettingsFieldReader(errors);
        s.setEnabled(enabled);
        read.option(DiscountKind.class, friendDiscountKind, "friendDiscountKind", s::setFriendDiscountKind);
        read.decimal(friendDiscountValue, "friendDiscountValue", s::setFriendDiscountValue);
        read.decimal(friendMinimumSubtotal, "friendMinimumSubtotal", s::setFriendMinimumSubtotal);
        read.wholeInt(friendCodeValidDays, "friendCodeValidDays", s::setFriendCodeValidDays);
        read.decimal(qualifyingMinimumSubtotal, "qualifyingMinimumSubtotal", s::setQualifyingMinimumSubtotal);
        read.option(AdvocateRewardKind.class, advocateRewardKind, "advocateRewardKind", s::setAdvocateRewardKind);
        read.whole(advocatePoints, "advocatePoints", s::setAdvocatePoints);
        read.option(DiscountKind.class, advocateCodeKind, "advocateCodeKind", s::setAdvocateCodeKind);
        read.decimal(advocateCodeValue, "advocateCodeValue", s::setAdvocateCodeValue);
        read.wholeInt(advocateCodeValidDays, "advocateCodeValidDays", s::setAdvocateCodeValidDays);
        read.wholeInt(approvalDays, "approvalDays", s::setApprovalDays);
        read.wholeInt(monthlyCap, "monthlyCap", s::setMonthlyCap);
        s.setRuleSameEmail(ruleSameEmail);
        s.setPlusTagDomains(trimmed(plusTagDomains));
        s.setDotInsensitiveDomains(trimmed(dotInsensitiveDomains));
        s.setRuleSameAddress(ruleSameAddress);
        s.setRuleSameDevice(ruleSameDevice);
        read.wholeInt(sameDeviceWindowHours, "sameDeviceWindowHours", s::setSameDeviceWindowHours);
        s.setRuleExistingCustomer(ruleExistingCustomer);
        read.wholeInt(advocateWeeklyLimit, "advocateWeeklyLimit", s::setAdvocateWeeklyLimit);
        read.wholeInt(ipDailyLimit, "ipDailyLimit", s::setIpDailyLimit);
        read.wholeInt(cookieDays, "cookieDays", s::setCookieDays);
        read.wholeInt(wrongCodeLimitPerSession, "wrongCodeLimitPerSession", s::setWrongCodeLimitPerSession);
        read.wholeInt(wrongCodeLimitPerIp, "wrongCodeLimitPerIp", s::setWrongCodeLimitPerIp);
        read.wholeInt(wrongCodeWindowMinutes, "wrongCodeWindowMinutes", s::setWrongCodeWindowMinutes);
        read.wholeInt(inviteMaxAddresses, "inviteMaxAddresses", s::setInviteMaxAddresses);
        read.wholeInt(inviteDailyLimit, "inviteDailyLimit", s::setInviteDailyLimit);
        read.wholeInt(inviteRepeatDays, "inviteRepeatDays", s::setInviteRepeatDays);
        read.wholeInt(inviteHourlyPerIp, "inviteHourlyPerIp", s::setInviteHourlyPerIp);
        read.wholeInt(inviteHourlyStore, "inviteHourlyStore", s::setInviteHourlyStore);
        s.setMailFriendOrdered(mailFriendOrdered);
        s.setMailRewardGranted(mailRewardGranted);
        return s;
    }

    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean v) { this.enabled = v; }
    public String getFriendDiscountKind() { return friendDiscountKind; }
    public void setFriendDiscountKind(String v) { this.friendDiscountKind = v; }
    public String getFriendDiscountValue() { return friendDiscountValue; }
    public void setFriendDiscountValue(String v) { this.friendDiscountValue = v; }
    public String getFriendMinimumSubtotal() { return friendMinimumSubtotal; }
    public void setFriendMinimumSubtotal(String v) { this.friendMinimumSubtotal = v; }
    public String getFriendCodeValidDays() { return friendCodeValidDays; }
    public void setFriendCodeValidDays(String v) { this.friendCodeValidDays = v; }
    public String getAdvocateRewardKind() { return advocateRewardKind; }
    public void setAdvocateRewardKind(String v) { this.advocateRewardKind = v; }
    public String getAdvocatePoints() { return advocatePoints; }
    public void setAdvocatePoints(String v) { this.advocatePoints = v; }
    public String getAdvocateCodeKind() { return advocateCodeKind; }
    public void setAdvocateCodeKind(String v) { this.advocateCodeKind = v; }
    public String getAdvocateCodeValue() { return advocateCodeValue; }
    public void setAdvocateCodeValue(String v) { this.advocateCodeValue = v; }
    public String getAdvocateCodeValidDays() { return advocateCodeValidDays; }
    public void setAdvocateCodeValidDays(String v) { this.advocateCodeValidDays = v; }
    public String getApprovalDays() { return approvalDays; }
    public void setApprovalDays(String v) { this.approvalDays = v; }
    public String getMonthlyCap() { return monthlyCap; }
    public void setMonthlyCap(String v) { this.monthlyCap = v; }
    public boolean isRuleSameEmail() { return ruleSameEmail; }
    public void setRuleSameEmail(boolean v) { this.ruleSameEmail = v; }
    public String getPlusTagDomains() { return plusTagDomains; }
    public void setPlusTagDomains(String v) { this.plusTagDomains = v; }
    public String getDotInsensitiveDomains() { return dotInsensitiveDomains; }
    public void setDotInsensitiveDomains(String v) { this.dotInsensitiveDomains = v; }
    public boolean isRuleSameAddress() { return ruleSameAddress; }
    public void setRuleSameAddress(boolean v) { this.ruleSameAddress = v; }
    public boolean isRuleSameDevice() { return ruleSameDevice; }
    public void setRuleSameDevice(boolean v) { this.ruleSameDevice = v; }
    public String getSameDeviceWindowHours() { return sameDeviceWindowHours; }
    public void setSameDeviceWindowHours(String v) { this.sameDeviceWindowHours = v; }
    public boolean isRuleExistingCustomer() { return ruleExistingCustomer; }
    public void setRuleExistingCustomer(boolean v) { this.ruleExistingCustomer = v; }
    public String getAdvocateWeeklyLimit() { return advocateWeeklyLimit; }
    public void setAdvocateWeeklyLimit(String v) { this.advocateWeeklyLimit = v; }
    public String getIpDailyLimit() { return ipDailyLimit; }
    public void setIpDailyLimit(String v) { this.ipDailyLimit = v; }
    public String getCookieDays() { return cookieDays; }
    public void setCookieDays(String v) { this.cookieDays = v; }
    public String getWrongCodeLimitPerSession() { return wrongCodeLimitPerSession; }
    public void setWrongCodeLimitPerSession(String v) { this.wrongCodeLimitPerSession = v; }
    public String getWrongCodeLimitPerIp() { return wrongCodeLimitPerIp; }
    public void setWrongCodeLimitPerIp(String v) { this.wrongCodeLimitPerIp = v; }
    public String getWrongCodeWindowMinutes() { return wrongCodeWindowMinutes; }
    public void setWrongCodeWindowMinutes(String v) { this.wrongCodeWindowMinutes = v; }
    public String getInviteMaxAddresses() { return inviteMaxAddresses; }
    public void setInviteMaxAddresses(String v) { this.inviteMaxAddresses = v; }
    public String getInviteDailyLimit() { return inviteDailyLimit; }
    public void setInviteDailyLimit(String v) { this.inviteDailyLimit = v; }
    public String getInviteRepeatDays() { return inviteRepeatDays; }
    public void setInviteRepeatDays(String v) { this.inviteRepeatDays = v; }
    public boolean isMailFriendOrdered() { return mailFriendOrdered; }
    public void setMailFriendOrdered(boolean v) { this.mailFriendOrdered = v; }
    public boolean isMailRewardGranted() { return mailRewardGranted; }
    public void setMailRewardGranted(boolean v) { this.mailRewardGranted = v; }
    public String getQualifyingMinimumSubtotal() { return qualifyingMinimumSubtotal; }
    public void setQualifyingMinimumSubtotal(String v) { this.qualifyingMinimumSubtotal = v; }
    public String getInviteHourlyPerIp() { return inviteHourlyPerIp; }
    public void setInviteHourlyPerIp(String v) { this.inviteHourlyPerIp = v; }
    public String getInviteHourlyStore() { return inviteHourlyStore; }
    public void setInviteHourlyStore(String v) { this.inviteHourlyStore = v; }
}
