package org.evergreenloyalty.pointsimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.evergreenloyalty.architecture.CoreImportsTest;
import org.evergreenloyalty.customevent.LimitPeriod;
import org.junit.jupiter.api.Test;

/**
 * The texts of points import and custom events (messages/evergreen-import): English and German have the same keys,
 * every refusal, over-limit period and every key the two packages name has a text, and every text formats.
 */
class ImportMessagesTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ImportMessagesTest.class.getResourceAsStream("/messages/" + name)) {
            p.load(in);
        }
        return p;
    }

    @Test
    void englishAndGermanHaveTheSameKeysAndEveryKeyInUse() throws IOException {
        Properties en = load("evergreen-import.properties");
        Properties de = load("evergreen-import_de.properties");
        assertEquals(new TreeSet<String>(en.stringPropertyNames()), new TreeSet<String>(de.stringPropertyNames()));
        for (Refusal r : Refusal.values()) {
            assertTrue(en.containsKey(r.messageKey()), r.messageKey());
        }
        for (LimitPeriod p : LimitPeriod.values()) {
            assertTrue(en.containsKey("customevent.error.overLimit." + p.name()), p.name());
        }
        StringBuilder sources = new StringBuilder();
        for (String pkg : new String[] {"pointsimport", "customevent"}) {
            try (Stream<Path> files = Files.list(CoreImportsTest.coreSources().resolve("main/java/org/evergreenloyalty/" + pkg))) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    sources.append(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
                }
            }
        }
        Matcher m = Pattern.compile("\"((?:import|customevent)\\.(?:file|request|error)\\.[a-zA-Z]+)\"").matcher(sources);
        int found = 0;
        while (m.find()) {
            found++;
            assertTrue(en.containsKey(m.group(1)), m.group(1));
        }
        assertTrue(found > 15, "the keys were found: " + found);
    }

    @Test
    void everyTextFormats() throws IOException {
        for (String name : new String[] {"evergreen-import.properties", "evergreen-import_de.properties"}) {
            Properties p = load(name);
            for (String key : p.stringPropertyNames()) {
                String text = new MessageFormat(p.getProperty(key), Locale.ENGLISH).format(new Object[] {3, 2});
                assertTrue(!text.isEmpty() && !text.contains("{"), name + " " + key + ": " + text);
            }
        }
    }
}
