package org.evergreenloyalty.milestone;

import java.util.Collection;
import java.util.Date;
import java.util.Map;

/**
 * When customers signed up, for membership anniversaries (bean {@code evgMembershipDates}: the engine's default is
 * the opening of the loyalty account; the Broadleaf adapter answers with the customer's registration date).
 */
public interface MembershipDates {

    /** The sign-up instant of each of {@code customerIds} that is known. */
    Map<Long, Date> signedUp(Collection<Long> customerIds);
}
