package org.evergreenloyalty.api;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the fields of a JSON request body (already parsed into a map) and query parameters with their types
 * checked: every field in error is collected, then {@link #check()} throws one {@link ApiProblem} naming them all.
 */
public final class ApiInput {

    /** A required field is missing or null. */
    public static final String REQUIRED = "evergreen.api.field.required";
    /** A field must be a whole number. */
    public static final String INTEGER = "evergreen.api.field.integer";
    /** A field must be text. */
    public static final String STRING = "evergreen.api.field.string";
    /** A whole number is below its minimum ({0}). */
    public static final String MIN = "evergreen.api.field.min";

    private final Map<String, Object> body;
    private final List<ApiProblem.FieldProblem> errors = new ArrayList<ApiProblem.FieldProblem>();

    public ApiInput(Map<String, Object> body) {
        this.body = body;
    }

    /** A required whole number; null (and an error) when missing or not a whole number. */
    public Long requiredLong(String field) {
        Object v = body.get(field);
        if (v == null) {
            errors.add(new ApiProblem.FieldProblem(field, REQUIRED));
            return null;
        }
        Long n = wholeNumber(v);
        if (n == null) {
            errors.add(new ApiProblem.FieldProblem(field, INTEGER));
        }
        return n;
    }

    /** An optional whole number (null when absent); an error when present but not a whole number. */
    public Long optionalLong(String field) {
        return body.get(field) == null ? null : requiredLong(field);
    }

    /** A required, non-blank text. */
    public String requiredString(String field) {
        String s = optionalString(field);
        if (body.get(field) != null && s == null) {
            return null; // wrong type, already reported
        }
        if (s == null || s.trim().isEmpty()) {
            errors.add(new ApiProblem.FieldProblem(field, REQUIRED));
            return null;
        }
        return s;
    }

    /** An optional text (null when absent); an error when present but not text. */
    public String optionalString(String field) {
        Object v = body.get(field);
        if (v == null) {
            return null;
        }
        if (!(v instanceof String)) {
            errors.add(new ApiProblem.FieldProblem(field, STRING));
            return null;
        }
        return (String) v;
    }

    /** Throws the collected field errors as one 400 problem; does nothing when there are none. */
    public void check() {
        if (!errors.isEmpty()) {
            throw ApiProblem.validation(errors);
        }
    }

    /**
     * A 1-based page number from a query parameter: absent gives 1; anything but a whole number of at least 1
     * is a 400 naming {@code field}.
     */
    public static int page(String field, String raw) {
        if (raw == null) {
            return 1;
        }
        String t = raw.trim();
        if (!t.matches("-?\\d{1,9}")) {
            throw ApiProblem.field(field, INTEGER);
        }
        int page = Integer.parseInt(t);
        if (page < 1) {
            throw ApiProblem.field(field, MIN, 1);
        }
        return page;
    }

    /** The whole number {@code v} holds (JSON integers only: no decimals, no text), or null. */
    static Long wholeNumber(Object v) {
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof BigInteger) {
            BigInteger b = (BigInteger) v;
            return b.bitLength() < 63 ? b.longValue() : null;
        }
        if (v instanceof BigDecimal) {
            try {
                return ((BigDecimal) v).longValueExact();
            } catch (ArithmeticException e) {
                return null;
            }
        }
        return null;
    }
}
