package org.evergreenloyalty.birthday;

import java.util.List;

/**
 * What the admin's Loyalty > Birthdays page needs (bean {@code evgBirthdayAdminService}): upcoming
 * birthdays, issued rewards with status, the share of codes used, and "resend e-mail". Changing a
 * customer's birthday with a reason is {@link BirthdayService#saveByAdmin}.
 */
public interface BirthdayAdminService {

    /** Largest page and list sizes served. */
    int MAX_PAGE_SIZE = 200;

    /** Birthdays celebrated in the next {@code days} days (today included), soonest first, at most {@code max}. */
    List<UpcomingBirthday> upcoming(int days, int max);

    /**
     * Rewards for birthdays of {@code year} (null: all years), only those of {@code status} (null: all),
     * newest first; page 1-based.
     */
    RewardPage rewards(Integer year, RewardStatus status, int page, int pageSize);

    /** The reward {@code rewardId} with its status now, or null when there is none. */
    RewardView reward(long rewardId);

    /** Counts of {@code year}'s rewards and the share of codes used. */
    RewardStats stats(int year);

    /**
     * Sends a reward's e-mail again.
     *
     * @throws BirthdayException when there is no such reward
     */
    MailStatus resendEmail(long rewardId);
}
