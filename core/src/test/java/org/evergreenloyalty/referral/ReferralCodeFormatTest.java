package org.evergreenloyalty.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Code shape, entropy and forgiving input, without Broadleaf. */
class ReferralCodeFormatTest {

    @Test
    void theAlphabetHasNoLookAlikes() {
        for (char c : "0O1IL".toCharArray()) {
            assertEquals(-1, ReferralCodeFormat.ALPHABET.indexOf(c), "look-alike " + c);
        }
        assertEquals(31, ReferralCodeFormat.ALPHABET.length());
        assertEquals(31, new HashSet<Character>(chars(ReferralCodeFormat.ALPHABET)).size(), "no duplicates");
    }

    @Test
    void codesCarryAtLeastFortyRandomBits() {
        assertTrue(ReferralCodeFormat.bits(ReferralCodeFormat.MIN_LENGTH) >= 40);
        assertTrue(ReferralCodeFormat.bits(ReferralCodeFormat.MIN_LENGTH - 1) < 40, "8 characters would be too few");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new SecureRandomCodeGenerator(8));
        assertTrue(e.getMessage().contains("40 random bits"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new SecureRandomCodeGenerator(17));
    }

    @Test
    void generatedCodesAreWellFormedAndSpread() {
        SecureRandomCodeGenerator g = new SecureRandomCodeGenerator(10);
        Set<String> seen = new HashSet<String>();
        Set<Character> used = new HashSet<Character>();
        for (int i = 0; i < 5000; i++) {
            String c = g.next();
            assertEquals(10, c.length());
            assertTrue(ReferralCodeFormat.isWellFormed(c), c);
            seen.add(c);
            used.addAll(chars(c));
        }
        assertEquals(5000, seen.size(), "no repeats among 5000 codes of 49 bits");
        assertEquals(31, used.size(), "every character of the alphabet occurs");
    }

    @Test
    void inputIgnoresCaseSpacesAndDashes() {
        assertEquals("K7M3QX9PAB", ReferralCodeFormat.normalize(" k7m3q-x9pab "));
        assertEquals("K7M3QX9PAB", ReferralCodeFormat.normalize("K7M3Q X9PAB"));
        assertTrue(ReferralCodeFormat.isWellFormed(ReferralCodeFormat.normalize("k7m3q-x9pab")));
        assertEquals("K7M3Q-X9PAB", ReferralCodeFormat.display("K7M3QX9PAB"));
    }

    @Test
    void malformedInputIsRecognised() {
        assertFalse(ReferralCodeFormat.isWellFormed("K7M3QX9PA0"), "0 is not in the alphabet");
        assertFalse(ReferralCodeFormat.isWellFormed("K7M3QX9PAI"), "I is not in the alphabet");
        assertFalse(ReferralCodeFormat.isWellFormed("ABCDEFGH"), "too short");
        assertFalse(ReferralCodeFormat.isWellFormed("ABCDEFGHJKMNPQRST"), "too long");
        assertFalse(ReferralCodeFormat.isWellFormed("K7M3Q;X9PA"), "punctuation");
        assertFalse(ReferralCodeFormat.isWellFormed(""));
        assertFalse(ReferralCodeFormat.isWellFormed(null));
    }

    private static Set<Character> chars(String s) {
        Set<Character> out = new HashSet<Character>();
        for (char c : s.toCharArray()) {
            out.add(c);
        }
        return out;
    }
}
