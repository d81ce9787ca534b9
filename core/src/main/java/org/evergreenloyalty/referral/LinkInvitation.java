package org.evergreenloyalty.referral;

/** What a referral link or code offers, for the landing banner and the code field: who invites and the friend's discount. */
public final class LinkInvitation {

    private final String code;
    private final String advocateFirstName;
    private final DiscountTerms terms;

    public LinkInvitation(String code, String advocateFirstName, DiscountTerms terms) {
        this.code = code;
        this.advocateFirstName = advocateFirstName;
        this.terms = terms;
    }

    /** The (normalised) code. */
    public String getCode() { return code; }
    /** The advocate's first name, or null when the store has none. */
    public String getAdvocateFirstName() { return advocateFirstName; }
    /** The friend's first-order discount. */
    public DiscountTerms getTerms() { return terms; }
}
