package org.evergreenloyalty.web.referral;

import org.evergreenloyalty.referral.ReferralLinks;

/**
 * Plain share URLs for a referral link (no third-party scripts on the page): e-mail (mailto), WhatsApp, X and
 * Facebook. The shopper's browser opens them; nothing is sent to those sites before the shopper clicks.
 */
public final class ShareLinks {

    private final String email;
    private final String whatsApp;
    private final String x;
    private final String facebook;

    /**
     * @param link    the referral link
     * @param subject the e-mail subject
     * @param text    the share text (the link is appended where the service does not take it separately)
     */
    public ShareLinks(String link, String subject, String text) {
        this.email = "mailto:?subject=" + encode(subject) + "&body=" + encode(text + "\n\n" + link);
        this.whatsApp = "https://wa.me/?text=" + encode(text + " " + link);
        this.x = "https://x.com/intent/tweet?text=" + encode(text) + "&url=" + encode(link);
        this.facebook = "https://www.facebook.com/sharer/sharer.php?u=" + encode(link);
    }

    private static String encode(String s) {
        return ReferralLinks.encode(s).replace("+", "%20");
    }

    public String getEmail() { return email; }
    public String getWhatsApp() { return whatsApp; }
    public String getX() { return x; }
    public String getFacebook() { return facebook; }
}
