package org.evergreenloyalty.demo.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LauncherSettingsTest {

    private static final String[] KEYS = {LauncherSettings.SITE_PORT, LauncherSettings.ADMIN_PORT, LauncherSettings.DB_URL,
        LauncherSettings.DATA_DIR, LauncherSettings.MAIL_HOST, LauncherSettings.SMTP_PORT};

    @AfterEach
    void clear() {
        for (String k : KEYS) {
            System.clearProperty(k);
        }
    }

    @Test
    void defaults() {
        LauncherSettings s = LauncherSettings.fromSystemProperties();
        assertEquals(8080, s.sitePort());
        assertEquals(8081, s.adminPort());
        assertEquals(3025, s.smtpPort());
        assertEquals("evergreen-data", s.dataDir().getName());
        assertFalse(s.externalDatabase());
        assertFalse(s.externalMail());
    }

    @Test
    void overrides() {
        System.setProperty(LauncherSettings.SITE_PORT, "9090");
        System.setProperty(LauncherSettings.DB_URL, "jdbc:postgresql://127.0.0.1/evergreen");
        System.setProperty(LauncherSettings.MAIL_HOST, "smtp.example.com");
        LauncherSettings s = LauncherSettings.fromSystemProperties();
        assertEquals(9090, s.sitePort());
        assertTrue(s.externalDatabase());
        assertTrue(s.externalMail());
    }

    @Test
    void badValuesAreRejectedWithTheirName() {
        System.setProperty(LauncherSettings.SITE_PORT, "http");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, LauncherSettings::fromSystemProperties);
        assertTrue(e.getMessage().contains("-Dsite.port"), e.getMessage());
        System.setProperty(LauncherSettings.SITE_PORT, "8081");
        e = assertThrows(IllegalArgumentException.class, LauncherSettings::fromSystemProperties);
        assertTrue(e.getMessage().contains("must differ"), e.getMessage());
        System.clearProperty(LauncherSettings.SITE_PORT);
        System.setProperty(LauncherSettings.DB_URL, "jdbc:mysql://x/y");
        e = assertThrows(IllegalArgumentException.class, LauncherSettings::fromSystemProperties);
        assertTrue(e.getMessage().contains("jdbc:postgresql"), e.getMessage());
    }

    @Test
    void importFilesHoldBroadleafsAdminSqlThatExists() {
        List<String> files = DatabaseSetup.importFiles();
        assertEquals("/config/bc/sql/load_admin_permissions.sql", files.get(0));
        for (String f : files) {
            assertTrue(DatabaseSetup.class.getResource(f) != null, f + " is listed but missing");
        }
    }
}
