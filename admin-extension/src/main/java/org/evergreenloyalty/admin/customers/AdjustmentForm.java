package org.evergreenloyalty.admin.customers;

import org.evergreenloyalty.admin.form.FormErrors;
import org.evergreenloyalty.admin.form.FormNumbers;
import org.evergreenloyalty.points.PointsAccountService;

/**
 * The manual points adjustment form of a customer's loyalty page: a signed whole number of points and a
 * reason, as typed, and the request key made when the form was shown (so a double submission is recorded
 * once). {@link #read} turns it into an {@link Adjustment} or records what is wrong with it.
 */
public class AdjustmentForm {

    /** The largest adjustment the form accepts (the engine's own limit). */
    public static final long MAX_POINTS = 10_000_000L;
    /** The longest reason the ledger keeps. */
    public static final int MAX_REASON = 500;

    private String points;
    private String reason;
    private String requestKey;

    /** A blank form with a fresh request key. */
    public static AdjustmentForm blank() {
        AdjustmentForm f = new AdjustmentForm();
        f.setRequestKey(java.util.UUID.randomUUID().toString());
        return f;
    }

    public String getPoints() { return points; }
    public void setPoints(String points) { this.points = points; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getRequestKey() { return requestKey; }
    public void setRequestKey(String requestKey) { this.requestKey = requestKey; }

    /** The adjustment the form asks for, or null with the problems recorded in {@code errors}. */
    public Adjustment read(FormErrors errors) {
        Long delta = FormNumbers.whole(points, "points", errors);
        if (delta != null && delta == 0) {
            errors.reject("points", "evergreen.adjust.error.zero");
            delta = null;
        } else if (delta != null && Math.abs(delta) > MAX_POINTS) {
            errors.reject("points", "evergreen.adjust.error.tooLarge", MAX_POINTS);
            delta = null;
        }
        String why = reason == null ? "" : reason.trim();
        if (why.isEmpty()) {
            errors.reject("reason", "evergreen.adjust.error.reasonMissing");
        } else if (why.length() > MAX_REASON) {
            errors.reject("reason", "evergreen.adjust.error.reasonTooLong", MAX_REASON);
        }
        if (!PointsAccountService.isRequestKey(requestKey)) {
            // a form shown before keys existed, or a tampered one: it cannot be told from a double submission
            errors.reject(FormErrors.FORM, "evergreen.adjust.error.staleForm");
            requestKey = java.util.UUID.randomUUID().toString(); // the form shown again can be sent
        }
        return errors.isEmpty() ? new Adjustment(delta, why) : null;
    }

    /** A checked adjustment: points other than 0 (positive adds, negative takes away) and a reason. */
    public static final class Adjustment {
        private final long points;
        private final String reason;

        Adjustment(long points, String reason) {
            this.points = points;
            this.reason = reason;
        }

        public long getPoints() { return points; }
        public String getReason() { return reason; }
    }
}
