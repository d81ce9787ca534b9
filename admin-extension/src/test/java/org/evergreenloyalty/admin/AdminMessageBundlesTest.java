package org.evergreenloyalty.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evergreenloyalty.test.TestResources;
import org.junit.jupiter.api.Test;

/**
 * The admin pages' texts: {@code EvergreenAdminMessages} holds the same keys in English and German, the German file
 * is plain ASCII (Broadleaf 3.1's message source reads .properties as ISO-8859-1, so umlauts are \\u escapes), every
 * text formats cleanly, and every key the admin templates and controllers name is in the admin bundle or in one of
 * the engine's bundles, in both languages.
 */
class AdminMessageBundlesTest {

    private static final String EN = "messages/EvergreenAdminMessages.properties";
    private static final String DE = "messages/EvergreenAdminMessages_de.properties";
    /** The engine's bundles the admin pages use too (webhooks, integrity, dashboard, birthday, referral and review texts). */
    private static final String[] ENGINE_BUNDLES = {"evergreen", "evergreen-integrity", "evergreen-insights", "evergreen-birthday",
        "evergreen-referral", "evergreen-review", "evergreen-reward"};

    private static final File TEMPLATES = new File("src/main/resources/open_admin_style/templates/views/loyalty");
    private static final File JAVA = new File("src/main/java/org/evergreenloyalty/admin");

    @Test
    void englishAndGermanHaveTheSameKeys() throws IOException {
        Set<String> en = new TreeSet<String>(TestResources.properties(EN).stringPropertyNames());
        Set<String> de = new TreeSet<String>(TestResources.properties(DE).stringPropertyNames());
        Set<String> onlyEn = new TreeSet<String>(en);
        onlyEn.removeAll(de);
        Set<String> onlyDe = new TreeSet<String>(de);
        onlyDe.removeAll(en);
        assertTrue(onlyEn.isEmpty(), "missing in German: " + onlyEn);
        assertTrue(onlyDe.isEmpty(), "missing in English: " + onlyDe);
        assertTrue(en.size() > 500, "the bundle is complete, not a stub: " + en.size());
    }

    @Test
    void germanIsAsciiWithEscapedUmlauts() throws IOException {
        byte[] raw;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(DE)) {
            raw = readAll(in);
        }
        for (int i = 0; i < raw.length; i++) {
            assertTrue(raw[i] >= 0, "byte " + i + " of " + DE + " is not ASCII: write it as a \\uXXXX escape");
        }
        Properties de = TestResources.properties(DE);
        assertEquals("Pr\u00e4mie", de.getProperty("evergreen.reviews.reward"));
        assertEquals("Kunden im Treueprogramm", de.getProperty("evergreen.customers.title"));
    }

    @Test
    void everyTextFormatsWithAndWithoutArguments() throws IOException {
        for (String bundle : new String[] {EN, DE}) {
            Properties p = TestResources.properties(bundle);
            Locale locale = bundle.equals(DE) ? Locale.GERMAN : Locale.ENGLISH;
            for (String key : p.stringPropertyNames()) {
                String text = p.getProperty(key);
                assertFalse(text.trim().isEmpty(), bundle + " " + key + " is empty");
                if (text.contains("{")) {
                    assertFalse(text.contains("'"), bundle + " " + key + ": an apostrophe in a MessageFormat pattern vanishes");
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
        Properties de = TestResources.properties(DE);
        assertEquals("Geburtstagspr\u00e4mien werden 1 Tag vor dem Geburtstag ausgegeben; die Tage werden in der Zeitzone des"
                + " Shops Europe/Berlin gez\u00e4hlt.", new MessageFormat(de.getProperty("evergreen.birthdays.state.on"), Locale.GERMAN)
                .format(new Object[] {1, "Europe/Berlin"}));
    }

    @Test
    void everyKeyTheAdminNamesIsThereInBothLanguages() throws IOException {
        Properties en = TestResources.properties(EN);
        Properties de = TestResources.properties(DE);
        for (String b : ENGINE_BUNDLES) {
            en.putAll(TestResources.properties("messages/" + b + ".properties"));
            de.putAll(TestResources.properties("messages/" + b + "_de.properties"));
        }
        Set<String> used = new TreeSet<String>();
        collect(TEMPLATES, ".html", Pattern.compile("#\\{([A-Za-z0-9_.]+[A-Za-z0-9_])|msg\\('([A-Za-z0-9_.]+[A-Za-z0-9_])'\\)"), used);
        collect(JAVA, ".java", Pattern.compile("(?:text|reject|notFound)\\([^\"]*\"((?:evergreen|insights)\\.[A-Za-z0-9_.]+[A-Za-z0-9_])\""), used);
        assertTrue(used.size() > 300, "keys found: " + used.size());
        assertTrue(used.contains("evergreen.form.datePlaceholder") && used.contains("evergreen.adjust.done"), "templates and Java were read");
        List<String> missing = new ArrayList<String>();
        for (String key : used) {
            if (!en.containsKey(key) || !de.containsKey(key)) {
                missing.add(key + (en.containsKey(key) ? " (German)" : " (English)"));
            }
        }
        assertTrue(missing.isEmpty(), "keys used by the admin but not in its bundles: " + missing);
    }

    private static void collect(File dir, String suffix, Pattern key, Set<String> into) throws IOException {
        List<File> files = TestResources.files(dir, suffix);
        assertFalse(files.isEmpty(), "nothing found under " + dir.getAbsolutePath());
        for (File f : files) {
            Matcher m = key.matcher(TestResources.read(f));
            while (m.find()) {
                into.add(m.group(1) != null ? m.group(1) : m.group(2));
            }
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        for (int n; (n = in.read(buf)) > 0; ) {
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }
}
