package org.evergreenloyalty.birthday;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
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

import org.evergreenloyalty.test.TestResources;
import org.junit.jupiter.api.Test;

/**
 * The birthday bundle {@code messages/evergreen-birthday*.properties}: English and German hold the same keys,
 * every key the birthday templates and Java sources use is there, every text formats, German is ASCII.
 */
class BirthdayMessagesTest {

    private static final File TEMPLATES = new File("../storefront-templates/src/main/resources/webTemplates/evergreen/birthday");
    private static final File[] SOURCES = {
        new File("../core/src/main/java/org/evergreenloyalty/birthday"),
        new File("src/main/java/org/evergreenloyalty/broadleaf/birthday"),
        new File("src/main/java/org/evergreenloyalty/web/birthday"),
    };

    @Test
    void englishAndGermanHaveTheSameKeys() throws IOException {
        Set<String> en = new TreeSet<String>(TestResources.properties("messages/evergreen-birthday.properties").stringPropertyNames());
        Set<String> de = new TreeSet<String>(TestResources.properties("messages/evergreen-birthday_de.properties").stringPropertyNames());
        assertEquals(en, de);
        assertTrue(en.size() > 50, "complete: " + en.size());
    }

    @Test
    void everyKeyInUseIsInTheBundle() throws IOException {
        Set<String> used = new TreeSet<String>();
        Pattern templateKey = Pattern.compile("#\\{([a-zA-Z0-9_.-]+)");
        List<File> templates = TestResources.files(TEMPLATES, ".html");
        assertTrue(templates.size() >= 3, "templates at " + TEMPLATES.getAbsolutePath());
        for (File f : templates) {
            Matcher m = templateKey.matcher(TestResources.read(f));
            while (m.find()) {
                used.add(m.group(1));
            }
        }
        Pattern javaKey = Pattern.compile("\"(evergreen\\.birthday\\.[a-zA-Z0-9_.-]*[a-zA-Z0-9])\"");
        for (File dir : SOURCES) {
            for (File f : TestResources.files(dir, ".java")) {
                if (f.getName().equals("DefaultBirthdaySettingsService.java")) {
                    continue; // reads the evergreen.birthday.* properties, not messages
                }
                Matcher m = javaKey.matcher(TestResources.read(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        for (RewardStatus s : RewardStatus.values()) {
            used.add("evergreen.birthday.status." + s.name());
        }
        assertTrue(used.contains("evergreen.birthday.error.noSuchDay") && used.contains("evergreen.birthday.code.notYours"),
                "the engine's keys were found: " + used);
        Properties en = TestResources.properties("messages/evergreen-birthday.properties");
        List<String> missing = new ArrayList<String>();
        for (String key : used) {
            if (!en.containsKey(key)) {
                missing.add(key);
            }
        }
        assertTrue(missing.isEmpty(), "keys used but not in the bundle: " + missing);
    }

    @Test
    void everyTextFormatsAndGermanIsAscii() throws IOException {
        for (String bundle : new String[] {"evergreen-birthday.properties", "evergreen-birthday_de.properties"}) {
            Properties p = TestResources.properties("messages/" + bundle);
            Locale locale = bundle.contains("_de") ? Locale.GERMAN : Locale.ENGLISH;
            for (String key : p.stringPropertyNames()) {
                String text = p.getProperty(key);
                assertFalse(text.trim().isEmpty(), bundle + " " + key);
                assertFalse(text.contains("'"), bundle + " " + key + ": an ASCII apostrophe means different things with and without arguments");
                if (text.contains("{")) {
                    MessageFormat f = new MessageFormat(text, locale);
                    java.text.Format[] formats = f.getFormatsByArgumentIndex();
                    Object[] args = new Object[formats.length];
                    for (int i = 0; i < args.length; i++) {
                        args[i] = formats[i] == null ? "text" + i : Integer.valueOf(1990 + i);
                    }
                    String out = f.format(args);
                    assertFalse(out.contains("{"), bundle + " " + key + " left a placeholder: " + out);
                }
            }
        }
        assertEquals("The year 2030 is in the future.", new MessageFormat(TestResources.properties("messages/evergreen-birthday.properties")
                .getProperty("evergreen.birthday.error.yearFuture"), Locale.ENGLISH).format(new Object[] {2030}), "no digit grouping in years");
        byte[] raw = Files.readAllBytes(new File("../core/src/main/resources/messages/evergreen-birthday_de.properties").toPath());
        for (byte b : raw) {
            assertTrue(b >= 0, "German bundle must be ASCII with \\u escapes (Spring reads it as ISO-8859-1)");
        }
    }

}
