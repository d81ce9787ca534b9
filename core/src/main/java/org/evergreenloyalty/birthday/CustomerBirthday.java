package org.evergreenloyalty.birthday;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;
import javax.persistence.Version;

import org.hibernate.annotations.Index;

/**
 * A customer's birthday (the module's own table, keyed by the store's customer id): month, day, optional
 * year, and when it was entered and last changed, which the 30-day guard and the shopper's
 * once-a-year edit rule read. {@code MONTH_DAY} ({@code month * 100 + day}) is indexed, so the issuing job
 * pages through the few birthdays of a day instead of all customers.
 */
@Entity
@Table(name = "EVG_BIRTHDAY")
public class CustomerBirthday {

    @Id
    @Column(name = "CUSTOMER_ID")
    private Long customerId;

    @Column(name = "BIRTH_MONTH", nullable = false)
    private int month;
    @Column(name = "BIRTH_DAY", nullable = false)
    private int day;
    @Column(name = "BIRTH_YEAR")
    private Integer year;

    @Index(name = "EVG_BIRTHDAY_MD_IDX")
    @Column(name = "MONTH_DAY", nullable = false)
    private int monthDay;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "ENTERED_AT", nullable = false)
    private Date enteredAt;

    /** Last time the birthday was entered or changed, by anyone: the 30-day guard counts from it. */
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "CHANGED_AT", nullable = false)
    private Date changedAt;

    /** Last time the shopper changed an existing birthday (null: never): the edit rule counts from it. */
    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "SHOPPER_CHANGED_AT")
    private Date shopperChangedAt;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected CustomerBirthday() {
    }

    CustomerBirthday(long customerId, Birthday birthday, Date at) {
        this.customerId = customerId;
        this.enteredAt = new Date(at.getTime());
        set(birthday, at);
    }

    final void set(Birthday birthday, Date at) {
        this.month = birthday.getMonth();
        this.day = birthday.getDay();
        this.year = birthday.getYear();
        this.monthDay = birthday.monthDayKey();
        this.changedAt = new Date(at.getTime());
    }

    void shopperChanged(Date at) {
        this.shopperChangedAt = new Date(at.getTime());
    }

    public Long getCustomerId() { return customerId; }
    public Birthday getBirthday() { return Birthday.of(month, day, year); }
    public Date getEnteredAt() { return new Date(enteredAt.getTime()); }
    public Date getChangedAt() { return new Date(changedAt.getTime()); }
    public Date getShopperChangedAt() { return shopperChangedAt == null ? null : new Date(shopperChangedAt.getTime()); }
}
