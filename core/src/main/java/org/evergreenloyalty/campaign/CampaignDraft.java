package org.evergreenloyalty.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * A campaign as an administrator typed it (texts, as a form sends them); {@link CampaignValidator} checks it and
 * turns it into typed values. Days are ISO dates ({@code 2026-12-24}); ids are comma-separated numbers.
 */
public class CampaignDraft {

    private String name;
    private String kind;
    private String multiplier;
    private String bonusPoints;
    private String startDay;
    private String endDay;
    private String productIds;
    private String categoryIds;
    private String tierIds;
    private String minOrderAmount;

    /** A draft holding the values of {@code c} (for editing). */
    public static CampaignDraft of(Campaign c) {
        CampaignDraft d = new CampaignDraft();
        d.name = c.getName();
        d.kind = c.getKind().name();
        d.multiplier = c.getMultiplier() == null ? "" : c.getMultiplier().stripTrailingZeros().toPlainString();
        d.bonusPoints = c.getKind() == CampaignKind.ADD ? String.valueOf(c.getBonusPoints()) : "";
        d.startDay = c.getStartDay().toString();
        d.endDay = c.getEndDay().toString();
        d.productIds = c.getProductIds();
        d.categoryIds = c.getCategoryIds();
        d.tierIds = c.getTierIds();
        d.minOrderAmount = c.getMinOrderAmount() == null ? "" : c.getMinOrderAmount().stripTrailingZeros().toPlainString();
        return d;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getMultiplier() { return multiplier; }
    public void setMultiplier(String multiplier) { this.multiplier = multiplier; }
    public String getBonusPoints() { return bonusPoints; }
    public void setBonusPoints(String bonusPoints) { this.bonusPoints = bonusPoints; }
    public String getStartDay() { return startDay; }
    public void setStartDay(String startDay) { this.startDay = startDay; }
    public String getEndDay() { return endDay; }
    public void setEndDay(String endDay) { this.endDay = endDay; }
    public String getProductIds() { return productIds; }
    public void setProductIds(String productIds) { this.productIds = productIds; }
    public String getCategoryIds() { return categoryIds; }
    public void setCategoryIds(String categoryIds) { this.categoryIds = categoryIds; }
    public String getTierIds() { return tierIds; }
    public void setTierIds(String tierIds) { this.tierIds = tierIds; }
    public String getMinOrderAmount() { return minOrderAmount; }
    public void setMinOrderAmount(String minOrderAmount) { this.minOrderAmount = minOrderAmount; }

    /** The typed values of a draft without problems. */
    static final class Checked {
        String name;
        CampaignKind kind;
        BigDecimal multiplier;
        long bonusPoints;
        LocalDate startDay;
        LocalDate endDay;
        Set<Long> productIds;
        Set<Long> categoryIds;
        Set<Long> tierIds;
        BigDecimal minOrderAmount;
    }
}
