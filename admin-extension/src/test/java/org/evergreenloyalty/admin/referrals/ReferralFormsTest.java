package org.evergreenloyalty.admin.referrals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.text.SimpleDateFormat;
import java.util.Locale;

import org.evergreenloyalty.admin.form.FormErrors;
import org.evergreenloyalty.referral.AdvocateRewardKind;
import org.evergreenloyalty.referral.DiscountKind;
import org.evergreenloyalty.referral.ReferralSettings;
import org.evergreenloyalty.referral.ReferralStatus;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/**
 * The referral pages' forms without Broadleaf: the list filter (status, inclusive date range, page), the decision
 * reason, and the settings form (shows settings as text, reads what it can, keeps the current value of the rest).
 */
class ReferralFormsTest {

    private static FormErrors errors() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.setUseCodeAsDefaultMessage(true);
        return new FormErrors(messages, Locale.ENGLISH);
    }

    private static ReferralFilterForm filter(String status, String from, String to, String page) {
        ReferralFilterForm f = new ReferralFilterForm();
        f.setStatus(status);
        f.setFrom(from);
        f.setTo(to);
        f.setPage(page);
        return f;
    }

    @Test
    void anEmptyFilterListsEverythingFromPageOne() {
        FormErrors e = errors();
        ReferralFilterForm.Filter f = filter(null, " ", "", null).read(e);
        assertTrue(e.isEmpty());
        assertNull(f.getStatus());
        assertNull(f.getFrom());
        assertNull(f.getToExclusive());
        assertEquals(1, f.getPage());
        assertEquals("", filter(null, null, null, null).getStatus(), "links repeat blank, not 'null'");
    }

    @Test
    void theDateRangeIncludesBothDaysAndThePageIsReadLeniently() throws Exception {
        FormErrors e = errors();
        ReferralFilterForm.Filter f = filter("flagged", "2024-02-28", "2024-02-29", "3").read(e);
        assertTrue(e.isEmpty(), e.toString());
        assertEquals(ReferralStatus.FLAGGED, f.getStatus());
        SimpleDateFormat day = new SimpleDateFormat("yyyy-MM-dd HH:mm");
        assertEquals(day.parse("2024-02-28 00:00"), f.getFrom());
        assertEquals(day.parse("2024-03-01 00:00"), f.getToExclusive(), "the last day is included: up to the next midnight");
        assertEquals(3, f.getPage());
        assertEquals(1, filter("", "", "", "-2").read(errors()).getPage());
        assertEquals(1, filter("", "", "", "abc").read(errors()).getPage());
        assertEquals(2, f.query(ReferralStatus.PENDING, 3, 25).getPage(), "the engine counts pages from 0");
        assertEquals(ReferralStatus.PENDING, f.query(ReferralStatus.PENDING, 3, 25).getStatus());
    }

    @Test
    void badFiltersAreRefusedFieldByField() {
        FormErrors e = errors();
        assertNull(filter("LOST", "2023-02-29", "31.12.2024", null).read(e));
        assertEquals("evergreen.form.chooseOption", e.get("status"));
        assertEquals("evergreen.referrals.filter.dateFormat", e.get("from"), "no 29 February in 2023");
        assertEquals("evergreen.referrals.filter.dateFormat", e.get("to"));

        FormErrors reversed = errors();
        assertNull(filter("", "2024-05-02", "2024-05-01", null).read(reversed));
        assertEquals("evergreen.referrals.filter.endBeforeStart", reversed.get("to"));
        assertFalse(reversed.has("from"));
    }

    @Test
    void aDecisionNeedsAReasonOfAtMost500Characters() {
        ReferralDecisionForm f = new ReferralDecisionForm();
        FormErrors e = errors();
        assertNull(f.read(e));
        assertEquals("evergreen.referral.decision.reasonMissing", e.get("reason"));
        f.setReason(new String(new char[501]).replace('\0', 'a'));
        FormErrors tooLong = errors();
        assertNull(f.read(tooLong));
        assertEquals("evergreen.referral.decision.reasonTooLong", tooLong.get("reason"));
        f.setReason("  checked by phone ");
        assertEquals("checked by phone", f.read(errors()));
    }

    private static ReferralSettings settings() {
        ReferralSettings s = new ReferralSettings();
        s.setEnabled(true);
        s.setFriendDiscountKind(DiscountKind.PERCENT);
        s.setFriendDiscountValue(new BigDecimal("10.00000"));
        s.setFriendMinimumSubtotal(BigDecimal.ZERO);
        s.setFriendCodeValidDays(60);
        s.setAdvocateRewardKind(AdvocateRewardKind.POINTS);
        s.setAdvocatePoints(500);
        s.setAdvocateCodeKind(DiscountKind.AMOUNT);
        s.setAdvocateCodeValue(new BigDecimal("10"));
        s.setAdvocateCodeValidDays(180);
        s.setApprovalDays(30);
        s.setRuleSameDevice(true);
        s.setSameDeviceWindowHours(72);
        s.setPlusTagDomains("*");
        s.setCookieDays(30);
        return s;
    }

    @Test
    void theSettingsFormShowsNumbersPlainAndReadsThemBack() {
        ReferralSettingsForm f = ReferralSettingsForm.of(settings());
        assertEquals("10", f.getFriendDiscountValue(), "no trailing zeros");
        assertEquals("0", f.getFriendMinimumSubtotal());
        assertEquals("PERCENT", f.getFriendDiscountKind());
        assertEquals("30", f.getApprovalDays());
        assertTrue(f.isRuleSameDevice());

        f.setApprovalDays(" 0 ");
        f.setFriendDiscountValue("7,5");
        f.setRuleSameDevice(false);
        f.setPlusTagDomains("  example.com ");
        FormErrors e = errors();
        ReferralSettings read = f.applyTo(settings(), e);
        assertTrue(e.isEmpty(), e.toString());
        assertEquals(0, read.getApprovalDays());
        assertEquals(0, new BigDecimal("7.5").compareTo(read.getFriendDiscountValue()), "a comma is a decimal point");
        assertFalse(read.isRuleSameDevice());
        assertEquals("example.com", read.getPlusTagDomains());
    }

    @Test
    void whatTheSettingsFormCannotReadKeepsItsValueAndIsReported() {
        ReferralSettingsForm f = ReferralSettingsForm.of(settings());
        f.setApprovalDays("soon");
        f.setAdvocateRewardKind("CASH");
        f.setCookieDays("");
        f.setAdvocatePoints("99999999999999999999");
        FormErrors e = errors();
        ReferralSettings read = f.applyTo(settings(), e);
        assertEquals("evergreen.form.wholeNumber", e.get("approvalDays"));
        assertEquals("evergreen.form.chooseOption", e.get("advocateRewardKind"));
        assertEquals("evergreen.form.required", e.get("cookieDays"));
        assertEquals("evergreen.form.tooLarge", e.get("advocatePoints"));
        assertEquals(30, read.getApprovalDays(), "kept");
        assertEquals(AdvocateRewardKind.POINTS, read.getAdvocateRewardKind(), "kept");
        assertEquals(30, read.getCookieDays(), "kept");
        assertEquals(500, read.getAdvocatePoints(), "kept");
    }
}
