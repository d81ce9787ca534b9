package org.evergreenloyalty.reward;

import java.math.BigDecimal;

/** What the admin typed for a catalogue entry, parsed but not yet validated ({@link RewardValidator}). */
public final class RewardInput {

    private String name;
    private RewardKind kind;
    private BigDecimal value;
    private Long productId;
    private long pointsCost;
    private BigDecimal minimumSubtotal;
    private int perCustomerLimit;
    private int validDays = 30;
    private int displayOrder;
    private Boolean active;

    /** A new input of {@code kind} named {@code name} costing {@code pointsCost}. */
    public static RewardInput of(String name, RewardKind kind, BigDecimal value, long pointsCost) {
        RewardInput in = new RewardInput();
        in.name = name;
        in.kind = kind;
        in.value = value;
        in.pointsCost = pointsCost;
        return in;
    }

    public RewardInput product(Long id) { this.productId = id; return this; }
    public RewardInput minimumSubtotal(BigDecimal subtotal) { this.minimumSubtotal = subtotal; return this; }
    public RewardInput perCustomerLimit(int limit) { this.perCustomerLimit = limit; return this; }
    public RewardInput validDays(int days) { this.validDays = days; return this; }
    public RewardInput displayOrder(int order) { this.displayOrder = order; return this; }
    /** Null keeps an edited entry's state (a new one starts active). */
    public RewardInput active(Boolean on) { this.active = on; return this; }

    public String getName() { return name; }
    public RewardKind getKind() { return kind; }
    public BigDecimal getValue() { return value; }
    public Long getProductId() { return productId; }
    public long getPointsCost() { return pointsCost; }
    public BigDecimal getMinimumSubtotal() { return minimumSubtotal; }
    public int getPerCustomerLimit() { return perCustomerLimit; }
    public int getValidDays() { return validDays; }
    public int getDisplayOrder() { return displayOrder; }
    public Boolean getActive() { return active; }
}
