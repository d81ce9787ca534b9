package org.evergreenloyalty.birthday;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;

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
import javax.persistence.UniqueConstraint;

import org.hibernate.annotations.Index;

/**
 * One customer's birthday reward of one year: the personal code (and/or bonus points), its validity,
 * whether it was used, and the e-mail's fate. The unique key on (customer, year) is what makes the
 * reward "exactly once per customer per year": a second issue attempt, from a rerun, a retry after a
 * crash or another node, fails on it and rolls back whole.
 * <p>
 * Calendar days ({@code BIRTHDAY_ON}, {@code ISSUED_ON}, {@code LAST_VALID_DAY}) are ISO strings
 * ({@code 2025-03-14}) in the store's time zone, so no database or JVM time zone can shift them.
 */
@Entity
@Table(name = "EVG_BIRTHDAY_REWARD",
        uniqueConstraints = @UniqueConstraint(name = "EVG_BIRTHDAY_REWARD_UK", columnNames = {"CUSTOMER_ID", "REWARD_YEAR"}))
public class BirthdayReward {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "EvgBirthdayRewardId")
    @TableGenerator(name = "EvgBirthdayRewardId", table = "EVG_ID_GENERATION", pkColumnName = "ID_NAME",
            valueColumnName = "ID_VAL", pkColumnValue = "BirthdayReward", allocationSize = 20)
    @Column(name = "REWARD_ID")
    private Long id;

    @Column(name = "CUSTOMER_ID", nullable = false, updatable = false)
    private Long customerId;
    @Index(name = "EVG_BIRTHDAY_REWARD_YEAR_IDX")
    @Column(name = "REWARD_YEAR", nullable = false, updatable = false)
    private int year;
    @Column(name = "BIRTHDAY_ON", nullable = false, length = 10, updatable = false)
    private String birthdayOn;
    @Column(name = "ISSUED_ON", nullable = false, length = 10, updatable = false)
    private String issuedOn;
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "ISSUED_AT", nullable = false, updatable = false)
    private Date issuedAt;

    @Index(name = "EVG_BIRTHDAY_REWARD_CODE_IDX")
    @Column(name = "OFFER_CODE", length = 40)
    private String code;
    @Enumerated(EnumType.STRING)
    @Column(name = "DISCOUNT_KIND", length = 10)
    private DiscountKind discountKind;
    @Column(name = "DISCOUNT_VALUE", precision = 19, scale = 2)
    private BigDecimal discountValue;
    @Column(name = "MIN_SUBTOTAL", precision = 19, scale = 2)
    private BigDecimal minimumSubtotal;
    @Column(name = "CURRENCY_CODE", length = 3)
    private String currencyCode;
    @Column(name = "LAST_VALID_DAY", length = 10)
    private String lastValidDay;
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "VALID_UNTIL")
    private Date validUntil;
    @Column(name = "BONUS_POINTS", nullable = false)
    private long bonusPoints;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "USED_AT")
    private Date usedAt;
    @Column(name = "USED_ORDER_ID")
    private Long usedOrderId;

    @Enumerated(EnumType.STRING)
    @Column(name = "MAIL_STATUS", nullable = false, length = 20)
    private MailStatus mailStatus = MailStatus.PENDING;
    @Column(name = "MAIL_ATTEMPTS", nullable = false)
    private int mailAttempts;
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "MAIL_CLAIMED_AT")
    private Date mailClaimedAt;
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "MAIL_SENT_AT")
    private Date mailSentAt;
    @Column(name = "MAIL_ERROR", length = 500)
    private String mailError;

    protected BirthdayReward() {
    }

    BirthdayReward(long customerId, LocalDate birthdayOn, LocalDate issuedOn, Date issuedAt) {
        this.customerId = customerId;
        this.year = birthdayOn.getYear();
        this.birthdayOn = birthdayOn.toString();
        this.issuedOn = issuedOn.toString();
        this.issuedAt = new Date(issuedAt.getTime());
    }

    void attachCode(String code, DiscountKind kind, BigDecimal value, BigDecimal minimum, String currency,
                    LocalDate lastValidDay, Date validUntil) {
        this.code = code;
        this.discountKind = kind;
        this.discountValue = value;
        this.minimumSubtotal = minimum;
        this.currencyCode = currency;
        this.lastValidDay = lastValidDay.toString();
        this.validUntil = new Date(validUntil.getTime());
    }

    /** The id a page writer assigns before it writes the row itself (see {@link BirthdayRewardRows}). */
    void assignId(long id) {
        this.id = id;
    }

    /** The e-mail was claimed and queued at {@code at} (one attempt). */
    void mailClaimed(MailStatus status, Date at) {
        this.mailAttempts++;
        this.mailClaimedAt = new Date(at.getTime());
        mailResult(status, at, null);
    }

    void attachPoints(long points) {
        this.bonusPoints = points;
    }

    void markUsed(long orderId, Date at) {
        this.usedOrderId = orderId;
        this.usedAt = new Date(at.getTime());
    }

    void mailResult(MailStatus status, Date at, String error) {
        this.mailStatus = status;
        if (status == MailStatus.SENT) {
            this.mailSentAt = new Date(at.getTime());
        }
        this.mailError = error == null ? null : (error.length() > 500 ? error.substring(0, 500) : error);
    }

    /** The status at {@code now}: used, expired (last valid day over), or issued. */
    public RewardStatus statusAt(Date now) {
        if (usedAt != null) {
            return RewardStatus.USED;
        }
        if (validUntil != null && now.after(validUntil)) {
            return RewardStatus.EXPIRED;
        }
        return RewardStatus.ISSUED;
    }

    public Long getId() { return id; }
    public Long getCustomerId() { return customerId; }
    /** The year of the birthday the reward is for. */
    public int getYear() { return year; }
    /** The day the birthday was celebrated on. */
    public LocalDate getBirthdayOn() { return LocalDate.parse(birthdayOn); }
    /** The store day the reward was issued on. */
    public LocalDate getIssuedOn() { return LocalDate.parse(issuedOn); }
    public Date getIssuedAt() { return new Date(issuedAt.getTime()); }
    /** The personal code, or null for a points-only reward. */
    public String getCode() { return code; }
    public DiscountKind getDiscountKind() { return discountKind; }
    public BigDecimal getDiscountValue() { return discountValue; }
    /** The order subtotal the code needs, or null/0 for none. */
    public BigDecimal getMinimumSubtotal() { return minimumSubtotal; }
    public String getCurrencyCode() { return currencyCode; }
    /** The last store day the code can be used, or null without a code. */
    public LocalDate getLastValidDay() { return lastValidDay == null ? null : LocalDate.parse(lastValidDay); }
    /** The instant the code stops working, or null without a code. */
    public Date getValidUntil() { return validUntil == null ? null : new Date(validUntil.getTime()); }
    public long getBonusPoints() { return bonusPoints; }
    public Date getUsedAt() { return usedAt == null ? null : new Date(usedAt.getTime()); }
    public Long getUsedOrderId() { return usedOrderId; }
    public MailStatus getMailStatus() { return mailStatus; }
    public int getMailAttempts() { return mailAttempts; }
    Date getMailClaimedAt() { return mailClaimedAt == null ? null : new Date(mailClaimedAt.getTime()); }
    public Date getMailSentAt() { return mailSentAt == null ? null : new Date(mailSentAt.getTime()); }
    public String getMailError() { return mailError; }
}
