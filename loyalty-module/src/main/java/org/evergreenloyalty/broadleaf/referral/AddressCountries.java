package org.evergreenloyalty.broadleaf.referral;

import org.broadleafcommerce.profile.core.domain.Address;

/**
 * The country code of a Broadleaf address, the one call that differs between Broadleaf lines: 3.1 has only
 * {@code getCountry()}; 6.2 deprecates it and 7.0 removes it in favour of {@code getIsoCountryAlpha2()} (the 6.x
 * adapter has its own class of this name).
 */
final class AddressCountries {

    private AddressCountries() {
    }

    /** The two-letter country code of {@code a}, or null when it has none. */
    static String code(Address a) {
        return a.getCountry() == null ? null : a.getCountry().getAbbreviation();
    }
}
