package org.evergreenloyalty.demo.site.checkout;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.evergreenloyalty.demo.site.account.AccountForms;

/**
 * The shipping step's fields as typed, trimmed, with their checks: name, street, city, state (one of the
 * store's US states), ZIP code (12345 or 12345-6789) and the shipping option.
 */
public final class ShippingForm {

    /** Longest address line or city accepted. */
    public static final int MAX_LINE = 100;

    private final Map<String, String> values = new LinkedHashMap<String, String>();

    /** Reads the request parameters (null treated as empty). */
    public static ShippingForm of(String firstName, String lastName, String addressLine1, String addressLine2,
            String city, String state, String postalCode, String fulfillmentOptionId) {
        ShippingForm f = new ShippingForm();
        f.values.put("firstName", AccountForms.clean(firstName));
        f.values.put("lastName", AccountForms.clean(lastName));
        f.values.put("addressLine1", AccountForms.clean(addressLine1));
        f.values.put("addressLine2", AccountForms.clean(addressLine2));
        f.values.put("city", AccountForms.clean(city));
        f.values.put("state", AccountForms.clean(state).toUpperCase());
        f.values.put("postalCode", AccountForms.clean(postalCode));
        f.values.put("fulfillmentOptionId", AccountForms.clean(fulfillmentOptionId));
        return f;
    }

    /** An empty form with the given name filled in. */
    public static ShippingForm prefilled(String firstName, String lastName) {
        return of(firstName, lastName, null, null, null, null, null, null);
    }

    /**
     * Checks every field; {@code validStates} and {@code validOptionIds} are what the store offers.
     * Returns field name to message, empty when the form is usable.
     */
    public Map<String, String> check(Collection<String> validStates, Collection<String> validOptionIds) {
        Map<String, String> errors = new LinkedHashMap<String, String>();
        AccountForms.checkName("firstName", "first name", get("firstName"), errors);
        AccountForms.checkName("lastName", "last name", get("lastName"), errors);
        line("addressLine1", "street address", true, errors);
        line("addressLine2", "second address line", false, errors);
        line("city", "city", true, errors);
        if (get("state").isEmpty()) {
            errors.put("state", "Choose a state.");
        } else if (!validStates.contains(get("state"))) {
            errors.put("state", "We do not ship to \"" + get("state") + "\".");
        }
        if (get("postalCode").isEmpty()) {
            errors.put("postalCode", "Enter your ZIP code.");
        } else if (!get("postalCode").matches("\\d{5}(-\\d{4})?")) {
            errors.put("postalCode", "Enter a ZIP code like 12345 or 12345-6789.");
        }
        if (get("fulfillmentOptionId").isEmpty()) {
            errors.put("fulfillmentOptionId", "Choose a shipping option.");
        } else if (!validOptionIds.contains(get("fulfillmentOptionId"))) {
            errors.put("fulfillmentOptionId", "That shipping option is not available.");
        }
        return errors;
    }

    private void line(String field, String label, boolean required, Map<String, String> errors) {
        String v = get(field);
        if (v.isEmpty()) {
            if (required) {
                errors.put(field, "Enter your " + label + ".");
            }
        } else if (v.length() > MAX_LINE) {
            errors.put(field, "The " + label + " can be at most " + MAX_LINE + " characters.");
        } else if (v.indexOf('<') >= 0 || v.indexOf('>') >= 0) {
            errors.put(field, "The " + label + " cannot contain < or >.");
        }
    }

    /** A field's trimmed value ("" when absent). */
    public String get(String field) {
        String v = values.get(field);
        return v == null ? "" : v;
    }

    /** Sets a field (used to prefill from a saved address). */
    public void put(String field, String value) {
        values.put(field, value == null ? "" : value);
    }

    /** All fields, for the template. */
    public Map<String, String> getValues() {
        return values;
    }
}
