package org.evergreenloyalty.birthday;

import java.time.LocalDate;

/**
 * Issues one customer's birthday reward when it is due (bean {@code evgBirthdayRewardIssuer}): the
 * personal code and/or bonus points, recorded under the database's unique key (customer, year), then the
 * e-mail. Safe to call any number of times, from any number of threads or nodes.
 */
public interface BirthdayRewardIssuer {

    /** Issues the reward due {@code today} (a store day) for {@code birthday}, if any and not yet issued. */
    IssueOutcome issueIfDue(CustomerBirthday birthday, LocalDate today);
}
