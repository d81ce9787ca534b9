package org.evergreenloyalty.web.birthday;

/**
 * The signed-in shopper of the current request, for the birthday pages (bean {@code evgBirthdayShopper};
 * read from the store's session, never from request parameters).
 */
public interface BirthdayShopper {

    /** The id of the signed-in registered customer, or null for an anonymous shopper. */
    Long customerId();
}
