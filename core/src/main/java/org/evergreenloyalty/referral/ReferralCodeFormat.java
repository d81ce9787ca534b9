package org.evergreenloyalty.referral;

import java.util.Locale;

/**
 * The shape of referral codes: upper-case letters and digits without look-alikes (no 0, O, 1, I, L), so a
 * code read aloud or copied by hand is typed right. Input is forgiving: case, spaces and dashes are ignored.
 */
public final class ReferralCodeFormat {

    /** The 31 characters codes are made of. */
    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    /** The shortest code length accepted: 9 characters carry 44.6 random bits (at least 40 are required). */
    public static final int MIN_LENGTH = 9;
    /** The longest code length accepted. */
    public static final int MAX_LENGTH = 16;
    /** Random bits per character, log2(31). */
    public static final double BITS_PER_CHARACTER = Math.log(ALPHABET.length()) / Math.log(2);

    private ReferralCodeFormat() {
    }

    /** The input upper-cased, without spaces and dashes; null for null. */
    public static String normalize(String input) {
        if (input == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(input.length());
        for (int i = 0; i < input.length() && sb.length() <= MAX_LENGTH + 1; i++) {
            char c = input.charAt(i);
            if (c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013' || Character.isWhitespace(c)) {
                continue;
            }
            sb.append(c);
        }
        return sb.toString().toUpperCase(Locale.ROOT);
    }

    /** Whether a normalized code has an acceptable length and only characters of the alphabet. */
    public static boolean isWellFormed(String normalized) {
        if (normalized == null || normalized.length() < MIN_LENGTH || normalized.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < normalized.length(); i++) {
            if (ALPHABET.indexOf(normalized.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The code split in two groups for reading, e.g. {@code K7M3Q-X9PAB}. */
    public static String display(String code) {
        if (code == null || code.length() < 6) {
            return code;
        }
        int half = (code.length() + 1) / 2;
        return code.substring(0, half) + "-" + code.substring(half);
    }

    /** Random bits of a code of {@code length} characters. */
    public static double bits(int length) {
        return length * BITS_PER_CHARACTER;
    }
}
