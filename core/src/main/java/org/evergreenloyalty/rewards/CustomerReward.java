package org.evergreenloyalty.rewards;

import java.math.BigDecimal;
import java.util.Date;

/**
 * One reward a customer holds, whatever feature issued it: a birthday code, a referral welcome discount, an
 * advocate's reward code, a points voucher or a claimed entry of the rewards catalogue; with its value ({@code PERCENT},
 * {@code AMOUNT}, or {@code FREE_SHIPPING} / {@code FREE_PRODUCT} without a value), expiry and status.
 */
public final class CustomerReward {

    /** What issued the reward. */
    public enum Kind { BIRTHDAY_CODE, REFERRAL_WELCOME, REFERRAL_REWARD, POINTS_VOUCHER, CATALOGUE_REWARD }

    /** Whether the reward can still be used. */
    public enum Status { ACTIVE, USED, EXPIRED, REVOKED }

    private final Kind kind;
    private final String code;
    private final String valueKind;
    private final BigDecimal value;
    private final Date expiresAt;
    private final Status status;

    public CustomerReward(Kind kind, String code, String valueKind, BigDecimal value, Date expiresAt, Status status) {
        this.kind = kind;
        this.code = code;
        this.valueKind = valueKind;
        this.value = value;
        this.expiresAt = expiresAt == null ? null : new Date(expiresAt.getTime());
        this.status = status;
    }

    /** The status of a reward used at {@code usedAt} (null: not used) that runs until {@code expiresAt} (null: open). */
    public static Status status(Date usedAt, Date expiresAt, Date now) {
        if (usedAt != null) {
            return Status.USED;
        }
        return expiresAt != null && !expiresAt.after(now) ? Status.EXPIRED : Status.ACTIVE;
    }

    public Kind getKind() { return kind; }
    public String getCode() { return code; }
    /** {@code PERCENT}, {@code AMOUNT}, {@code FREE_SHIPPING} or {@code FREE_PRODUCT}. */
    public String getValueKind() { return valueKind; }
    public BigDecimal getValue() { return value; }
    /** When the reward ends, or null when it does not. */
    public Date getExpiresAt() { return expiresAt == null ? null : new Date(expiresAt.getTime()); }
    public Status getStatus() { return status; }
}
