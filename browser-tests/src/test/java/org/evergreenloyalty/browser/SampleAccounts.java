package org.evergreenloyalty.browser;

/** The accounts the demo store seeds on first start (see demo-store/SELECTORS.md). */
final class SampleAccounts {
    static final String CUSTOMER_EMAIL = "alice@example.com";
    static final String CUSTOMER_PASSWORD = "Password1!";
    static final String CUSTOMER_FIRST_NAME = "Alice";
    static final String ADMIN_USERNAME = "admin";
    static final String ADMIN_PASSWORD = "admin";

    private SampleAccounts() {
    }
}
