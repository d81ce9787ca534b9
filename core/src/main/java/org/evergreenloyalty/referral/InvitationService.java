package org.evergreenloyalty.referral;

/**
 * Invitations by e-mail from an advocate to friends: validated, rate-limited per advocate, per IP address and
 * store-wide, never twice to the same address within a period, never to addresses that opted out or already belong
 * to customers. Every valid address is answered alike (accepted), so the form reveals nothing about other people.
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

    /**
     * As {@link #invite(long, String)} from the form of {@code visitor}, whose IP address counts towards the hourly
     * limit per IP address.
     *
     * @throws ReferralException also when the hourly limit of the IP address or of the store is reached
     */
    InviteResult invite(long advocateId, String addresses, Visitor visitor);

    /** The token of the opt-out link for {@code email}. */
    String optOutToken(String email);

    /** Whether {@code token} belongs to {@code email} (compared in constant time; older links still count). */
    boolean isOptOutToken(String email, String token);

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
