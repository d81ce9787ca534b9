package org.evergreenloyalty.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The shopper API's type checks: JSON integers only, every faulty field named in one problem, pages from 1. */
class ApiInputTest {

    private static Map<String, Object> body(Object... kv) {
        Map<String, Object> m = new HashMap<String, Object>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void wholeNumbersOnly() {
        assertEquals(Long.valueOf(500), ApiInput.wholeNumber(500));
        assertEquals(Long.valueOf(5_000_000_000L), ApiInput.wholeNumber(5_000_000_000L));
        assertEquals(Long.valueOf(7), ApiInput.wholeNumber(new BigDecimal("7.0")));
        assertNull(ApiInput.wholeNumber(new BigDecimal("1.5")));
        assertNull(ApiInput.wholeNumber(new BigInteger("99999999999999999999999")));
        assertNull(ApiInput.wholeNumber("500"));
        assertNull(ApiInput.wholeNumber(Boolean.TRUE));
    }

    @Test
    void everyFaultyFieldIsNamedInOneProblem() {
        ApiInput in = new ApiInput(body("points", "500", "title", 4));
        in.requiredLong("points");
        in.optionalString("title");
        in.requiredString("token");
        in.optionalLong("rating");
        ApiProblem p = assertThrows(ApiProblem.class, in::check);
        assertEquals(400, p.getStatus());
        assertEquals(ApiProblem.VALIDATION, p.getCode());
        assertEquals(3, p.getErrors().size());
        assertEquals("points", p.getErrors().get(0).getField());
        assertEquals(ApiInput.INTEGER, p.getErrors().get(0).getCode());
        assertEquals(ApiInput.STRING, p.getErrors().get(1).getCode());
        assertEquals("token", p.getErrors().get(2).getField());
        assertEquals(ApiInput.REQUIRED, p.getErrors().get(2).getCode());
    }

    @Test
    void validInputPasses() {
        ApiInput in = new ApiInput(body("points", 300, "token", "abc"));
        assertEquals(Long.valueOf(300), in.requiredLong("points"));
        assertEquals("abc", in.requiredString("token"));
        assertNull(in.optionalLong("rating"));
        in.check();
    }

    @Test
    void pagesStartAtOne() {
        assertEquals(1, ApiInput.page("page", null));
        assertEquals(3, ApiInput.page("page", " 3 "));
        for (String bad : new String[] {"0", "-1", "abc", "1.5", "", "9999999999"}) {
            ApiProblem p = assertThrows(ApiProblem.class, () -> ApiInput.page("page", bad), bad);
            assertEquals("page", p.getErrors().get(0).getField());
        }
    }
}
