package org.evergreenloyalty.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** E-mail normalisation for the self-referral rule, without Broadleaf. */
class EmailNormalizerTest {

    private final EmailNormalizer n = new EmailNormalizer("*", "gmail.com,googlemail.com");

    @Test
    void caseAndSpacesDoNotMatter() {
        assertEquals("ann@example.com", n.normalize("  Ann@Example.COM "));
    }

    @Test
    void gmailIgnoresDotsAndPlusTagsAndItsOtherDomain() {
        assertEquals("johndoe@gmail.com", n.normalize("John.Doe+shop@gmail.com"));
        assertEquals("johndoe@gmail.com", n.normalize("j.o.h.n.doe@googlemail.com"));
    }

    @Test
    void otherProvidersKeepDotsButLosePlusTags() {
        assertEquals("john.doe@example.org", n.normalize("john.doe+x@example.org"));
        assertNotEquals(n.normalize("johndoe@example.org"), n.normalize("john.doe@example.org"));
    }

    @Test
    void plusTagsOnlyForListedDomainsWhenNotAll() {
        EmailNormalizer listed = new EmailNormalizer("gmail.com", "");
        assertEquals("a+b@example.org", listed.normalize("a+b@example.org"));
        assertEquals("a.b@gmail.com", listed.normalize("a.b+c@gmail.com"));
    }

    @Test
    void nonAddressesGiveNull() {
        assertNull(n.normalize(null));
        assertNull(n.normalize("no-at-sign"));
        assertNull(n.normalize("@example.com"));
        assertNull(n.normalize("ann@"));
    }
}
