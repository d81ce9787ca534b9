package org.evergreenloyalty.referral;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** Checks referral settings before they are saved; one message per offending field. */
public class ReferralSettingsValidator {

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("100000");

    /** Field name to message; empty when the settings are fine. */
    public Map<String, String> validate(ReferralSettings s) {
        Map<String, String> e = new LinkedHashMap<String, String>();
        if (s.getFriendDiscountKind() == null) {
            e.put("friendDiscountKind", "Choose a percent or an amount for the friend's discount.");
        }
        discount(e, "friendDiscountValue", "friend's discount", s.getFriendDiscountKind(), s.getFriendDiscountValue());
        if (s.getFriendMinimumSubtotal() == null || s.getFriendMinimumSubtotal().signum() < 0
                || s.getFriendMinimumSubtotal().compareTo(MAX_AMOUNT) > 0) {
            e.put("friendMinimumSubtotal", "The minimum order value must be between 0 (none) and 100000.");
        }
        if (s.getQualifyingMinimumSubtotal().signum() < 0 || s.getQualifyingMinimumSubtotal().compareTo(MAX_AMOUNT) > 0) {
            e.put("qualifyingMinimumSubtotal", "The minimum qualifying order value must be between 0 (none) and 100000.");
        }
        range(e, "friendCodeValidDays", "The friend's code validity", s.getFriendCodeValidDays(), 1, 3650, "days");
        if (s.getAdvocateRewardKind() == null) {
            e.put("advocateRewardKind", "Choose points or a code as the advocate's reward.");
        } else if (s.getAdvocateRewardKind() == AdvocateRewardKind.POINTS) {
            if (s.getAdvocatePoints() < 1 || s.getAdvocatePoints() > 1_000_000L) {
                e.put("advocatePoints", "The advocate's reward must be between 1 and 1,000,000 points.");
            }
        } else {
            if (s.getAdvocateCodeKind() == null) {
                e.put("advocateCodeKind", "Choose a percent or an amount for the advocate's code.");
            }
            discount(e, "advocateCodeValue", "advocate's code", s.getAdvocateCodeKind(), s.getAdvocateCodeValue());
        }
        range(e, "advocateCodeValidDays", "The advocate's code validity", s.getAdvocateCodeValidDays(), 1, 3650, "days");
        range(e, "approvalDays", "The approval period", s.getApprovalDays(), 0, 365, "days");
        range(e, "monthlyCap", "The monthly cap", s.getMonthlyCap(), 0, 10_000, "rewards (0 = no cap)");
        range(e, "sameDeviceWindowHours", "The same-device window", s.getSameDeviceWindowHours(), 1, 24 * 90, "hours");
        range(e, "advocateWeeklyLimit", "The weekly limit per advocate", s.getAdvocateWeeklyLimit(), 0, 10_000, "(0 = off)");
        range(e, "ipDailyLimit", "The daily limit per IP address", s.getIpDailyLimit(), 0, 10_000, "(0 = off)");
        range(e, "cookieDays", "The link cookie lifetime", s.getCookieDays(), 1, 365, "days");
        range(e, "wrongCodeLimitPerSession", "Wrong codes per session", s.getWrongCodeLimitPerSession(), 1, 1000, "");
        range(e, "wrongCodeLimitPerIp", "Wrong codes per IP address", s.getWrongCodeLimitPerIp(), 1, 10_000, "");
        range(e, "wrongCodeWindowMinutes", "The wrong-code window", s.getWrongCodeWindowMinutes(), 1, 24 * 60, "minutes");
        range(e, "inviteMaxAddresses", "Addresses per invitation", s.getInviteMaxAddresses(), 1, 50, "");
        range(e, "inviteDailyLimit", "Invitations per day", s.getInviteDailyLimit(), 1, 1000, "");
        range(e, "inviteHourlyPerIp", "Invitations per IP address and hour", s.getInviteHourlyPerIp(), 1, 100_000, "");
        range(e, "inviteHourlyStore", "Invitations of the store per hour", s.getInviteHourlyStore(), 1, 1_000_000, "");
        range(e, "inviteRepeatDays", "Days before inviting an address again", s.getInviteRepeatDays(), 0, 365, "");
        domains(e, "plusTagDomains", s.getPlusTagDomains());
        domains(e, "dotInsensitiveDomains", s.getDotInsensitiveDomains());
        return e;
    }

    private static void discount(Map<String, String> e, String field, String what, DiscountKind kind, BigDecimal value) {
        if (value == null || value.signum() <= 0) {
            e.put(field, "The " + what + " must be greater than 0.");
        } else if (kind == DiscountKind.PERCENT && value.compareTo(HUNDRED) > 0) {
            e.put(field, "The " + what + " cannot be more than 100%.");
        } else if (value.compareTo(MAX_AMOUNT) > 0) {
            e.put(field, "The " + what + " cannot be more than 100000.");
        } else if (value.scale() > 2 && value.stripTrailingZeros().scale() > 2) {
            e.put(field, "The " + what + " can have at most 2 decimals.");
        }
    }

    private static void range(Map<String, String> e, String field, String what, long value, long min, long max, String unit) {
        if (value < min || value > max) {
            e.put(field, what + " must be between " + min + " and " + max + (unit.isEmpty() ? "" : " " + unit) + ".");
        }
    }

    private static void domains(Map<String, String> e, String field, String list) {
        if (list == null || list.trim().isEmpty() || list.trim().equals("*")) {
            return;
        }
        for (String d : list.split(",")) {
            String t = d.trim();
            if (!t.isEmpty() && !t.matches("[A-Za-z0-9.-]+\\.[A-Za-z]{2,}")) {
                e.put(field, "'" + t + "' is not a domain name (use e.g. gmail.com, comma-separated, or *).");
                return;
            }
        }
    }
}
