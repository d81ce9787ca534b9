package org.evergreenloyalty.lifecycle;

/** The lifecycle e-mails the module sends on its own: a welcome after sign-up, a win-back after a lapse, the yearly membership anniversary. */
public enum LifecycleKind {
    /** After sign-up: the balance and how to earn; once per customer. */
    WELCOME,
    /** No order for a number of days: an incentive and products from the order history; once per lapse. */
    WIN_BACK,
    /** Each year on the day the customer's loyalty account was opened: a bonus; once per customer and year. */
    ANNIVERSARY,
    /** After each month: the month's points in and out and the balance; once per customer and month. */
    STATEMENT
}
