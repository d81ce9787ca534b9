package org.evergreenloyalty.referral;

import org.evergreenloyalty.customer.CustomerContact;

/** A referral with its advocate's and friend's contact data, as the admin list shows it. */
public final class ReferralRow {

    private final Referral referral;
    private final CustomerContact advocate;
    private final CustomerContact friend;

    public ReferralRow(Referral referral, CustomerContact advocate, CustomerContact friend) {
        this.referral = referral;
        this.advocate = advocate;
        this.friend = friend;
    }

    public Referral getReferral() { return referral; }
    /** The advocate, or null when the customer no longer exists. */
    public CustomerContact getAdvocate() { return advocate; }
    /** The friend, or null when the customer no longer exists. */
    public CustomerContact getFriend() { return friend; }
}
