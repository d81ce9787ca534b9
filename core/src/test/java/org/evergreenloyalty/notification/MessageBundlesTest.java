package org.evergreenloyalty.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.evergreenloyalty.architecture.CoreImportsTest;
import org.junit.jupiter.api.Test;

/**
 * The engine's texts are complete in English and German: every bundle of {@code messages/} has a German twin with the
 * same keys and the same placeholders, and no engine class writes an e-mail subject or text in English itself.
 */
class MessageBundlesTest {

    /** core's sources (also when core's suite runs from core-jakarta, next to it). */
    private static final Path SRC = CoreImportsTest.coreSources();
    private static final Path MESSAGES = SRC.resolve("main/resources/messages");
    private static final Path SOURCES = SRC.resolve("main/java");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    /** A subject given as a literal, or a template variable holding English words. */
    private static final Pattern HARD_CODED = Pattern.compile(
            "\\.subject\\(\\s*\"|MailSubject\\.text\\(\\s*\"|\\.variable\\(\\s*\"\\w+\"\\s*,\\s*\"[A-Za-z][^\"]* [^\"]*\"");

    @Test
    void everyBundleHasTheSameKeysAndPlaceholdersInEnglishAndGerman() throws IOException {
        List<Path> english = bundles();
        assertTrue(english.size() >= 7, "bundles found: " + english);
        List<String> problems = new ArrayList<String>();
        for (Path en : english) {
            Path de = en.resolveSibling(en.getFileName().toString().replace(".properties", "_de.properties"));
            assertTrue(Files.exists(de), "no German bundle beside " + en);
            Properties e = load(en);
            Properties d = load(de);
            for (String key : new TreeSet<String>(e.stringPropertyNames())) {
                if (!d.containsKey(key)) {
                    problems.add(de.getFileName() + " lacks " + key);
                } else if (!placeholders(e.getProperty(key)).equals(placeholders(d.getProperty(key)))) {
                    problems.add(key + ": placeholders differ between " + en.getFileName() + " and " + de.getFileName());
                }
            }
            for (String key : d.stringPropertyNames()) {
                if (!e.containsKey(key)) {
                    problems.add(en.getFileName() + " lacks " + key);
                }
            }
        }
        assertEquals(new ArrayList<String>(), problems);
    }

    @Test
    void noEngineClassWritesEmailTextsInEnglish() throws IOException {
        List<String> found = new ArrayList<String>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList())) {
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    if (HARD_CODED.matcher(lines.get(i)).find()) {
                        found.add(SOURCES.relativize(f) + ":" + (i + 1) + ": " + lines.get(i).trim());
                    }
                }
            }
        }
        assertEquals(new ArrayList<String>(), found, "texts belong in messages/*.properties (English and German)");
    }

    @Test
    void theCheckRecognisesAHardCodedSubject() {
        assertTrue(HARD_CODED.matcher(".subject(\"Happy birthday\")").find());
        assertTrue(HARD_CODED.matcher(".variable(\"greeting\", \"Hello there\")").find());
        assertFalse(HARD_CODED.matcher(".subject(MailSubject.key(\"evergreen.mail.birthday.subject\", name))").find());
        assertFalse(HARD_CODED.matcher(".variable(\"lastValidDayIso\", \"2027-03-14\")").find());
    }

    private static List<Path> bundles() throws IOException {
        try (Stream<Path> files = Files.list(MESSAGES)) {
            return files.filter(p -> p.toString().endsWith(".properties") && !p.getFileName().toString().contains("_"))
                    .sorted().collect(Collectors.toList());
        }
    }

    private static Properties load(Path p) throws IOException {
        Properties props = new Properties();
        try (InputStream in = Files.newInputStream(p)) {
            props.load(in);
        }
        return props;
    }

    private static TreeSet<String> placeholders(String text) {
        TreeSet<String> found = new TreeSet<String>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
