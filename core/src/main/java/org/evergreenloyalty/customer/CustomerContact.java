package org.evergreenloyalty.customer;

/** How to address a customer: e-mail, names, preferred locale (e.g. "en_US"); plain values. */
public final class CustomerContact {

    private final long customerId;
    private final String email;
    private final String firstName;
    private final String lastName;
    private final String locale;

    public CustomerContact(long customerId, String email, String firstName, String lastName, String locale) {
        this.customerId = customerId;
        this.email = email;
        this.firstName = firstName;
        this.lastName = lastName;
        this.locale = locale;
    }

    public long getCustomerId() { return customerId; }
    public String getEmail() { return email; }
    public String getFirstName() { return firstName; }
    public String getLastName() { return lastName; }
    public String getLocale() { return locale; }

    /** The first name, or "there" when the store has none. */
    public String getGreetingName() {
        return firstName == null || firstName.trim().isEmpty() ? "there" : firstName.trim();
    }
}
