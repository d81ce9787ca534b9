package org.evergreenloyalty.web.referral;

import java.io.Serializable;

/**
 * The banner a referral link leaves for the next page (flash attribute {@value #ATTRIBUTE}), rendered by the
 * fragment {@code evergreen/referral/banner :: banner}: an invitation naming the friend's reward, or why the
 * link did not work. For a signed-in shopper who has not been referred yet it carries the code to confirm: the
 * fragment then shows a form that POSTs to {@code /r/{code}} (with the store's CSRF token), because following a
 * link (a GET) must never attribute anybody.
 */
public final class ReferralBanner implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The flash attribute. */
    public static final String ATTRIBUTE = "evgReferralBanner";

    private final boolean ok;
    private final String title;
    private final String text;
    private final String confirmCode;

    public ReferralBanner(boolean ok, String title, String text) {
        this(ok, title, text, null);
    }

    private ReferralBanner(boolean ok, String title, String text, String confirmCode) {
        this.ok = ok;
        this.title = title;
        this.text = text;
        this.confirmCode = confirmCode;
    }

    /** An invitation a signed-in shopper accepts with the confirmation form (POST {@code /r/{code}}). */
    public static ReferralBanner toConfirm(String title, String text, String code) {
        return new ReferralBanner(true, title, text, code);
    }

    /** True for an invitation or success, false for a problem with the link. */
    public boolean isOk() { return ok; }
    /** The headline, may be null. */
    public String getTitle() { return title; }
    public String getText() { return text; }
    /** The code a signed-in shopper may confirm, or null (anonymous shoppers register instead). */
    public String getConfirmCode() { return confirmCode; }
}
