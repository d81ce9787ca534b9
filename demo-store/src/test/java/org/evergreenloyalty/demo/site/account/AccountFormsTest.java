package org.evergreenloyalty.demo.site.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AccountFormsTest {

    @Test
    void emails() {
        Map<String, String> e = new LinkedHashMap<String, String>();
        AccountForms.checkEmail("email", "alice@example.com", e);
        AccountForms.checkEmail("email", "o'neil+shop@mail.example.co.uk", e);
        assertTrue(e.isEmpty(), e.toString());
        for (String bad : new String[] {"alice", "alice@", "@example.com", "alice@example", "a b@example.com", "a@b@c.com"}) {
            e.clear();
            AccountForms.checkEmail("email", bad, e);
            assertEquals("\"" + bad + "\" is not a valid e-mail address.", e.get("email"));
        }
        e.clear();
        AccountForms.checkEmail("email", "", e);
        assertEquals("Enter your e-mail address.", e.get("email"));
    }

    @Test
    void names() {
        Map<String, String> e = new LinkedHashMap<String, String>();
        AccountForms.checkName("firstName", "first name", "Zoë", e);
        assertNull(e.get("firstName"));
        AccountForms.checkName("firstName", "first name", "", e);
        assertEquals("Enter your first name.", e.get("firstName"));
        AccountForms.checkName("lastName", "last name", "<script>", e);
        assertEquals("Your last name cannot contain < or >.", e.get("lastName"));
    }

    @Test
    void passwords() {
        Map<String, String> e = new LinkedHashMap<String, String>();
        AccountForms.checkNewPassword("Password1!", "Password1!", e);
        assertTrue(e.isEmpty());
        AccountForms.checkNewPassword("short", "short", e);
        assertEquals("Your password must be 8 to 64 characters long.", e.get("password"));
        e.clear();
        AccountForms.checkNewPassword("Password1!", "Password2!", e);
        assertEquals("The two passwords do not match.", e.get("passwordConfirm"));
        e.clear();
        AccountForms.checkNewPassword(null, null, e);
        assertEquals("Choose a password.", e.get("password"));
    }
}
