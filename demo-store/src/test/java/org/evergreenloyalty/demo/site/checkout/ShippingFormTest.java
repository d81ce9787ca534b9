package org.evergreenloyalty.demo.site.checkout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ShippingFormTest {

    private static final List<String> STATES = Arrays.asList("OR", "WA");
    private static final List<String> OPTIONS = Arrays.asList("1", "2");

    @Test
    void aCompleteAddressPasses() {
        ShippingForm f = ShippingForm.of(" Alice ", "Green", "1 Fir Street", "", "Portland", "or", "97201-1234", "2");
        Map<String, String> errors = f.check(STATES, OPTIONS);
        assertTrue(errors.isEmpty(), errors.toString());
        assertEquals("Alice", f.get("firstName"));
        assertEquals("OR", f.get("state"));
    }

    @Test
    void everyMissingOrBadFieldIsNamed() {
        ShippingForm f = ShippingForm.of("", null, "", "<b>", "", "ZZ", "9720", "9");
        Map<String, String> errors = f.check(STATES, OPTIONS);
        assertEquals("Enter your first name.", errors.get("firstName"));
        assertEquals("Enter your last name.", errors.get("lastName"));
        assertEquals("Enter your street address.", errors.get("addressLine1"));
        assertEquals("The second address line cannot contain < or >.", errors.get("addressLine2"));
        assertEquals("Enter your city.", errors.get("city"));
        assertEquals("We do not ship to \"ZZ\".", errors.get("state"));
        assertEquals("Enter a ZIP code like 12345 or 12345-6789.", errors.get("postalCode"));
        assertEquals("That shipping option is not available.", errors.get("fulfillmentOptionId"));
    }

    @Test
    void tooLongLinesAreRejected() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i <= ShippingForm.MAX_LINE; i++) {
            s.append('a');
        }
        ShippingForm f = ShippingForm.of("A", "B", s.toString(), null, "C", "OR", "97201", "1");
        assertEquals("The street address can be at most 100 characters.", f.check(STATES, OPTIONS).get("addressLine1"));
    }
}
