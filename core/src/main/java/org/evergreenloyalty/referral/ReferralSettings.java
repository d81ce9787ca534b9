package org.evergreenloyalty.referral;

import java.math.BigDecimal;

import javax.persistence.Column;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;

/**
 * The store's referral rules (one row): rewards of friend and advocate, approval period, caps, fraud rules,
 * throttles and e-mails. Editable by an admin through {@link ReferralSettingsService}; first created from
 * the {@code evergreen.referral.*} defaults.
 */
public class ReferralSettings {

    /** Invitations per IP address and hour when a row predates the setting. */
    public static final int DEFAULT_INVITE_HOURLY_IP = 30;
    /** Invitations of the store per hour when a row predates the setting. */
    public static final int DEFAULT_INVITE_HOURLY_STORE = 500;

    /** Its table (the changelog's; not mapped: {@link org.evergreenloyalty.config.SingleRowSettingsService}). */
    public static final String TABLE = "EVG_REFERRAL_SETTINGS";

    /** The id of the single settings row. */
    public static final long SINGLETON_ID = 1L;

    /** Whether new referrals are accepted (codes and links still show). */
    @Column(name = "ENABLED", nullable = false)
    private boolean enabled;
    /** The friend's first-order discount: PERCENT or AMOUNT. */
    @Enumerated(EnumType.STRING)
    @Column(name = "FRIEND_DISCOUNT_KIND", length = 10, nullable = false)
    private DiscountKind friendDiscountKind;
    /** Percent (1-100) or amount off. */
    @Column(name = "FRIEND_DISCOUNT_VALUE", nullable = false, precision = 19, scale = 5)
    private BigDecimal friendDiscountValue;
    /** Minimum item subtotal for the friend's discount; 0 = none. */
    @Column(name = "FRIEND_MIN_SUBTOTAL", nullable = false, precision = 19, scale = 5)
    private BigDecimal friendMinimumSubtotal;
    /** Days the friend's code stays valid. */
    @Column(name = "FRIEND_CODE_DAYS", nullable = false)
    private int friendCodeValidDays;
    /** POINTS or CODE. */
    @Enumerated(EnumType.STRING)
    @Column(name = "ADVOCATE_REWARD_KIND", length = 10, nullable = false)
    private AdvocateRewardKind advocateRewardKind;
    /** Points per rewarded referral. */
    @Column(name = "ADVOCATE_POINTS", nullable = false)
    private long advocatePoints;
    /** Kind of the advocate's code reward. */
    @Enumerated(EnumType.STRING)
    @Column(name = "ADVOCATE_CODE_KIND", length = 10, nullable = false)
    private DiscountKind advocateCodeKind;
    /** Percent or amount of the advocate's code reward. */
    @Column(name = "ADVOCATE_CODE_VALUE", nullable = false, precision = 19, scale = 5)
    private BigDecimal advocateCodeValue;
    /** Days the advocate's reward code stays valid. */
    @Column(name = "ADVOCATE_CODE_DAYS", nullable = false)
    private int advocateCodeValidDays;
    /** Days after the friend's first order before the advocate is rewarded (the return window). */
    @Column(name = "APPROVAL_DAYS", nullable = false)
    private int approvalDays;
    /** Rewards per advocate per calendar month; 0 = no cap. */
    @Column(name = "MONTHLY_CAP", nullable = false)
    private int monthlyCap;
    /** Flag a friend whose normalised e-mail is the advocate's. */
    @Column(name = "RULE_SAME_EMAIL", nullable = false)
    private boolean ruleSameEmail;
    /** Domains whose +tags are ignored when comparing addresses; * = all. */
    @Column(name = "PLUS_TAG_DOMAINS", length = 1000)
    private String plusTagDomains;
    /** Domains whose dots in the local part are ignored. */
    @Column(name = "DOT_DOMAINS", length = 1000)
    private String dotInsensitiveDomains;
    /** Flag a friend who ships to an address of the advocate. */
    @Column(name = "RULE_SAME_ADDRESS", nullable = false)
    private boolean ruleSameAddress;
    /** Flag a friend seen from the advocate's IP address and browser. */
    @Column(name = "RULE_SAME_DEVICE", nullable = false)
    private boolean ruleSameDevice;
    /** How close in time the two sightings must be. */
    @Column(name = "SAME_DEVICE_HOURS", nullable = false)
    private int sameDeviceWindowHours;
    /** Flag a friend who had ordered before. */
    @Column(name = "RULE_EXISTING_CUSTOMER", nullable = false)
    private boolean ruleExistingCustomer;
    /** Referrals per advocate in 7 days before flagging; 0 = off. */
    @Column(name = "ADVOCATE_WEEKLY_LIMIT", nullable = false)
    private int advocateWeeklyLimit;
    /** Referrals from one IP address in 24 hours before flagging; 0 = off. */
    @Column(name = "IP_DAILY_LIMIT", nullable = false)
    private int ipDailyLimit;
    /** Days the referral link is remembered. */
    @Column(name = "COOKIE_DAYS", nullable = false)
    private int cookieDays;
    /** Wrong codes per session and window before refusing. */
    @Column(name = "WRONG_CODE_SESSION", nullable = false)
    private int wrongCodeLimitPerSession;
    /** Wrong codes per IP address and window before refusing. */
    @Column(name = "WRONG_CODE_IP", nullable = false)
    private int wrongCodeLimitPerIp;
    /** The throttle window. */
    @Column(name = "WRONG_CODE_MINUTES", nullable = false)
    private int wrongCodeWindowMinutes;
    /** Addresses per invitation form. */
    @Column(name = "INVITE_MAX_ADDRESSES", nullable = false)
    private int inviteMaxAddresses;
    /** Invitations per advocate in 24 hours. */
    @Column(name = "INVITE_DAILY_LIMIT", nullable = false)
    private int inviteDailyLimit;
    /** Days before the same address can be invited again. */
    @Column(name = "INVITE_REPEAT_DAYS", nullable = false)
    private int inviteRepeatDays;
    /** Invitations from one IP address (all advocates) per hour; null in rows saved before it existed. */
    @Column(name = "INVITE_HOURLY_IP")
    private Integer inviteHourlyPerIp;
    /** Invitations of the whole store per hour; null in rows saved before it existed. */
    @Column(name = "INVITE_HOURLY_STORE")
    private Integer inviteHourlyStore;
    /** The friend's first order must reach this item subtotal to earn the advocate a reward (0 = any order). */
    @Column(name = "QUALIFY_MIN_SUBTOTAL", precision = 19, scale = 5)
    private BigDecimal qualifyingMinimumSubtotal;
    /** E-mail the advocate when the friend's first order is in. */
    @Column(name = "MAIL_FRIEND_ORDERED", nullable = false)
    private boolean mailFriendOrdered;
    /** E-mail the advocate when the reward is granted. */
    @Column(name = "MAIL_REWARD_GRANTED", nullable = false)
    private boolean mailRewardGranted;

    /** A detached copy. */
    public ReferralSettings copy() {
        ReferralSettings s = new ReferralSettings();
        s.copyFrom(this);
        return s;
    }

    /** Takes every rule of {@code o} (not the id). */
    public void copyFrom(ReferralSettings o) {
        this.enabled = o.enabled;
        this.friendDiscountKind = o.friendDiscountKind;
        this.friendDiscountValue = o.friendDiscountValue;
        this.friendMinimumSubtotal = o.friendMinimumSubtotal;
        this.friendCodeValidDays = o.friendCodeValidDays;
        this.advocateRewardKind = o.advocateRewardKind;
        this.advocatePoints = o.advocatePoints;
        this.advocateCodeKind = o.advocateCodeKind;
        this.advocateCodeValue = o.advocateCodeValue;
        this.advocateCodeValidDays = o.advocateCodeValidDays;
        this.approvalDays = o.approvalDays;
        this.monthlyCap = o.monthlyCap;
        this.ruleSameEmail = o.ruleSameEmail;
        this.plusTagDomains = o.plusTagDomains;
        this.dotInsensitiveDomains = o.dotInsensitiveDomains;
        this.ruleSameAddress = o.ruleSameAddress;
        this.ruleSameDevice = o.ruleSameDevice;
        this.sameDeviceWindowHours = o.sameDeviceWindowHours;
        this.ruleExistingCustomer = o.ruleExistingCustomer;
        this.advocateWeeklyLimit = o.advocateWeeklyLimit;
        this.ipDailyLimit = o.ipDailyLimit;
        this.cookieDays = o.cookieDays;
        this.wrongCodeLimitPerSession = o.wrongCodeLimitPerSession;
        this.wrongCodeLimitPerIp = o.wrongCodeLimitPerIp;
        this.wrongCodeWindowMinutes = o.wrongCodeWindowMinutes;
        this.inviteMaxAddresses = o.inviteMaxAddresses;
        this.inviteDailyLimit = o.inviteDailyLimit;
        this.inviteRepeatDays = o.inviteRepeatDays;
        this.inviteHourlyPerIp = o.inviteHourlyPerIp;
        this.inviteHourlyStore = o.inviteHourlyStore;
        this.qualifyingMinimumSubtotal = o.qualifyingMinimumSubtotal;
        this.mailFriendOrdered = o.mailFriendOrdered;
        this.mailRewardGranted = o.mailRewardGranted;
    }

    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public DiscountKind getFriendDiscountKind() { return friendDiscountKind; }
    public void setFriendDiscountKind(DiscountKind friendDiscountKind) { this.friendDiscountKind = friendDiscountKind; }
    public BigDecimal getFriendDiscountValue() { return friendDiscountValue; }
    public void setFriendDiscountValue(BigDecimal friendDiscountValue) { this.friendDiscountValue = friendDiscountValue; }
    public BigDecimal getFriendMinimumSubtotal() { return friendMinimumSubtotal; }
    public void setFriendMinimumSubtotal(BigDecimal friendMinimumSubtotal) { this.friendMinimumSubtotal = friendMinimumSubtotal; }
    public int getFriendCodeValidDays() { return friendCodeValidDays; }
    public void setFriendCodeValidDays(int friendCodeValidDays) { this.friendCodeValidDays = friendCodeValidDays; }
    public AdvocateRewardKind getAdvocateRewardKind() { return advocateRewardKind; }
    public void setAdvocateRewardKind(AdvocateRewardKind advocateRewardKind) { this.advocateRewardKind = advocateRewardKind; }
    public long getAdvocatePoints() { return advocatePoints; }
    public void setAdvocatePoints(long advocatePoints) { this.advocatePoints = advocatePoints; }
    public DiscountKind getAdvocateCodeKind() { return advocateCodeKind; }
    public void setAdvocateCodeKind(DiscountKind advocateCodeKind) { this.advocateCodeKind = advocateCodeKind; }
    public BigDecimal getAdvocateCodeValue() { return advocateCodeValue; }
    public void setAdvocateCodeValue(BigDecimal advocateCodeValue) { this.advocateCodeValue = advocateCodeValue; }
    public int getAdvocateCodeValidDays() { return advocateCodeValidDays; }
    public void setAdvocateCodeValidDays(int advocateCodeValidDays) { this.advocateCodeValidDays = advocateCodeValidDays; }
    public int getApprovalDays() { return approvalDays; }
    public void setApprovalDays(int approvalDays) { this.approvalDays = approvalDays; }
    public int getMonthlyCap() { return monthlyCap; }
    public void setMonthlyCap(int monthlyCap) { this.monthlyCap = monthlyCap; }
    public boolean isRuleSameEmail() { return ruleSameEmail; }
    public void setRuleSameEmail(boolean ruleSameEmail) { this.ruleSameEmail = ruleSameEmail; }
    public String getPlusTagDomains() { return plusTagDomains; }
    public void setPlusTagDomains(String plusTagDomains) { this.plusTagDomains = plusTagDomains; }
    public String getDotInsensitiveDomains() { return dotInsensitiveDomains; }
    public void setDotInsensitiveDomains(String dotInsensitiveDomains) { this.dotInsensitiveDomains = dotInsensitiveDomains; }
    public boolean isRuleSameAddress() { return ruleSameAddress; }
    public void setRuleSameAddress(boolean ruleSameAddress) { this.ruleSameAddress = ruleSameAddress; }
    public boolean isRuleSameDevice() { return ruleSameDevice; }
    public void setRuleSameDevice(boolean ruleSameDevice) { this.ruleSameDevice = ruleSameDevice; }
    public int getSameDeviceWindowHours() { return sameDeviceWindowHours; }
    public void setSameDeviceWindowHours(int sameDeviceWindowHours) { this.sameDeviceWindowHours = sameDeviceWindowHours; }
    public boolean isRuleExistingCustomer() { return ruleExistingCustomer; }
    public void setRuleExistingCustomer(boolean ruleExistingCustomer) { this.ruleExistingCustomer = ruleExistingCustomer; }
    public int getAdvocateWeeklyLimit() { return advocateWeeklyLimit; }
    public void setAdvocateWeeklyLimit(int advocateWeeklyLimit) { this.advocateWeeklyLimit = advocateWeeklyLimit; }
    public int getIpDailyLimit() { return ipDailyLimit; }
    public void setIpDailyLimit(int ipDailyLimit) { this.ipDailyLimit = ipDailyLimit; }
    public int getCookieDays() { return cookieDays; }
    public void setCookieDays(int cookieDays) { this.cookieDays = cookieDays; }
    public int getWrongCodeLimitPerSession() { return wrongCodeLimitPerSession; }
    public void setWrongCodeLimitPerSession(int wrongCodeLimitPerSession) { this.wrongCodeLimitPerSession = wrongCodeLimitPerSession; }
    public int getWrongCodeLimitPerIp() { return wrongCodeLimitPerIp; }
    public void setWrongCodeLimitPerIp(int wrongCodeLimitPerIp) { this.wrongCodeLimitPerIp = wrongCodeLimitPerIp; }
    public int getWrongCodeWindowMinutes() { return wrongCodeWindowMinutes; }
    public void setWrongCodeWindowMinutes(int wrongCodeWindowMinutes) { this.wrongCodeWindowMinutes = wrongCodeWindowMinutes; }
    public int getInviteMaxAddresses() { return inviteMaxAddresses; }
    public void setInviteMaxAddresses(int inviteMaxAddresses) { this.inviteMaxAddresses = inviteMaxAddresses; }
    public int getInviteDailyLimit() { return inviteDailyLimit; }
    public void setInviteDailyLimit(int inviteDailyLimit) { this.inviteDailyLimit = inviteDailyLimit; }
    public int getInviteRepeatDays() { return inviteRepeatDays; }
    public void setInviteRepeatDays(int inviteRepeatDays) { this.inviteRepeatDays = inviteRepeatDays; }
    public boolean isMailFriendOrdered() { return mailFriendOrdered; }
    public void setMailFriendOrdered(boolean mailFriendOrdered) { this.mailFriendOrdered = mailFriendOrdered; }
    public boolean isMailRewardGranted() { return mailRewardGranted; }
    public void setMailRewardGranted(boolean mailRewardGranted) { this.mailRewardGranted = mailRewardGranted; }
    /** Invitations from one IP address per hour (default {@value #DEFAULT_INVITE_HOURLY_IP} for rows saved before the setting). */
    public int getInviteHourlyPerIp() { return inviteHourlyPerIp == null ? DEFAULT_INVITE_HOURLY_IP : inviteHourlyPerIp; }
    public void setInviteHourlyPerIp(int v) { this.inviteHourlyPerIp = v; }
    /** Invitations of the whole store per hour (default {@value #DEFAULT_INVITE_HOURLY_STORE} for older rows). */
    public int getInviteHourlyStore() { return inviteHourlyStore == null ? DEFAULT_INVITE_HOURLY_STORE : inviteHourlyStore; }
    public void setInviteHourlyStore(int v) { this.inviteHourlyStore = v; }
    /** The minimum item subtotal of the friend's first order that earns the advocate a reward (0 = none). */
    public BigDecimal getQualifyingMinimumSubtotal() {
        return qualifyingMinimumSubtotal == null ? BigDecimal.ZERO : qualifyingMinimumSubtotal;
    }
    public void setQualifyingMinimumSubtotal(BigDecimal v) { this.qualifyingMinimumSubtotal = v; }
}
