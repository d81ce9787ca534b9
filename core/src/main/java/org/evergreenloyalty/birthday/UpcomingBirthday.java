package org.evergreenloyalty.birthday;

import java.time.LocalDate;

/** A birthday coming up, for the admin: who, when, whether it earns a reward, and the reward if issued. */
public final class UpcomingBirthday {

    private final long customerId;
    private final String email;
    private final String name;
    private final Birthday birthday;
    private final LocalDate occursOn;
    private final boolean earns;
    private final RewardStatus rewardStatus;

    public UpcomingBirthday(long customerId, String email, String name, Birthday birthday, LocalDate occursOn, boolean earns,
                            RewardStatus rewardStatus) {
        this.customerId = customerId;
        this.email = email;
        this.name = name;
        this.birthday = birthday;
        this.occursOn = occursOn;
        this.earns = earns;
        this.rewardStatus = rewardStatus;
    }

    public long getCustomerId() { return customerId; }
    /** The customer's e-mail, or null when the store no longer has the customer. */
    public String getEmail() { return email; }
    public String getName() { return name; }
    public Birthday getBirthday() { return birthday; }
    /** The day it is celebrated (29 February by the leap day rule). */
    public LocalDate getOccursOn() { return occursOn; }
    /** Whether it earns a reward (false: entered or changed too shortly before). */
    public boolean isEarns() { return earns; }
    /** The status of that year's reward, or null when none is issued yet. */
    public RewardStatus getRewardStatus() { return rewardStatus; }
}
