package org.evergreenloyalty.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.evergreenloyalty.architecture.CoreImportsTest;
import org.junit.jupiter.api.Test;

/**
 * The campaign texts (messages/evergreen-campaign): English and German have the same keys, every key the engine's
 * validation names is there, and every text formats with arguments.
 */
class CampaignMessagesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = CampaignMessagesTest.class.getClassLoader().getResourceAsStream("messages/" + name)) {
            p.load(in);
        }
        return p;
    }

    @Test
    void englishAndGermanHaveTheSameKeysAndEveryValidationKey() throws IOException {
        Properties en = load("evergreen-campaign.properties");
        Properties de = load("evergreen-campaign_de.properties");
        assertEquals(new TreeSet<String>(en.stringPropertyNames()), new TreeSet<String>(de.stringPropertyNames()));
        String sources = new String(Files.readAllBytes(CoreImportsTest.coreSources().resolve("main/java/org/evergreenloyalty/campaign/CampaignValidator.java")),
                StandardCharsets.UTF_8) + new String(Files.readAllBytes(CoreImportsTest.coreSources().resolve(
                "main/java/org/evergreenloyalty/campaign/DefaultCampaignService.java")), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("\"(campaign\\.error\\.[a-zA-Z]+)\"").matcher(sources);
        int found = 0;
        while (m.find()) {
            found++;
            assertTrue(en.containsKey(m.group(1)), m.group(1));
        }
        assertTrue(found > 10, "the validation keys were found: " + found);
    }

    @Test
    void everyTextFormats() throws IOException {
        for (String name : new String[] {"evergreen-campaign.properties", "evergreen-campaign_de.properties"}) {
            Properties p = load(name);
            for (String key : p.stringPropertyNames()) {
                if (key.endsWith("dayFormat")) {
                    continue;
                }
                String text = new MessageFormat(p.getProperty(key), Locale.ENGLISH).format(new Object[] {3, 2, "y", "z"});
                assertTrue(!text.isEmpty() && !text.contains("{"), name + " " + key + ": " + text);
            }
        }
    }
}
