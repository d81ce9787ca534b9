package org.evergreenloyalty.broadleaf.referral;

import org.broadleafcommerce.profile.core.domain.Address;

/**
 * The country code of a Broadleaf address, for the referral address keys. Broadleaf 7.0 form:
 * {@code Address.getCountry()} is gone, {@code getIsoCountryAlpha2()} gives the ISO country.
 */
final class AddressCountry {

    private AddressCountry() {
    }

    /** The address's ISO 3166 alpha-2 country code (e.g. {@code US}), or null when it has none. */
    static String code(Address a) {
        return a.getIsoCountryAlpha2() == null ? null : a.getIsoCountryAlpha2().getAlpha2();
    }
}
