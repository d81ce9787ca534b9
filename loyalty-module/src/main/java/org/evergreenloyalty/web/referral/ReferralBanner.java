package org.evergreenloyalty.web.referral;

import java.io.Serializable;

/**
 * The banner a referral link leaves for the next page (flash attribute {@value #ATTRIBUTE}), rendered by the
 * fragment {@code evergreen/referral/banner :: banner}: an invitation naming the friend's reward, or why the
 * link did not work.
 */
public final class ReferralBanner implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The flash attribute. */
    public static final String ATTRIBUTE = "evgReferralBanner";

    private final boolean ok;
    private final String title;
    private final String text;

    public ReferralBanner(boolean ok, String title, String text) {
        this.ok = ok;
        this.title = title;
        this.text = text;
    }

    /** True for an invitation or success, false for a problem with the link. */
    public boolean isOk() { return ok; }
    /** The headline, may be null. */
    public String getTitle() { return title; }
    public String getText() { return text; }
}
