package org.evergreenloyalty.birthday;

/** Who entered or changed a birthday. */
public enum ChangeSource {
    /** The shopper, on the registration form. */
    REGISTRATION,
    /** The shopper, in the account. */
    SHOPPER,
    /** A store admin, with a reason. */
    ADMIN
}
