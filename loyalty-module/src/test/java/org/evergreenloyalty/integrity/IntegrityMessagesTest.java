package org.evergreenloyalty.integrity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.broadleafcommerce.common.util.BroadleafMergeResourceBundleMessageSource;
import org.evergreenloyalty.test.TestResources;
import org.junit.jupiter.api.Test;

/**
 * The integrity texts exist in English and German with the same keys (every finding kind and e-mail status has
 * its line), the German file is ASCII, a finding reads as a sentence in both languages, and the amount rule
 * allows the rounding down of the points' money value and nothing more.
 */
class IntegrityMessagesTest {

    @Test
    void englishAndGermanHaveTheSameKeysAndEveryKindAndStatusHasItsText() throws Exception {
        Properties en = TestResources.properties("messages/evergreen-integrity.properties");
        Properties de = TestResources.properties("messages/evergreen-integrity_de.properties");
        assertEquals(new TreeSet<String>(en.stringPropertyNames()), new TreeSet<String>(de.stringPropertyNames()));
        Set<String> keys = en.stringPropertyNames();
        for (FindingKind k : FindingKind.values()) {
            assertTrue(keys.contains("evergreen.integrity.finding." + k.name()), k.name());
        }
        for (FindingGroup g : FindingGroup.values()) {
            assertTrue(keys.contains("evergreen.integrity.group." + g.name()), g.name());
        }
        for (IntegrityRun.MailStatus s : IntegrityRun.MailStatus.values()) {
            assertTrue(keys.contains("evergreen.integrity.page.mail." + s.name()), s.name());
        }
    }

    @Test
    void theGermanBundleIsAscii() throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("messages/evergreen-integrity_de.properties")) {
            int b;
            while ((b = in.read()) >= 0) {
                assertTrue(b < 128, "ASCII only (umlauts as \\u escapes)");
            }
        }
    }

    @Test
    void aFindingReadsAsASentenceInBothLanguages() {
        BroadleafMergeResourceBundleMessageSource source = new BroadleafMergeResourceBundleMessageSource();
        source.setBasenames("classpath:messages/evergreen-integrity");
        source.setFallbackToSystemLocale(false);
        IntegrityTexts texts = new IntegrityTexts(source);
        IntegrityFinding f = IntegrityFinding.of(FindingKind.DISCOUNT_NOT_BOOKED).order(12, "O-12", 7L).code("PTS-ABC").points(500L, null);
        assertEquals("Order O-12 (customer 7): points discount PTS-ABC worth 500 points has no REDEEM entry.",
                texts.finding(Locale.ENGLISH, f));
        String german = texts.finding(Locale.GERMAN, f);
        assertTrue(german.startsWith("Bestellung O-12 (Kunde 7): Punkterabatt PTS-ABC"), german);
        String intro = texts.text(Locale.ENGLISH, "evergreen.integrity.mail.intro", 3, 9);
        assertTrue(intro.contains("store's orders") && intro.contains("run 9"), intro);
        assertFalse(texts.text(Locale.GERMAN, "evergreen.integrity.finding.PENDING_DIFFERS", "-", 7, "-", 1, 2, "-").contains("{"));
    }

    @Test
    void aDiscountMatchesThePointsWhoseMoneyValueRoundsDownToIt() {
        BigDecimal ratio = BigDecimal.valueOf(100);
        assertTrue(IntegrityCheck.matches(500, new BigDecimal("5.00000"), ratio));
        assertFalse(IntegrityCheck.matches(400, new BigDecimal("5.00"), ratio));
        assertFalse(IntegrityCheck.matches(600, new BigDecimal("5.00"), ratio));
        BigDecimal odd = BigDecimal.valueOf(3);
        assertTrue(IntegrityCheck.matches(100, new BigDecimal("33.33"), odd), "100 points / 3 = 33.33 rounded down");
        assertFalse(IntegrityCheck.matches(103, new BigDecimal("33.33"), odd));
    }

    @Test
    void theCheckRunsNightlyByDefaultAndMailsNobodyUntilAContactIsSet() throws Exception {
        Properties defaults = TestResources.properties("config/evergreen/evergreen-defaults.properties");
        assertEquals("0 45 3 * * ?", defaults.getProperty("evergreen.job.integrity-check.cron"));
        assertEquals("evergreen.job.integrity-check.cron", new org.evergreenloyalty.integrity.jobs.IntegrityCheckJob(null).getCronPropertyKey());
        assertEquals("", defaults.getProperty("evergreen.integrity.contactEmail"));
        assertEquals("en", defaults.getProperty("evergreen.integrity.mailLocale"));
    }
}
