package org.evergreenloyalty.admin.settings;

import org.evergreenloyalty.admin.form.SettingsFieldReader;
import org.evergreenloyalty.points.LoyaltyTier;

/**
 * One row of the tiers table on Loyalty &gt; Settings, as typed: an existing tier (with its id) or a new one
 * (blank id), and whether the admin ticked "remove".
 */
public class TierRow {

    private String id;
    private String name;
    private String threshold;
    private String multiplier;
    private String benefit;
    private boolean remove;

    /** The row showing {@code tier}. */
    public static TierRow of(LoyaltyTier tier) {
        TierRow r = new TierRow();
        r.id = tier.getId() == null ? "" : String.valueOf(tier.getId());
        r.name = tier.getName();
        r.threshold = String.valueOf(tier.getThreshold());
        r.multiplier = SettingsFieldReader.plain(tier.getMultiplier());
        r.benefit = tier.getBenefit();
        return r;
    }

    /** Whether nothing was typed into this row (a blank "add a tier" row is not a tier). */
    public boolean isBlank() {
        return empty(id) && empty(name) && empty(threshold) && empty(multiplier) && empty(benefit);
    }

    private static boolean empty(String s) {
        return s == null || s.trim().isEmpty();
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getThreshold() { return threshold; }
    public void setThreshold(String threshold) { this.threshold = threshold; }
    public String getMultiplier() { return multiplier; }
    public void setMultiplier(String multiplier) { this.multiplier = multiplier; }
    public String getBenefit() { return benefit; }
    public void setBenefit(String benefit) { this.benefit = benefit; }
    public boolean isRemove() { return remove; }
    public void setRemove(boolean remove) { this.remove = remove; }
}
