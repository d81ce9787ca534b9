package org.evergreenloyalty.admin.referrals;

import org.evergreenloyalty.admin.form.FormErrors;

/**
 * The reason an admin gives for a decision on a referral (approve, reject, first order returned), as typed.
 * A decision without a reason is refused.
 */
public class ReferralDecisionForm {

    /** The longest reason the engine keeps. */
    public static final int MAX_REASON = 500;

    private String reason;

    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }

    /** The trimmed reason, or null with the problem recorded in {@code errors} under {@code reason}. */
    public String read(FormErrors errors) {
        String why = reason == null ? "" : reason.trim();
        if (why.isEmpty()) {
            errors.reject("reason", "evergreen.referral.decision.reasonMissing");
            return null;
        }
        if (why.length() > MAX_REASON) {
            errors.reject("reason", "evergreen.referral.decision.reasonTooLong", MAX_REASON);
            return null;
        }
        return why;
    }
}
