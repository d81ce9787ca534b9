package org.evergreenloyalty.apikey;

/** What an API key may do: READ calls only, or WRITE calls too (write implies read). */
public enum ApiScope {
    READ,
    WRITE;

    /** Whether a key of this scope may make a call that needs {@code needed}. */
    public boolean allows(ApiScope needed) {
        return this == WRITE || needed == READ;
    }
}
