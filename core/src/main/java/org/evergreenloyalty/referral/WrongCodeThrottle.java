package org.evergreenloyalty.referral;

import java.util.Date;

/**
 * Limits wrong referral codes per client and per IP address in a time window, so codes cannot be found by trying
 * many. The client is the session, else the IP address with the browser: a client that used up its tries is
 * locked out alone, not everybody behind the same address (a NAT, an office). The per-IP limit is a much higher
 * safety net against clients that throw their session away. Each try is checked and counted in one step under a row
 * lock (EVG_REFERRAL_THROTTLE), so neither parallel requests nor several nodes get more tries than the limit.
 */
public interface WrongCodeThrottle {

    /**
     * Counts one try of the visitor and says whether it may go ahead. A try that turns out not to be a wrong guess
     * is given back with {@link #refund}.
     *
     * @return null when the visitor is throttled (then no code is looked up), else the ticket of this try
     */
    Ticket acquire(Visitor visitor, ReferralSettings settings);

    /** Gives back the try of a ticket whose code was not a wrong guess. */
    void refund(Ticket ticket);

    /** Deletes counts whose window started before {@code before}; returns how many. */
    int purge(Date before);

    /** A counted try: the scopes it was counted in. */
    final class Ticket {
        private final String[] keys;

        Ticket(String... keys) {
            this.keys = keys.clone();
        }

        String[] keys() {
            return keys.clone();
        }
    }
}
