package org.evergreenloyalty.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evergreenloyalty.test.TestResources;
import org.junit.jupiter.api.Test;

/** Every message key the referral code and templates use exists in English and German. */
class ReferralMessagesTest {

    private static final Pattern KEY = Pattern.compile("\"(evergreen\\.referral\\.[A-Za-z0-9.]+[A-Za-z0-9])\"");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{(evergreen\\.referral\\.[A-Za-z0-9.]+[A-Za-z0-9])");

    @Test
    void englishAndGermanHaveTheSameKeys() throws IOException {
        assertEquals(TestResources.properties("messages/evergreen-referral.properties").stringPropertyNames(),
                TestResources.properties("messages/evergreen-referral_de.properties").stringPropertyNames());
    }

    @Test
    void everyTextFormatsAndHasNoAsciiApostrophe() throws IOException {
        for (String bundle : new String[] {"messages/evergreen-referral.properties", "messages/evergreen-referral_de.properties"}) {
            Properties p = TestResources.properties(bundle);
            for (String key : p.stringPropertyNames()) {
                String text = p.getProperty(key);
                assertTrue(!text.trim().isEmpty(), bundle + " " + key + " is empty");
                assertTrue(text.indexOf('\'') < 0, bundle + " " + key + ": an ASCII apostrophe means different things with and without arguments");
                String formatted = new java.text.MessageFormat(text, java.util.Locale.ROOT).format(new Object[] {"a", "b", "c"});
                assertTrue(!formatted.contains("{"), bundle + " " + key + " leaves a placeholder: " + formatted);
            }
        }
    }

    @Test
    void everyKeyInTheCodeAndTemplatesExists() throws IOException {
        Set<String> used = new TreeSet<String>();
        for (CodeCheck.Outcome o : CodeCheck.Outcome.values()) {
            used.add(o.getMessageKey());
        }
        for (Attribution.Outcome o : Attribution.Outcome.values()) {
            if (o.getMessageKey() != null) {
                used.add(o.getMessageKey());
            }
        }
        for (ReferralStatus s : ReferralStatus.values()) {
            used.add(new ReferralLine(null, s, null, null, null, null, null).getStatusKey());
        }
        for (String dir : new String[] {"../core/src/main/java/org/evergreenloyalty/referral", "src/main/java/org/evergreenloyalty/web/referral",
                "src/main/java/org/evergreenloyalty/broadleaf/referral"}) {
            collect(new File(dir), KEY, used);
        }
        collect(new File("../storefront-templates/src/main/resources/webTemplates/evergreen/referral"), TEMPLATE_KEY, used);
        used.removeAll(TestResources.properties("config/evergreen/evergreen-defaults.properties").stringPropertyNames());
        assertTrue(used.size() > 60, "found the keys: " + used.size());
        Properties en = TestResources.properties("messages/evergreen-referral.properties");
        Properties de = TestResources.properties("messages/evergreen-referral_de.properties");
        List<String> missing = new ArrayList<String>();
        for (String k : used) {
            if (!en.containsKey(k) || !de.containsKey(k)) {
                missing.add(k);
            }
        }
        assertTrue(missing.isEmpty(), "missing keys: " + missing);
    }

    private static void collect(File dir, Pattern p, Set<String> into) throws IOException {
        File[] files = dir.listFiles();
        assertTrue(files != null && files.length > 0, "no files in " + dir.getAbsolutePath());
        for (File f : files) {
            if (f.isDirectory()) {
                collect(f, p, into);
                continue;
            }
            Matcher m = p.matcher(TestResources.read(f));
            while (m.find()) {
                into.add(m.group(1));
            }
        }
    }

}
