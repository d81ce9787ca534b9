package org.evergreenloyalty.notification;

/**
 * Signs and checks the tokens of unsubscribe links (bean {@code evgUnsubscribeTokens}). A token names a
 * customer and a category and cannot be forged or altered without the store's secret. Tokens do not expire.
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
}
