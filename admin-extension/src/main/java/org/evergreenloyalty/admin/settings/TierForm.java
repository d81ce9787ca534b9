package org.evergreenloyalty.admin.settings;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evergreenloyalty.admin.form.FormErrors;
import org.evergreenloyalty.admin.form.FormNumbers;
import org.evergreenloyalty.points.LoyaltyTier;

/**
 * The tiers table of Loyalty &gt; Settings: one row per tier plus blank rows for adding tiers; a row ticked
 * "remove" is dropped on save. Problems are keyed {@code tiers[i].field} with {@code i} the row of this form.
 */
public class TierForm {

    private static final Pattern SERVICE_KEY = Pattern.compile("tiers\\[(\\d+)\\]\\.(\\w+)");

    /** Blank rows offered for new tiers. */
    public static final int BLANK_ROWS = 2;

    private List<TierRow> tiers = new ArrayList<TierRow>();

    /** The form showing {@code existing}, followed by {@link #BLANK_ROWS} blank rows. */
    public static TierForm of(List<LoyaltyTier> existing) {
        TierForm f = new TierForm();
        for (LoyaltyTier t : existing) {
            f.tiers.add(TierRow.of(t));
        }
        for (int i = 0; i < BLANK_ROWS; i++) {
            f.tiers.add(new TierRow());
        }
        return f;
    }

    public List<TierRow> getTiers() { return tiers; }
    public void setTiers(List<TierRow> tiers) { this.tiers = tiers; }

    /** The error key of {@code field} in row {@code row}. */
    public static String field(int row, String field) {
        return "tiers[" + row + "]." + field;
    }

    /**
     * The tiers to save, in form order (removed and blank rows left out); {@code rowOfTier} receives the form
     * row of each, so the service's problems (keyed by list position) can be shown on the right row. Returns
     * null with the problems recorded in {@code errors} when a row cannot be read.
     */
    public List<LoyaltyTier> read(FormErrors errors, List<Integer> rowOfTier) {
        List<LoyaltyTier> out = new ArrayList<LoyaltyTier>();
        for (int i = 0; i < tiers.size(); i++) {
            TierRow r = tiers.get(i);
            if (r == null || r.isRemove() || r.isBlank()) {
                continue;
            }
            Long id = null;
            if (r.getId() != null && !r.getId().trim().isEmpty()) {
                id = r.getId().trim().matches("-?\\d{1,18}") ? Long.valueOf(r.getId().trim()) : null;
                if (id == null) {
                    errors.reject(FormErrors.FORM, "evergreen.tiers.error.staleForm");
                }
            }
            String name = r.getName() == null ? "" : r.getName().trim();
            if (name.isEmpty()) {
                errors.reject(field(i, "name"), "evergreen.tiers.error.nameMissing");
            }
            Long threshold = FormNumbers.whole(r.getThreshold(), field(i, "threshold"), errors);
            BigDecimal multiplier = FormNumbers.decimal(r.getMultiplier(), field(i, "multiplier"), errors);
            if (multiplier != null && multiplier.stripTrailingZeros().scale() > 3) {
                errors.reject(field(i, "multiplier"), "evergreen.form.tooManyDecimals", 3);
            }
            String benefit = r.getBenefit() == null || r.getBenefit().trim().isEmpty() ? null : r.getBenefit().trim();
            if (errors.isEmpty()) {
                out.add(new EditedTier(id, name, threshold, multiplier, benefit));
                rowOfTier.add(i);
            }
        }
        return errors.isEmpty() ? out : null;
    }

    /** Re-keys the service's problems ({@code tiers[position].field}) to the form rows they concern. */
    public static void reportServiceErrors(Map<String, String> serviceErrors, List<Integer> rowOfTier, FormErrors errors) {
        for (Map.Entry<String, String> e : serviceErrors.entrySet()) {
            Matcher m = SERVICE_KEY.matcher(e.getKey());
            if (m.matches() && Integer.parseInt(m.group(1)) < rowOfTier.size()) {
                errors.rejectText(field(rowOfTier.get(Integer.parseInt(m.group(1))), m.group(2)), e.getValue());
            } else {
                errors.rejectText(FormErrors.FORM, e.getValue());
            }
        }
    }
}
