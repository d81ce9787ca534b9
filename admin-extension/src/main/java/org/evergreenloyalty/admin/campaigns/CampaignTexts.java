package org.evergreenloyalty.admin.campaigns;

import java.util.List;
import java.util.Locale;

import org.evergreenloyalty.campaign.Campaign;
import org.evergreenloyalty.campaign.CampaignKind;
import org.springframework.context.MessageSource;

/** Short texts about campaigns for the admin: the effect in figures and the overlap warning. */
public final class CampaignTexts {

    private CampaignTexts() {
    }

    /** "2×" for a multiplier, "+100" for fixed points. */
    public static String effect(Campaign c) {
        if (c.getKind() == CampaignKind.MULTIPLY) {
            return c.getMultiplier() == null ? "" : c.getMultiplier().stripTrailingZeros().toPlainString() + "\u00d7";
        }
        return "+" + c.getBonusPoints();
    }

    /**
     * The warning shown after saving a campaign that shares days with others: their names and effects, and how
     * they combine (per line the highest multiplier, fixed additions add up); null when there are none.
     */
    public static String overlapWarning(Campaign saved, List<Campaign> overlapping, MessageSource messages, Locale locale) {
        if (overlapping.isEmpty()) {
            return null;
        }
        StringBuilder names = new StringBuilder();
        for (Campaign o : overlapping) {
            if (names.length() > 0) {
                names.append(", ");
            }
            names.append('\u201c').append(o.getName()).append("\u201d (").append(effect(o)).append(", ")
                    .append(o.getStartDay()).append(" \u2013 ").append(o.getEndDay()).append(')');
        }
        return messages.getMessage("evergreen.campaigns.overlap", new Object[] {saved.getName(), names.toString()},
                "evergreen.campaigns.overlap", locale);
    }
}
