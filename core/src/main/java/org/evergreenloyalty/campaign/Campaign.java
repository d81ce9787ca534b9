package org.evergreenloyalty.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import java.util.Set;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

import org.hibernate.annotations.Index;

/**
 * A bonus-points campaign: from its first to its last day (whole days in the store's time zone, ISO dates
 * {@code yyyy-MM-dd}) it multiplies the points of the lines it covers or adds fixed points to the order. It may be
 * limited to products, categories (ids, comma-separated), tiers and orders of at least an amount; an empty limit
 * means "all". An administrator may end it early ({@code endedAt}).
 */
@Entity
@Table(name = "EVG_CAMPAIGN")
public class Campaign {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "EvgCampaignId")
    @TableGenerator(name = "EvgCampaignId", table = "EVG_ID_GENERATION", pkColumnName = "ID_NAME",
            valueColumnName = "ID_VAL", pkColumnValue = "Campaign", allocationSize = 10)
    @Column(name = "CAMPAIGN_ID")
    private Long id;
    @Column(name = "NAME", nullable = false, length = 100)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 20)
    private CampaignKind kind;
    @Column(name = "MULTIPLIER", precision = 9, scale = 3)
    private BigDecimal multiplier;
    @Column(name = "BONUS_POINTS", nullable = false)
    private long bonusPoints;
    @Column(name = "START_DAY", nullable = false, length = 10)
    private String startDay;
    @Index(name = "EVG_CAMPAIGN_END_IX")
    @Column(name = "END_DAY", nullable = false, length = 10)
    private String endDay;
    @Column(name = "PRODUCT_IDS", length = 2000)
    private String productIds;
    @Column(name = "CATEGORY_IDS", length = 2000)
    private String categoryIds;
    @Column(name = "TIER_IDS", length = 500)
    private String tierIds;
    @Column(name = "MIN_ORDER_AMOUNT", precision = 19, scale = 5)
    private BigDecimal minOrderAmount;
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "ENDED_AT")
    private Date endedAt;
    @Column(name = "ENDED_BY", length = 100)
    private String endedBy;
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CREATED_AT", nullable = false)
    private Date createdAt;
    @Column(name = "CREATED_BY", length = 100)
    private String createdBy;

    protected Campaign() {
    }

    /** A new campaign (ids and days already checked by {@link CampaignValidator}). */
    public Campaign(String name, CampaignKind kind, Date createdAt, String createdBy) {
        this.name = name;
        this.kind = kind;
        this.createdAt = new Date(createdAt.getTime());
        this.createdBy = createdBy;
    }

    /** Takes the values of a checked draft. */
    void apply(CampaignDraft.Checked d) {
        this.name = d.name;
        this.kind = d.kind;
        this.multiplier = d.multiplier;
        this.bonusPoints = d.bonusPoints;
        this.startDay = d.startDay.toString();
        this.endDay = d.endDay.toString();
        this.productIds = Ids.join(d.productIds);
        this.categoryIds = Ids.join(d.categoryIds);
        this.tierIds = Ids.join(d.tierIds);
        this.minOrderAmount = d.minOrderAmount;
    }

    void end(Date at, String actor) {
        this.endedAt = new Date(at.getTime());
        this.endedBy = actor;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public CampaignKind getKind() { return kind; }
    /** The multiplier of a MULTIPLY campaign (null for ADD). */
    public BigDecimal getMultiplier() { return multiplier; }
    /** The points an ADD campaign adds per order (0 for MULTIPLY). */
    public long getBonusPoints() { return bonusPoints; }
    public LocalDate getStartDay() { return LocalDate.parse(startDay); }
    public LocalDate getEndDay() { return LocalDate.parse(endDay); }
    /** The last day as a Date at noon UTC, for formatting as a day in templates. */
    public Date getEndDayDate() { return Date.from(getEndDay().atTime(12, 0).toInstant(java.time.ZoneOffset.UTC)); }
    public Set<Long> productIdSet() { return Ids.parse(productIds); }
    public Set<Long> categoryIdSet() { return Ids.parse(categoryIds); }
    public Set<Long> tierIdSet() { return Ids.parse(tierIds); }
    public String getProductIds() { return productIds == null ? "" : productIds; }
    public String getCategoryIds() { return categoryIds == null ? "" : categoryIds; }
    public String getTierIds() { return tierIds == null ? "" : tierIds; }
    /** Orders below this amount (items after discounts) get nothing from the campaign; null: no minimum. */
    public BigDecimal getMinOrderAmount() { return minOrderAmount; }
    public Date getEndedAt() { return endedAt == null ? null : new Date(endedAt.getTime()); }
    public String getEndedBy() { return endedBy; }
    public Date getCreatedAt() { return new Date(createdAt.getTime()); }
    public String getCreatedBy() { return createdBy; }
    /** Whether it covers every product (no product or category limit). */
    public boolean coversEverything() { return productIdSet().isEmpty() && categoryIdSet().isEmpty(); }
}
