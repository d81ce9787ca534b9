package org.evergreenloyalty.demo.checkout;

import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A card entered for the demo store's test payment, checked for form only (no gateway ever sees it):
 * name on card, 12-19 digit number passing the Luhn check, expiry MM/YY not in the past, 3-4 digit CVC.
 * Card {@value #DECLINED_NUMBER} is always declined.
 */
public final class TestCard {

    /** The test card number that is always declined. */
    public static final String DECLINED_NUMBER = "4000000000000002";

    private final String nameOnCard;
    private final String number;
    private final int expiryMonth;
    private final int expiryYear;

    private TestCard(String nameOnCard, String number, int expiryMonth, int expiryYear) {
        this.nameOnCard = nameOnCard;
        this.number = number;
        this.expiryMonth = expiryMonth;
        this.expiryYear = expiryYear;
    }

    /**
     * Checks the raw form fields. Returns the card, or fills {@code errors} (field name to message) and
     * returns null.
     */
    public static TestCard parse(String nameOnCard, String number, String expiry, String cvc, Map<String, String> errors) {
        String name = nameOnCard == null ? "" : nameOnCard.trim();
        if (name.isEmpty()) {
            errors.put("nameOnCard", "Enter the name on the card.");
        } else if (name.length() > 60) {
            errors.put("nameOnCard", "The name on the card can be at most 60 characters.");
        }
        String digits = number == null ? "" : number.replaceAll("[\\s-]", "");
        if (digits.isEmpty()) {
            errors.put("cardNumber", "Enter a card number.");
        } else if (!digits.matches("\\d{12,19}") || !luhn(digits)) {
            errors.put("cardNumber", "This is not a valid card number.");
        }
        int month = 0;
        int year = 0;
        String exp = expiry == null ? "" : expiry.trim();
        if (!exp.matches("\\d{1,2}\\s*/\\s*\\d{2}")) {
            errors.put("expiry", "Enter the expiry date as MM/YY.");
        } else {
            String[] parts = exp.split("/");
            month = Integer.parseInt(parts[0].trim());
            year = 2000 + Integer.parseInt(parts[1].trim());
            Calendar now = Calendar.getInstance();
            int thisYear = now.get(Calendar.YEAR);
            int thisMonth = now.get(Calendar.MONTH) + 1;
            if (month < 1 || month > 12) {
                errors.put("expiry", "The expiry month must be between 01 and 12.");
            } else if (year < thisYear || (year == thisYear && month < thisMonth)) {
                errors.put("expiry", "This card has expired.");
            }
        }
        String code = cvc == null ? "" : cvc.trim();
        if (!code.matches("\\d{3,4}")) {
            errors.put("cvc", "Enter the 3 or 4 digit security code.");
        }
        if (errors.isEmpty()) {
            return new TestCard(name, digits, month, year);
        }
        return null;
    }

    /** Convenience for callers that keep errors in a fresh ordered map. */
    public static Map<String, String> newErrors() {
        return new LinkedHashMap<String, String>();
    }

    static boolean luhn(String digits) {
        int sum = 0;
        boolean doubleIt = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubleIt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return sum % 10 == 0;
    }

    /** True for the always-declined test card. */
    public boolean isDeclined() {
        return DECLINED_NUMBER.equals(number);
    }

    public String nameOnCard() { return nameOnCard; }
    /** The last four digits, the only part ever stored. */
    public String lastFour() { return number.substring(number.length() - 4); }
    public int expiryMonth() { return expiryMonth; }
    public int expiryYear() { return expiryYear; }
}
