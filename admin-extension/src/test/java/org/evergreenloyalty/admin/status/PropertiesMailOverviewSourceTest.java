package org.evergreenloyalty.admin.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.evergreenloyalty.config.EvergreenProperties;
import org.junit.jupiter.api.Test;

class PropertiesMailOverviewSourceTest {

    private EvergreenProperties properties(String host) {
        EvergreenProperties props = new EvergreenProperties();
        props.remove("evergreen.mail.host");
        if (host != null) {
            props.setProperty("evergreen.mail.host", host);
        }
        props.setProperty("evergreen.mail.port", "2525");
        props.setProperty("evergreen.mail.from", "rewards@shop.example");
        props.setProperty("evergreen.mail.fromName", "Shop Rewards");
        props.setProperty("evergreen.mail.enabled", "false");
        props.setProperty("evergreen.mail.password", "s3cret-value");
        return props;
    }

    @Test
    void showsTheConfiguredServerAndSender() {
        MailOverview mail = new PropertiesMailOverviewSource(properties("smtp.shop.example")).read();
        assertTrue(mail.isConfigured());
        assertFalse(mail.isEnabled());
        assertEquals("smtp.shop.example", mail.getHost());
        assertEquals("2525", mail.getPort());
        assertEquals("rewards@shop.example", mail.getFrom());
        assertEquals("Shop Rewards", mail.getFromName());
        assertFalse(mail.toString().contains("s3cret-value"), "the password must never be shown");
    }

    @Test
    void knowsNothingWhenNoHostIsConfigured() {
        assertNull(new PropertiesMailOverviewSource(properties(null)).read());
        assertNull(new PropertiesMailOverviewSource(properties("  ")).read());
    }

    @Test
    void readsTheModuleDefaultsShippedInTheJar() {
        MailOverview mail = new PropertiesMailOverviewSource(new EvergreenProperties()).read();
        assertEquals(new EvergreenProperties().getProperty("evergreen.mail.host").trim(), mail.getHost());
    }

    @Test
    void refusesToBeBuiltWithoutProperties() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PropertiesMailOverviewSource(null));
        assertEquals("The Evergreen properties are required", e.getMessage());
    }
}
