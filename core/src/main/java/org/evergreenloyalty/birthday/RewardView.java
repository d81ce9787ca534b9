package org.evergreenloyalty.birthday;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;

/** A birthday reward as pages show it, with its status at the time it was read. */
public final class RewardView {

    private final BirthdayReward reward;
    private final RewardStatus status;
    private final String customerEmail;

    public RewardView(BirthdayReward reward, RewardStatus status, String customerEmail) {
        this.reward = reward;
        this.status = status;
        this.customerEmail = customerEmail;
    }

    public long getId() { return reward.getId(); }
    public long getCustomerId() { return reward.getCustomerId(); }
    /** The customer's e-mail address where the query looked it up, else null. */
    public String getCustomerEmail() { return customerEmail; }
    public int getYear() { return reward.getYear(); }
    public LocalDate getBirthdayOn() { return reward.getBirthdayOn(); }
    public LocalDate getIssuedOn() { return reward.getIssuedOn(); }
    public Date getIssuedAt() { return reward.getIssuedAt(); }
    /** The code, or null for a points-only reward. */
    public String getCode() { return reward.getCode(); }
    public boolean isHasCode() { return reward.getCode() != null; }
    public DiscountKind getDiscountKind() { return reward.getDiscountKind(); }
    public BigDecimal getDiscountValue() { return reward.getDiscountValue(); }
    public BigDecimal getMinimumSubtotal() { return reward.getMinimumSubtotal(); }
    public String getCurrencyCode() { return reward.getCurrencyCode(); }
    public LocalDate getLastValidDay() { return reward.getLastValidDay(); }
    public long getBonusPoints() { return reward.getBonusPoints(); }
    public RewardStatus getStatus() { return status; }
    public Long getUsedOrderId() { return reward.getUsedOrderId(); }
    public Date getUsedAt() { return reward.getUsedAt(); }
    public MailStatus getMailStatus() { return reward.getMailStatus(); }
    public Date getMailSentAt() { return reward.getMailSentAt(); }
}
