package org.evergreenloyalty.referral;

/**
 * Invitations by e-mail from an advocate to friends: validated, rate-limited per advocate, never twice to the
 * same address within a period, never to addresses that opted out or already belong to customers.
 */
public interface InvitationService {

    /**
     * Sends the advocate's invitation to each address of {@code addresses} (separated by commas, semicolons,
     * spaces or line breaks).
     *
     * @throws ReferralException when the input is empty, malformed, has too many addresses, contains the
     *                           advocate's own address, or exceeds the daily limit; nothing is sent then
     */
    InviteResult invite(long advocateId, String addresses);

    /** The token of the opt-out link for {@code email}. */
    String optOutToken(String email);

    /**
     * Stops all future invitations to {@code email}.
     *
     * @return false when the token does not belong to the address (nothing changed)
     */
    boolean optOut(String email, String token);

    /** Whether the address opted out of invitations. */
    boolean isOptedOut(String email);

    /** How many invitations the advocate has sent in all. */
    long invitationsSent(long advocateId);
}
