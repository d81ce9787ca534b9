package org.evergreenloyalty.admin.reviews;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.evergreenloyalty.admin.form.FormErrors;

/**
 * The bulk form of the pending queue: the ticked reviews, the action (approve or reject) and, for a rejection,
 * one reason for all of them, as posted. {@link #read} checks it and records what is wrong.
 */
public class BulkDecisionForm {

    /** The value of the approve button. */
    public static final String APPROVE = "approve";
    /** The value of the reject button. */
    public static final String REJECT = "reject";
    /** Most reviews decided by one submission (the queue never shows more on a page). */
    public static final int MAX_IDS = 200;

    private List<String> ids = new ArrayList<String>();
    private String action;
    private String reason;

    /**
     * The ticked review ids (each once, in the order ticked), or null with the problems recorded: nothing ticked,
     * an unknown action, a rejection without reason. Ids that are not numbers are problems of the form.
     */
    public List<Long> read(FormErrors errors) {
        Set<Long> chosen = new LinkedHashSet<Long>();
        for (String id : ids == null ? new ArrayList<String>() : ids) {
            String t = id == null ? "" : id.trim();
            if (!t.matches("\\d{1,18}")) {
                errors.reject(FormErrors.FORM, "evergreen.form.invalid");
                continue;
            }
            chosen.add(Long.valueOf(t));
        }
        if (chosen.isEmpty()) {
            errors.reject("ids", "evergreen.reviews.bulk.error.noneSelected");
        } else if (chosen.size() > MAX_IDS) {
            errors.reject("ids", "evergreen.reviews.bulk.error.tooMany", String.valueOf(MAX_IDS));
        }
        if (!isApprove() && !isReject()) {
            errors.reject(FormErrors.FORM, "evergreen.reviews.bulk.error.action");
        } else if (isReject() && trimmedReason().isEmpty()) {
            errors.reject("reason", "evergreen.reviews.error.reasonMissing");
        }
        return errors.isEmpty() ? new ArrayList<Long>(chosen) : null;
    }

    /** Whether the approve button was pressed. */
    public boolean isApprove() {
        return APPROVE.equals(action);
    }

    /** Whether the reject button was pressed. */
    public boolean isReject() {
        return REJECT.equals(action);
    }

    /** The reason without surrounding blanks ("" when none). */
    public String trimmedReason() {
        return reason == null ? "" : reason.trim();
    }

    /** Whether {@code reviewId} was ticked (to tick it again when the form is shown with its problems). */
    public boolean isSelected(long reviewId) {
        return ids != null && ids.contains(String.valueOf(reviewId));
    }

    public List<String> getIds() { return ids; }
    public void setIds(List<String> ids) { this.ids = ids; }
    public String getAction() { return action; }
    public void setAction(String action) { this.action = action; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
