package org.evergreenloyalty.broadleaf.referral;

import org.broadleafcommerce.profile.core.domain.Address;

/**
 * The country code of a Broadleaf address on Broadleaf 6.2 and 7.0: {@code getIsoCountryAlpha2()}, which both lines
 * have ({@code getCountry()} is deprecated in 6.2 and gone in 7.0). The 3.1 adapter has its own class of this name.
 */
final class AddressCountries {

    private AddressCountries() {
    }

    /** The two-letter country code of {@code a}, or null when it has none. */
    static String code(Address a) {
        return a.getIsoCountryAlpha2() == null ? null : a.getIsoCountryAlpha2().getAlpha2();
    }
}
