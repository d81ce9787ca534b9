package org.evergreenloyalty.admin.customers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.evergreenloyalty.admin.form.FormErrors;
import org.evergreenloyalty.admin.form.FormNumbers;
import org.evergreenloyalty.points.OrderPointsLine;

/**
 * The "return items" form of one order: units to return per order line (as typed, keyed by order item id)
 * and a random key created with the form, so that submitting the same form twice returns the items once.
 */
public class ReturnForm {

    private String returnKey;
    private Map<String, String> quantities = new LinkedHashMap<String, String>();

    /** A blank form for {@code lines}, with a fresh return key. */
    public static ReturnForm blank(List<OrderPointsLine> lines) {
        ReturnForm f = new ReturnForm();
        f.returnKey = UUID.randomUUID().toString();
        for (OrderPointsLine line : lines) {
            f.quantities.put(String.valueOf(line.getOrderItemId()), "");
        }
        return f;
    }

    public String getReturnKey() { return returnKey; }
    public void setReturnKey(String returnKey) { this.returnKey = returnKey; }
    public Map<String, String> getQuantities() { return quantities; }
    public void setQuantities(Map<String, String> quantities) { this.quantities = quantities; }

    /** The form field of a line's quantity, as errors are keyed. */
    public static String field(Long orderItemId) {
        return "quantities[" + orderItemId + "]";
    }

    /** What was typed for a line ("" when nothing). */
    public String quantityOf(Long orderItemId) {
        String v = quantities == null ? null : quantities.get(String.valueOf(orderItemId));
        return v == null ? "" : v;
    }

    /**
     * The units to return per order item id (lines left blank or at 0 are skipped); null with the problems
     * recorded in {@code errors}. Whether that many units are left to return is the engine's decision (it checks
     * under a lock, after recognising a repeated submission of the same form); {@link #explainRefusal} then puts
     * its refusal next to the lines concerned.
     */
    public Map<Long, Integer> read(List<OrderPointsLine> lines, FormErrors errors) {
        String key = returnKey == null ? "" : returnKey.trim();
        if (key.isEmpty() || key.length() > 60) {
            errors.reject(FormErrors.FORM, "evergreen.return.error.staleForm");
        }
        Map<Long, Integer> chosen = new LinkedHashMap<Long, Integer>();
        for (OrderPointsLine line : lines) {
            String typed = quantityOf(line.getOrderItemId()).trim();
            if (typed.isEmpty()) {
                continue;
            }
            String field = field(line.getOrderItemId());
            Integer qty = FormNumbers.wholeInt(typed, field, errors);
            if (qty == null || qty == 0) {
                continue;
            }
            if (qty < 0) {
                errors.reject(field, "evergreen.return.error.negative");
            } else {
                chosen.put(line.getOrderItemId(), qty);
            }
        }
        if (errors.isEmpty() && chosen.isEmpty()) {
            errors.reject(FormErrors.FORM, "evergreen.return.error.nothingChosen");
        }
        return errors.isEmpty() ? chosen : null;
    }

    /** After the engine refused {@code chosen}: marks each line asked for more units than it has left. */
    public void explainRefusal(Map<Long, Integer> chosen, List<OrderPointsLine> lines, FormErrors errors) {
        for (OrderPointsLine line : lines) {
            Integer qty = chosen.get(line.getOrderItemId());
            if (qty != null && qty > line.getReturnableQuantity()) {
                errors.reject(field(line.getOrderItemId()), "evergreen.return.error.tooMany", line.getReturnableQuantity());
            }
        }
    }
}
