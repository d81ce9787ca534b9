package org.evergreenloyalty.notification;

/**
 * The module's signing secret (bean {@code evgSigningSecret}): keys the HMAC of links the module hands
 * out, such as unsubscribe links. The same on every node of a store.
 */
public interface SigningSecret {

    /** The secret's bytes (a copy). */
    byte[] get();
}
