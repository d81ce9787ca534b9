package org.evergreenloyalty.campaign;

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

/**
 * A standing earn rate: the products of a category, or one product, earn this many points per 1.00 instead of
 * the store's rate (a product's rate wins over its category's). Excluded products and categories still earn nothing.
 */
@Entity
@Table(name = "EVG_EARN_RATE",
        uniqueConstraints = @UniqueConstraint(name = "EVG_EARN_RATE_UK", columnNames = {"TARGET", "TARGET_ID"}))
public class EarnRate {

    /** What a rate applies to. */
    public enum Target { PRODUCT, CATEGORY }

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "EvgEarnRateId")
    @TableGenerator(name = "EvgEarnRateId", table = "EVG_ID_GENERATION", pkColumnName = "ID_NAME",
            valueColumnName = "ID_VAL", pkColumnValue = "EarnRate", allocationSize = 10)
    @Column(name = "RATE_ID")
    private Long id;
    @Enumerated(EnumType.STRING)
    @Column(name = "TARGET", nullable = false, length = 20)
    private Target target;
    @Column(name = "TARGET_ID", nullable = false)
    private Long targetId;
    @Column(name = "POINTS_PER_UNIT", nullable = false, precision = 9, scale = 3)
    private BigDecimal pointsPerUnit;

    protected EarnRate() {
    }

    public EarnRate(Target target, long targetId, BigDecimal pointsPerUnit) {
        this.target = target;
        this.targetId = targetId;
        this.pointsPerUnit = pointsPerUnit;
    }

    void setPointsPerUnit(BigDecimal pointsPerUnit) { this.pointsPerUnit = pointsPerUnit; }

    public Long getId() { return id; }
    public Target getTarget() { return target; }
    public Long getTargetId() { return targetId; }
    public BigDecimal getPointsPerUnit() { return pointsPerUnit; }
}
