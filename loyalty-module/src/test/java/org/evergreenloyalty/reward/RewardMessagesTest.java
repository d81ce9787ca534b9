package org.evergreenloyalty.reward;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evergreenloyalty.test.TestResources;
import org.junit.jupiter.api.Test;

/**
 * The rewards bundle {@code messages/evergreen-reward*.properties}: English and German hold the same keys, every key
 * the rewards template and the Java sources use is there (with one per kind and status), and every text formats.
 */
class RewardMessagesTest {

    private static final File TEMPLATE = new File("../storefront-templates/src/main/resources/webTemplates/evergreen/account/rewards.html");
    private static final File[] SOURCES = {
        new File("../core/src/main/java/org/evergreenloyalty/reward"),
        new File("src/main/java/org/evergreenloyalty/web/reward"),
    };

    @Test
    void englishAndGermanHaveTheSameKeys() throws IOException {
        Set<String> en = new TreeSet<String>(TestResources.properties("messages/evergreen-reward.properties").stringPropertyNames());
        Set<String> de = new TreeSet<String>(TestResources.properties("messages/evergreen-reward_de.properties").stringPropertyNames());
        assertEquals(en, de);
        assertTrue(en.size() > 40, "complete: " + en.size());
    }

    @Test
    void everyKeyInUseIsInTheBundle() throws IOException {
        Set<String> used = new TreeSet<String>();
        Matcher t = Pattern.compile("#\\{(evergreen\\.reward\\.[a-zA-Z0-9_.-]+)").matcher(TestResources.read(TEMPLATE));
        while (t.find()) {
            used.add(t.group(1));
        }
        Pattern javaKey = Pattern.compile("\"(evergreen\\.reward\\.[a-zA-Z0-9_.-]*[a-zA-Z0-9])\"");
        for (File dir : SOURCES) {
            for (File f : TestResources.files(dir, ".java")) {
                Matcher m = javaKey.matcher(TestResources.read(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertTrue(used.contains("evergreen.reward.error.overBalance"), "the engine's keys were found: " + used);
        for (RewardKind k : RewardKind.values()) {
            used.add("evergreen.reward.kind." + k.name());
        }
        for (ClaimStatus s : ClaimStatus.values()) {
            used.add("evergreen.reward.status." + s.name());
        }
        Properties en = TestResources.properties("messages/evergreen-reward.properties");
        Set<String> missing = new TreeSet<String>(used);
        missing.removeAll(en.stringPropertyNames());
        assertTrue(missing.isEmpty(), "keys used but not in the bundle: " + missing);
    }

    @Test
    void everyTextFormats() throws IOException {
        for (String bundle : new String[] {"evergreen-reward.properties", "evergreen-reward_de.properties"}) {
            Properties p = TestResources.properties("messages/" + bundle);
            Locale locale = bundle.contains("_de") ? Locale.GERMAN : Locale.ENGLISH;
            for (String key : p.stringPropertyNames()) {
                String text = p.getProperty(key);
                assertFalse(text.contains("'"), bundle + " " + key + ": no ASCII apostrophes");
                String out = new MessageFormat(text, locale).format(new Object[] {1200L, 1201L, 1202L});
                assertFalse(out.contains("{"), bundle + " " + key + " left a placeholder: " + out);
            }
        }
        assertEquals("This reward costs 800 points; you can spend 700.", new MessageFormat(TestResources
                .properties("messages/evergreen-reward.properties").getProperty("evergreen.reward.error.overBalance"), Locale.ENGLISH)
                .format(new Object[] {800L, 700L}));
    }
}
