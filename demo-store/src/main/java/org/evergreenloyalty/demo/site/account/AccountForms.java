package org.evergreenloyalty.demo.site.account;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks of the account forms' fields (names, e-mail, password), each putting a message under the field's
 * name into an errors map when the value is unusable.
 */
public final class AccountForms {

    /** Longest first or last name accepted. */
    public static final int MAX_NAME = 60;
    /** Longest e-mail address accepted (RFC 5321 path limit). */
    public static final int MAX_EMAIL = 254;
    /** Shortest password accepted. */
    public static final int MIN_PASSWORD = 8;
    /** Longest password accepted. */
    public static final int MAX_PASSWORD = 64;

    private static final Pattern EMAIL = Pattern.compile("^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}$");

    private AccountForms() {
    }

    /** Trims; null becomes "". */
    public static String clean(String v) {
        return v == null ? "" : v.trim();
    }

    /** A required name of at most {@link #MAX_NAME} characters without angle brackets. */
    public static void checkName(String field, String label, String value, Map<String, String> errors) {
        if (value.isEmpty()) {
            errors.put(field, "Enter your " + label + ".");
        } else if (value.length() > MAX_NAME) {
            errors.put(field, "Your " + label + " can be at most " + MAX_NAME + " characters.");
        } else if (value.indexOf('<') >= 0 || value.indexOf('>') >= 0) {
            errors.put(field, "Your " + label + " cannot contain < or >.");
        }
    }

    /** A required, well-formed e-mail address. */
    public static void checkEmail(String field, String value, Map<String, String> errors) {
        if (value.isEmpty()) {
            errors.put(field, "Enter your e-mail address.");
        } else if (value.length() > MAX_EMAIL) {
            errors.put(field, "An e-mail address can be at most " + MAX_EMAIL + " characters.");
        } else if (!EMAIL.matcher(value).matches()) {
            errors.put(field, "\"" + value + "\" is not a valid e-mail address.");
        }
    }

    /** A new password and its confirmation. */
    public static void checkNewPassword(String password, String confirm, Map<String, String> errors) {
        if (password == null || password.isEmpty()) {
            errors.put("password", "Choose a password.");
        } else if (password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            errors.put("password", "Your password must be " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters long.");
        } else if (!password.equals(confirm)) {
            errors.put("passwordConfirm", "The two passwords do not match.");
        }
    }
}
