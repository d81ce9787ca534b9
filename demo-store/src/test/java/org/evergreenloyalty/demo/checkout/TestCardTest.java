package org.evergreenloyalty.demo.checkout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Calendar;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TestCardTest {

    private static String nextYear() {
        return String.format("%02d", (Calendar.getInstance().get(Calendar.YEAR) + 1) % 100);
    }

    @Test
    void acceptsTheTestVisaAndKeepsOnlyTheLastFourDigits() {
        Map<String, String> errors = TestCard.newErrors();
        TestCard card = TestCard.parse(" Alice Green ", "4111 1111 1111 1111", "12/" + nextYear(), "123", errors);
        assertNotNull(card, errors.toString());
        assertTrue(errors.isEmpty());
        assertEquals("1111", card.lastFour());
        assertEquals("Alice Green", card.nameOnCard());
        assertFalse(card.isDeclined());
    }

    @Test
    void theDeclineCardParsesButIsDeclined() {
        Map<String, String> errors = TestCard.newErrors();
        TestCard card = TestCard.parse("Bob", TestCard.DECLINED_NUMBER, "01/" + nextYear(), "9999", errors);
        assertNotNull(card, errors.toString());
        assertTrue(card.isDeclined());
    }

    @Test
    void rejectsEveryBadFieldWithItsOwnMessage() {
        Map<String, String> errors = TestCard.newErrors();
        assertNull(TestCard.parse("", "4111111111111112", "13/30", "12", errors));
        assertEquals("Enter the name on the card.", errors.get("nameOnCard"));
        assertEquals("This is not a valid card number.", errors.get("cardNumber"));
        assertEquals("The expiry month must be between 01 and 12.", errors.get("expiry"));
        assertEquals("Enter the 3 or 4 digit security code.", errors.get("cvc"));
    }

    @Test
    void rejectsExpiredCardsAndMalformedDates() {
        Map<String, String> errors = TestCard.newErrors();
        assertNull(TestCard.parse("A", "4111111111111111", "01/20", "123", errors));
        assertEquals("This card has expired.", errors.get("expiry"));
        errors.clear();
        assertNull(TestCard.parse("A", "4111111111111111", "2030-01", "123", errors));
        assertEquals("Enter the expiry date as MM/YY.", errors.get("expiry"));
    }

    @Test
    void rejectsTooLongNamesAndNonDigitNumbers() {
        Map<String, String> errors = TestCard.newErrors();
        StringBuilder longName = new StringBuilder();
        for (int i = 0; i < 61; i++) {
            longName.append('x');
        }
        assertNull(TestCard.parse(longName.toString(), "4111-1111-1111-111a", "12/" + nextYear(), "123", errors));
        assertTrue(errors.get("nameOnCard").contains("at most 60"));
        assertEquals("This is not a valid card number.", errors.get("cardNumber"));
    }

    @Test
    void luhnCheck() {
        assertTrue(TestCard.luhn("4111111111111111"));
        assertTrue(TestCard.luhn("4000000000000002"));
        assertFalse(TestCard.luhn("4111111111111112"));
    }
}
