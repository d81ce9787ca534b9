package org.evergreenloyalty.birthday;

import java.time.LocalDate;

/**
 * A customer's birthday as the account page and the admin show it: the birthday (null when none is
 * kept), whether the shopper may change it now (else from when), and the next celebration and whether
 * it earns a reward under the 30-day guard.
 */
public final class BirthdayProfile {

    private final long customerId;
    private final Birthday birthday;
    private final LocalDate nextChangeAllowedOn;
    private final LocalDate nextOccurrence;
    private final boolean nextOccurrenceEarns;
    private final LocalDate firstEarningOccurrence;
    private final LocalDate today;

    public BirthdayProfile(long customerId, Birthday birthday, LocalDate nextChangeAllowedOn, LocalDate nextOccurrence,
                           boolean nextOccurrenceEarns, LocalDate firstEarningOccurrence) {
        this(customerId, birthday, nextChangeAllowedOn, nextOccurrence, nextOccurrenceEarns, firstEarningOccurrence, null);
    }

    /** As above, with the store's {@code today} (so the profile knows when the birthday is today). */
    public BirthdayProfile(long customerId, Birthday birthday, LocalDate nextChangeAllowedOn, LocalDate nextOccurrence,
                           boolean nextOccurrenceEarns, LocalDate firstEarningOccurrence, LocalDate today) {
        this.today = today;
        this.customerId = customerId;
        this.birthday = birthday;
        this.nextChangeAllowedOn = nextChangeAllowedOn;
        this.nextOccurrence = nextOccurrence;
        this.nextOccurrenceEarns = nextOccurrenceEarns;
        this.firstEarningOccurrence = firstEarningOccurrence;
    }

    public long getCustomerId() { return customerId; }
    /** The birthday, or null when the customer has not given one. */
    public Birthday getBirthday() { return birthday; }
    /** Whether a birthday is kept. */
    public boolean isKnown() { return birthday != null; }
    /** Whether the shopper may enter or change the birthday now. */
    public boolean isChangeAllowed() { return nextChangeAllowedOn == null; }
    /** The first day the shopper may change it again, or null when they may now. */
    public LocalDate getNextChangeAllowedOn() { return nextChangeAllowedOn; }
    /** The next celebration (today included), or null without a birthday. */
    public LocalDate getNextOccurrence() { return nextOccurrence; }

    /** Whether the next birthday is today, in the store's time zone. */
    public boolean isToday() { return nextOccurrence != null && nextOccurrence.equals(today); }
    /** Whether the next celebration earns a reward (false: entered or changed too shortly before it). */
    public boolean isNextOccurrenceEarns() { return nextOccurrenceEarns; }
    /** The first celebration that earns a reward (the next or the one after), or null without a birthday. */
    public LocalDate getFirstEarningOccurrence() { return firstEarningOccurrence; }
}
