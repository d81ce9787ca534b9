package org.evergreenloyalty.notification;

/**
 * Signs and checks the tokens of unsubscribe links (bean {@code evgUnsubscribeTokens}). A token names a
 * customer and a category and cannot be forged or altered without the store's secret. Tokens do not expire, but a
 * customer's tokens can be revoked.
 */
public interface UnsubscribeTokenService {

    /** The token that unsubscribes {@code customerId} from {@code category}. */
    String createToken(long customerId, String category);

    /**
     * The request a token carries.
     *
     * @throws InvalidUnsubscribeTokenException if the token is missing, malformed or its signature does not match
     */
    UnsubscribeRequest verify(String token);

    /** Voids every token issued to the customer so far (e.g. a forwarded e-mail was misused); newer e-mails carry new ones. */
    void revokeAll(long customerId);
}
