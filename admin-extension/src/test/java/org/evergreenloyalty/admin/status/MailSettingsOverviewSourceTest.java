package org.evergreenloyalty.admin.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Properties;

import org.evergreenloyalty.notification.MailSettings;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;

class MailSettingsOverviewSourceTest {

    private MailSettingsOverviewSource sourceOver(Object bean) {
        GenericApplicationContext ctx = new GenericApplicationContext();
        if (bean != null) {
            ctx.getBeanFactory().registerSingleton("evgMailSettings", bean);
        }
        ctx.refresh();
        NamedBeanLookup<MailSettings> lookup = new NamedBeanLookup<MailSettings>("evgMailSettings", MailSettings.class);
        lookup.setApplicationContext(ctx);
        return new MailSettingsOverviewSource(lookup);
    }

    @Test
    void showsServerPortEncryptionAndSenderButNoPassword() {
        Properties p = new Properties();
        p.setProperty("evergreen.mail.enabled", "false");
        p.setProperty("evergreen.mail.host", "smtp.shop.example");
        p.setProperty("evergreen.mail.port", "2525");
        p.setProperty("evergreen.mail.starttls", "true");
        p.setProperty("evergreen.mail.from", "rewards@shop.example");
        p.setProperty("evergreen.mail.fromName", "Shop Rewards");
        p.setProperty("evergreen.mail.password", "s3cret-value");

        MailOverview mail = sourceOver(MailSettings.fromProperties(p)).read();

        assertTrue(mail.isConfigured());
        assertFalse(mail.isEnabled());
        assertEquals("smtp.shop.example", mail.getHost());
        assertEquals(2525, mail.getPort());
        assertTrue(mail.isStarttls());
        assertEquals("rewards@shop.example", mail.getFrom());
        assertEquals("Shop Rewards", mail.getFromName());
        assertFalse(mail.toString().contains("s3cret-value"));
    }

    @Test
    void knowsNothingWithoutTheBean() {
        assertNull(sourceOver(null).read());
    }
}
