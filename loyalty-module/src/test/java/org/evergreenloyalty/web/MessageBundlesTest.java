package org.evergreenloyalty.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evergreenloyalty.ledger.EntryType;
import org.evergreenloyalty.notification.EmailPreferenceService;
import org.evergreenloyalty.points.MailingPointsNotifier;
import org.evergreenloyalty.points.TierBasis;
import org.evergreenloyalty.test.TestResources;
import org.junit.jupiter.api.Test;

/**
 * The storefront's message bundles: English and German hold the same keys, every key the templates, the
 * controllers and the points engine use is there, and every text formats cleanly.
 */
class MessageBundlesTest {

    /** The storefront templates, next to this module in the repository. */
    static final File TEMPLATES = new File("../storefront-templates/src/main/resources/webTemplates/evergreen");
    /** The Java sources using the bundle: this adapter's and the engine's (module core, next to this one). */
    private static final File[] MAIN_JAVA = {new File("src/main/java/org/evergreenloyalty"), new File("../core/src/main/java/org/evergreenloyalty")};

    @Test
    void englishAndGermanHaveTheSameKeys() throws IOException {
        Set<String> en = new TreeSet<String>(TestResources.properties("messages/evergreen.properties").stringPropertyNames());
        Set<String> de = new TreeSet<String>(TestResources.properties("messages/evergreen_de.properties").stringPropertyNames());
        Set<String> onlyEn = new TreeSet<String>(en);
        onlyEn.removeAll(de);
        Set<String> onlyDe = new TreeSet<String>(de);
        onlyDe.removeAll(en);
        assertTrue(onlyEn.isEmpty(), "missing in German: " + onlyEn);
        assertTrue(onlyDe.isEmpty(), "missing in English: " + onlyDe);
        assertTrue(en.size() > 100, "the bundle is complete, not a stub: " + en.size());
    }

    @Test
    void everyKeyInUseIsInTheBundle() throws IOException {
        Properties en = TestResources.properties("messages/evergreen.properties");
        en.putAll(TestResources.properties("messages/evergreen-birthday.properties")); // the birthday feature's own bundle (BirthdayMessagesTest)
        en.putAll(TestResources.properties("messages/evergreen-campaign.properties")); // the campaigns' own bundle (CampaignMessagesTest)
        en.putAll(TestResources.properties("messages/evergreen-milestone.properties")); // the milestones' own bundle (MilestoneTest)
        en.putAll(TestResources.properties("messages/evergreen-privacy.properties")); // personal data's own bundle (PersonalDataCatalogTest)
        en.putAll(TestResources.properties("messages/evergreen-import.properties")); // points import and custom events (ImportMessagesTest)
        en.putAll(TestResources.properties("messages/evergreen-reward.properties")); // the rewards catalogue's own bundle (RewardMessagesTest)
        List<String> missing = new ArrayList<String>();
        for (String key : usedKeys()) {
            // the referral and review templates use their own bundles, messages/evergreen-referral and
            // messages/evergreen-review (checked by ReferralMessagesTest and ReviewMessagesTest)
            if (!en.containsKey(key) && !key.startsWith("evergreen.referral.") && !key.startsWith("evergreen.review.")) {
                missing.add(key);
            }
        }
        assertTrue(missing.isEmpty(), "keys used but not in the bundle: " + missing);
    }

    /** Literal keys of the templates and the Java sources, plus the keys built from enums and mail categories. */
    private static Set<String> usedKeys() throws IOException {
        Set<String> keys = new TreeSet<String>();
        assertTrue(TEMPLATES.isDirectory(), "storefront templates not found at " + TEMPLATES.getAbsolutePath());
        Pattern templateKey = Pattern.compile("#\\{([a-zA-Z0-9_.-]+)");
        int templates = 0;
        for (File f : TestResources.files(TEMPLATES, ".html")) {
            templates++;
            Matcher m = templateKey.matcher(new String(Files.readAllBytes(f.toPath()), StandardCharsets.UTF_8));
            while (m.find()) {
                keys.add(m.group(1));
            }
        }
        assertTrue(templates >= 6, "templates found: " + templates);
        // every literal evergreen.* key of the storefront, the engine's refusals and the Broadleaf adapter
        Pattern javaKey = Pattern.compile("\"(evergreen\\.(?:redeem|voucher|error|account|unsubscribe|history|tier|badge|earn)\\.[a-zA-Z0-9_.-]*[a-zA-Z0-9])\"");
        for (File f : javaSources()) {
            Matcher m = javaKey.matcher(new String(Files.readAllBytes(f.toPath()), StandardCharsets.UTF_8));
            while (m.find()) {
                keys.add(m.group(1));
            }
        }
        assertTrue(keys.contains("evergreen.redeem.error.overBalance"), "the engine's keys were found");
        for (EntryType t : EntryType.values()) {
            keys.add("evergreen.history.type." + t.name());
        }
        for (TierBasis b : TierBasis.values()) {
            keys.add("evergreen.tier.basis." + b.name());
        }
        for (String category : new String[] {EmailPreferenceService.ALL, MailingPointsNotifier.CATEGORY_AVAILABLE,
                MailingPointsNotifier.CATEGORY_EXPIRING, MailingPointsNotifier.CATEGORY_TIER,
                org.evergreenloyalty.review.ReviewEmailComposer.CATEGORY}) {
            keys.add("evergreen.mail.category." + category);
        }
        return keys;
    }

    @Test
    void everyTextFormatsWithAndWithoutArguments() throws IOException {
        for (String bundle : new String[] {"evergreen.properties", "evergreen_de.properties"}) {
            Properties p = TestResources.properties("messages/" + bundle);
            Locale locale = bundle.contains("_de") ? Locale.GERMAN : Locale.ENGLISH;
            for (String key : p.stringPropertyNames()) {
                String text = p.getProperty(key);
                assertFalse(text.trim().isEmpty(), bundle + " " + key + " is empty");
                assertFalse(text.contains("'"), bundle + " " + key + ": an ASCII apostrophe means different things with and without arguments");
                if (text.contains("{")) {
                    MessageFormat f = new MessageFormat(text, locale);
                    java.text.Format[] formats = f.getFormatsByArgumentIndex();
                    Object[] args = new Object[formats.length];
                    for (int i = 0; i < args.length; i++) {
                        args[i] = formats[i] == null ? "text" + i : Long.valueOf(1200 + i);
                    }
                    String out = f.format(args);
                    assertFalse(out.contains("{"), bundle + " " + key + " left a placeholder: " + out);
                }
            }
        }
    }

    @Test
    void choiceTextsAgreeWithTheirNumbers() throws IOException {
        Properties en = TestResources.properties("messages/evergreen.properties");
        Properties de = TestResources.properties("messages/evergreen_de.properties");
        assertEquals("1 point", new MessageFormat(en.getProperty("evergreen.badge.points"), Locale.ENGLISH).format(new Object[] {1L}));
        assertEquals("1,200 points", new MessageFormat(en.getProperty("evergreen.badge.points"), Locale.ENGLISH).format(new Object[] {1200L}));
        assertEquals("-50 points", new MessageFormat(en.getProperty("evergreen.badge.points"), Locale.ENGLISH).format(new Object[] {-50L}));
        assertEquals("1.200 Punkte", new MessageFormat(de.getProperty("evergreen.badge.points"), Locale.GERMAN).format(new Object[] {1200L}));
        assertEquals("1 Punkt", new MessageFormat(de.getProperty("evergreen.badge.points"), Locale.GERMAN).format(new Object[] {1L}));
    }

    @Test
    void germanIsWrittenInAsciiWithUnicodeEscapes() throws IOException {
        byte[] raw;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("messages/evergreen_de.properties")) {
            raw = readAll(in);
        }
        for (byte b : raw) {
            assertTrue(b >= 0, "evergreen_de.properties must be ASCII (umlauts as \\u escapes): read as ISO-8859-1 by Spring");
        }
        assertEquals("Verf\u00fcgbare Punkte", TestResources.properties("messages/evergreen_de.properties").getProperty("evergreen.account.available"));
    }

    private static byte[] readAll(InputStream in) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buf = new byte[4096];
        int n;
        while ((n = in.read(buf)) > 0) {
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    private static java.util.List<File> javaSources() {
        java.util.List<File> out = new java.util.ArrayList<File>();
        for (File root : MAIN_JAVA) {
            out.addAll(TestResources.files(root, ".java"));
        }
        return out;
    }
}
