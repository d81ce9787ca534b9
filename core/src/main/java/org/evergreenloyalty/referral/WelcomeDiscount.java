package org.evergreenloyalty.referral;

import java.util.Date;

/** A referred friend's personal first-order discount: the single-use code, what it gives and until when. */
public final class WelcomeDiscount {

    private final String code;
    private final DiscountTerms terms;
    private final Date validUntil;

    public WelcomeDiscount(String code, DiscountTerms terms, Date validUntil) {
        this.code = code;
        this.terms = terms;
        this.validUntil = validUntil == null ? null : new Date(validUntil.getTime());
    }

    public String getCode() { return code; }
    public DiscountTerms getTerms() { return terms; }
    public Date getValidUntil() { return validUntil == null ? null : new Date(validUntil.getTime()); }
}
