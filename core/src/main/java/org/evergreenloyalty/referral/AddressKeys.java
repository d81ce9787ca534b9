package org.evergreenloyalty.referral;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Reduces a postal address to a key two spellings of the same place share: first address line in lower
 * case without punctuation and accents, common street words shortened, postal code without spaces, country.
 */
public final class AddressKeys {

    private AddressKeys() {
    }

    /** The key, or null when the first line or the postal code is missing. */
    public static String of(String line1, String postalCode, String country) {
        if (line1 == null || line1.trim().isEmpty() || postalCode == null || postalCode.trim().isEmpty()) {
            return null;
        }
        String l = Normalizer.normalize(line1.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        l = l.replace("ß", "ss").replaceAll("[^a-z0-9 ]", " ");
        l = (" " + l + " ").replaceAll("\\s+", " ");
        l = l.replace(" street ", " st ").replace(" avenue ", " ave ").replace(" road ", " rd ").replace(" strasse ", " str ");
        l = l.replaceAll("strasse ", "str ").trim();
        String p = postalCode.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        String c = country == null ? "" : country.trim().toUpperCase(Locale.ROOT);
        return l + "|" + p + "|" + c;
    }
}
