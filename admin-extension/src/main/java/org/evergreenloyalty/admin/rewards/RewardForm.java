package org.evergreenloyalty.admin.rewards;

import java.math.BigDecimal;

import org.evergreenloyalty.admin.form.FormErrors;
import org.evergreenloyalty.reward.Reward;
import org.evergreenloyalty.reward.RewardInput;
import org.evergreenloyalty.reward.RewardKind;

/**
 * The Loyalty &gt; Rewards form as typed (every field text, so a bad value comes back as it was typed): parsed into a
 * {@link RewardInput} for the engine's validation, unreadable numbers and kinds rejected at their field.
 */
public class RewardForm {

    private String name = "";
    private String kind = RewardKind.AMOUNT_OFF.name();
    private String value = "";
    private String productId = "";
    private String pointsCost = "";
    private String minimumSubtotal = "";
    private String perCustomerLimit = "0";
    private String validDays = "30";
    private String displayOrder = "100";

    /** The form of an existing entry. */
    public static RewardForm of(Reward r) {
        RewardForm f = new RewardForm();
        f.name = r.getName();
        f.kind = r.getKind().name();
        f.value = plain(r.getValue());
        f.productId = r.getProductId() == null ? "" : String.valueOf(r.getProductId());
        f.pointsCost = String.valueOf(r.getPointsCost());
        f.minimumSubtotal = plain(r.getMinimumSubtotal());
        f.perCustomerLimit = String.valueOf(r.getPerCustomerLimit());
        f.validDays = String.valueOf(r.getValidDays());
        f.displayOrder = String.valueOf(r.getDisplayOrder());
        return f;
    }

    private static String plain(BigDecimal v) {
        return v == null ? "" : v.stripTrailingZeros().toPlainString();
    }

    /** The input, or null when a field is unreadable (each such field rejected in {@code errors}). */
    public RewardInput toInput(FormErrors errors) {
        RewardKind k = null;
        try {
            k = RewardKind.valueOf(kind == null ? "" : kind.trim());
        } catch (IllegalArgumentException e) {
            errors.reject("kind", "evergreen.reward.admin.error.kind");
        }
        BigDecimal v = decimal(value, "value", errors);
        BigDecimal min = decimal(minimumSubtotal, "minimumSubtotal", errors);
        Long product = k == RewardKind.FREE_PRODUCT ? whole(productId, "productId", errors) : null;
        Long cost = whole(pointsCost, "pointsCost", errors);
        Long limit = whole(perCustomerLimit, "perCustomerLimit", errors);
        Long days = whole(validDays, "validDays", errors);
        Long order = whole(displayOrder, "displayOrder", errors);
        if (!errors.isEmpty()) {
            return null;
        }
        return RewardInput.of(name, k, v, cost == null ? 0 : cost).product(product).minimumSubtotal(min)
                .perCustomerLimit(limit == null ? 0 : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, limit)))
                .validDays(days == null ? 30 : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, days)))
                .displayOrder(order == null ? 0 : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, order)));
    }

    private static BigDecimal decimal(String text, String field, FormErrors errors) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            return null;
        }
        if (!t.matches("-?\\d{1,12}(\\.\\d{1,5})?")) {
            errors.reject(field, "evergreen.reward.admin.error.number");
            return null;
        }
        return new BigDecimal(t);
    }

    private static Long whole(String text, String field, FormErrors errors) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            return null;
        }
        if (!t.matches("-?\\d{1,12}")) {
            errors.reject(field, "evergreen.reward.admin.error.number");
            return null;
        }
        return Long.parseLong(t);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getValue() { return value; }
    public void setValue(String value) { this.value = value; }
    public String getProductId() { return productId; }
    public void setProductId(String productId) { this.productId = productId; }
    public String getPointsCost() { return pointsCost; }
    public void setPointsCost(String pointsCost) { this.pointsCost = pointsCost; }
    public String getMinimumSubtotal() { return minimumSubtotal; }
    public void setMinimumSubtotal(String minimumSubtotal) { this.minimumSubtotal = minimumSubtotal; }
    public String getPerCustomerLimit() { return perCustomerLimit; }
    public void setPerCustomerLimit(String perCustomerLimit) { this.perCustomerLimit = perCustomerLimit; }
    public String getValidDays() { return validDays; }
    public void setValidDays(String validDays) { this.validDays = validDays; }
    public String getDisplayOrder() { return displayOrder; }
    public void setDisplayOrder(String displayOrder) { this.displayOrder = displayOrder; }
}
