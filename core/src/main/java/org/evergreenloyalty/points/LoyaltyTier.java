package org.evergreenloyalty.points;

import java.math.BigDecimal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;

/** A VIP tier: reached at a threshold (see {@link TierBasis}), it multiplies earned points and names a benefit. */
@Entity
@Table(name = "EVG_TIER")
public class LoyaltyTier {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "EvgTierId")
    @TableGenerator(name = "EvgTierId", table = "EVG_ID_GENERATION", pkColumnName = "ID_NAME",
            valueColumnName = "ID_VAL", pkColumnValue = "LoyaltyTier", allocationSize = 10)
    @Column(name = "TIER_ID")
    private Long id;
    @Column(name = "NAME", nullable = false, length = 60)
    private String name;
    @Column(name = "THRESHOLD", nullable = false)
    private long threshold;
    @Column(name = "MULTIPLIER", nullable = false, precision = 9, scale = 3)
    private BigDecimal multiplier;
    @Column(name = "BENEFIT", length = 500)
    private String benefit;

    public LoyaltyTier() {
    }

    public LoyaltyTier(String name, long threshold, BigDecimal multiplier, String benefit) {
        this.name = name;
        this.threshold = threshold;
        this.multiplier = multiplier;
        this.benefit = benefit;
    }

    /** A detached copy with the same id (what the tier cache hands out). */
    LoyaltyTier copy() {
        LoyaltyTier c = new LoyaltyTier(name, threshold, multiplier, benefit);
        c.id = id;
        return c;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    /** The qualifying value (points or whole currency units) from which this tier applies. */
    public long getThreshold() { return threshold; }
    public void setThreshold(long threshold) { this.threshold = threshold; }
    public BigDecimal getMultiplier() { return multiplier; }
    public void setMultiplier(BigDecimal multiplier) { this.multiplier = multiplier; }
    public String getBenefit() { return benefit; }
    public void setBenefit(String benefit) { this.benefit = benefit; }
}
