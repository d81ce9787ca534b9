package org.evergreenloyalty.broadleaf.referral;

import org.broadleafcommerce.profile.core.domain.Address;

/**
 * The country code of a Broadleaf address, for the referral address keys. Broadleaf 3.1 and 6.2 form:
 * {@code Address.getCountry()} (gone in 7.0; the 7.0 line has its own class of this name).
 */
final class AddressCountry {

    private AddressCountry() {
    }

    /** The address's country code (e.g. {@code US}), or null when it has none. */
    static String code(Address a) {
        return a.getCountry() == null ? null : a.getCountry().getAbbreviation();
    }
}
