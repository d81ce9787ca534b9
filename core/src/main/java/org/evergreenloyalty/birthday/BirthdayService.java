package org.evergreenloyalty.birthday;

import java.util.List;

/**
 * Keeps customers' birthdays under the guards (bean {@code evgBirthdayService}): the shopper enters it
 * at registration or in the account and may change it once per 12 months; an admin may change it at any
 * time with a reason; every change is recorded. Input is form text, checked by {@link BirthdayInput};
 * a refusal is a {@link BirthdayException} and changes nothing.
 */
public interface BirthdayService {

    /**
     * Checks birthday form fields against today's date in the store, without saving anything.
     *
     * @throws BirthdayException for bad input
     */
    Birthday check(String month, String day, String year);

    /** The customer's birthday and what the shopper may do with it. */
    BirthdayProfile profile(long customerId);

    /**
     * The shopper enters or changes the birthday in the account.
     *
     * @throws BirthdayException for bad input, or when the last change is less than the interval ago
     */
    BirthdayProfile saveByShopper(long customerId, String month, String day, String year);

    /**
     * The birthday given on the registration form; ignored (returns the profile unchanged) when the
     * customer already has one.
     *
     * @throws BirthdayException for bad input
     */
    BirthdayProfile saveAtRegistration(long customerId, String month, String day, String year);

    /**
     * An admin sets or corrects the birthday, outside the shopper's edit rule; the reason is recorded.
     *
     * @throws BirthdayException for bad input or a missing reason
     */
    BirthdayProfile saveByAdmin(long customerId, String month, String day, String year, String adminUser, String reason);

    /** The customer's birthday changes, newest first. */
    List<BirthdayChange> history(long customerId);

    /**
     * One page of kept birthdays whose month-day key lies in {@code window}, by customer id after
     * {@code afterCustomerId} (keyset paging: pass the last id of the previous page), at most {@code max}.
     */
    List<CustomerBirthday> page(MonthDayWindow window, long afterCustomerId, int max);

    /** The kept birthday of the customer (detached), or null. */
    CustomerBirthday find(long customerId);
}
