package org.evergreenloyalty.reward;

import java.math.BigDecimal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.TableGenerator;
import javax.persistence.UniqueConstraint;

import org.hibernate.annotations.Index;

/**
 * An entry of the rewards catalogue: what the store offers for points (amount off, percent off, free shipping, a free
 * product), its points cost, the minimum order, how often one customer may claim it (0: no limit) and how many days a
 * claimed reward stays valid. Entries are deactivated, never deleted, so every claim keeps its entry. An entry made
 * from a fixed voucher step carries the step as its seed key.
 */
@Entity
@Table(name = "EVG_REWARD", uniqueConstraints = @UniqueConstraint(name = "EVG_REWARD_SEED_UK", columnNames = "SEED_KEY"))
@org.hibernate.annotations.Table(appliesTo = "EVG_REWARD", indexes = {
        @Index(name = "EVG_REWARD_ACTIVE_IDX", columnNames = {"ACTIVE", "DISPLAY_ORDER"})})
public class Reward {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "EvgRewardId")
    @TableGenerator(name = "EvgRewardId", table = "EVG_ID_GENERATION", pkColumnName = "ID_NAME",
            valueColumnName = "ID_VAL", pkColumnValue = "Reward", allocationSize = 10)
    @Column(name = "REWARD_ID")
    private Long id;
    @Column(name = "NAME", nullable = false, length = 120)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 20)
    private RewardKind kind;
    @Column(name = "REWARD_VALUE", precision = 19, scale = 5)
    private BigDecimal value;
    @Column(name = "PRODUCT_ID")
    private Long productId;
    @Column(name = "POINTS_COST", nullable = false)
    private long pointsCost;
    @Column(name = "MIN_SUBTOTAL", precision = 19, scale = 5)
    private BigDecimal minimumSubtotal;
    @Column(name = "PER_CUSTOMER_LIMIT", nullable = false)
    private int perCustomerLimit;
    @Column(name = "VALID_DAYS", nullable = false)
    private int validDays;
    @Column(name = "ACTIVE", nullable = false)
    private boolean active;
    @Column(name = "DISPLAY_ORDER", nullable = false)
    private int displayOrder;
    @Column(name = "SEED_KEY", length = 60)
    private String seedKey;

    protected Reward() {
    }

    /** A new, active entry with the input's fields (already validated). */
    public Reward(RewardInput in) {
        this.active = true;
        apply(in);
    }

    /** Copies the input's fields (already validated) onto this entry. */
    void apply(RewardInput in) {
        this.name = in.getName().trim();
        this.kind = in.getKind();
        boolean valued = in.getKind() == RewardKind.AMOUNT_OFF || in.getKind() == RewardKind.PERCENT_OFF;
        this.value = valued ? in.getValue() : null;
        this.productId = in.getKind() == RewardKind.FREE_PRODUCT ? in.getProductId() : null;
        this.pointsCost = in.getPointsCost();
        this.minimumSubtotal = in.getMinimumSubtotal();
        this.perCustomerLimit = in.getPerCustomerLimit();
        this.validDays = in.getValidDays();
        this.displayOrder = in.getDisplayOrder();
        if (in.getActive() != null) {
            this.active = in.getActive();
        }
    }

    Reward seededFrom(String key) {
        this.seedKey = key;
        return this;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public RewardKind getKind() { return kind; }
    /** The amount (AMOUNT_OFF) or percent (PERCENT_OFF); null for the other kinds. */
    public BigDecimal getValue() { return value; }
    /** The free product (FREE_PRODUCT), else null. */
    public Long getProductId() { return productId; }
    public long getPointsCost() { return pointsCost; }
    /** The order subtotal the code needs, or null for none. */
    public BigDecimal getMinimumSubtotal() { return minimumSubtotal; }
    /** How often one customer may claim the entry; 0 means no limit. */
    public int getPerCustomerLimit() { return perCustomerLimit; }
    /** Days a claimed reward stays valid. */
    public int getValidDays() { return validDays; }
    public boolean isActive() { return active; }
    public int getDisplayOrder() { return displayOrder; }
    /** The voucher step this entry was made from ("voucher-step:500"), or null. */
    public String getSeedKey() { return seedKey; }
}
