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

    /**
     * Issues the rewards due {@code today} for a page of birthdays in one transaction, the rewards already issued
     * looked up in one query; a page that fails as a whole is issued again birthday by birthday, each in its own
     * transaction, and a birthday that fails then is handed to {@code onFailure}. Returns the outcomes of the others.
     * This default issues birthday by birthday.
     */
    default java.util.List<IssueOutcome> issuePage(java.util.List<CustomerBirthday> page, LocalDate today,
                                                   java.util.function.BiConsumer<CustomerBirthday, RuntimeException> onFailure) {
        java.util.List<IssueOutcome> outcomes = new java.util.ArrayList<IssueOutcome>();
        for (CustomerBirthday b : page) {
            try {
                outcomes.add(issueIfDue(b, today));
            } catch (RuntimeException e) {
                onFailure.accept(b, e);
            }
        }
        return outcomes;
    }
}
