package org.evergreenloyalty.referral;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Reduces an e-mail address to the mailbox it reaches, so one person's variants compare equal: lower case,
 * {@code +tags} dropped for providers that ignore them, dots in the local part dropped for providers that
 * ignore them (Gmail), {@code googlemail.com} read as {@code gmail.com}.
 */
public final class EmailNormalizer {

    private final boolean plusTagsEverywhere;
    private final Set<String> plusTagDomains = new LinkedHashSet<String>();
    private final Set<String> dotInsensitiveDomains = new LinkedHashSet<String>();

    /**
     * @param plusTagDomains        comma-separated domains whose +tags are ignored, or "*" for all
     * @param dotInsensitiveDomains comma-separated domains whose local-part dots are ignored
     */
    public EmailNormalizer(String plusTagDomains, String dotInsensitiveDomains) {
        this.plusTagsEverywhere = plusTagDomains != null && plusTagDomains.trim().equals("*");
        split(plusTagDomains, this.plusTagDomains);
        split(dotInsensitiveDomains, this.dotInsensitiveDomains);
    }

    /** The normaliser the settings describe. */
    public static EmailNormalizer of(ReferralSettings s) {
        return new EmailNormalizer(s.getPlusTagDomains(), s.getDotInsensitiveDomains());
    }

    /** The normalised address, or null for null or text that is not an address. */
    public String normalize(String email) {
        if (email == null) {
            return null;
        }
        String e = email.trim().toLowerCase(Locale.ROOT);
        int at = e.lastIndexOf('@');
        if (at <= 0 || at == e.length() - 1) {
            return null;
        }
        String local = e.substring(0, at);
        String domain = e.substring(at + 1);
        if (domain.equals("googlemail.com")) {
            domain = "gmail.com";
        }
        if (plusTagsEverywhere || plusTagDomains.contains(domain)) {
            int plus = local.indexOf('+');
            if (plus > 0) {
                local = local.substring(0, plus);
            }
        }
        if (dotInsensitiveDomains.contains(domain) || (domain.equals("gmail.com") && dotInsensitiveDomains.contains("googlemail.com"))) {
            local = local.replace(".", "");
        }
        String key = local + "@" + domain;
        return key.length() > 255 ? key.substring(0, 255) : key;
    }

    private static void split(String list, Set<String> into) {
        if (list == null) {
            return;
        }
        for (String d : list.split(",")) {
            String t = d.trim().toLowerCase(Locale.ROOT);
            if (!t.isEmpty() && !t.equals("*")) {
                into.add(t);
            }
        }
    }
}
