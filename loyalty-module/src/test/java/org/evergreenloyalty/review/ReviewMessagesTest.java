package org.evergreenloyalty.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
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

import org.evergreenloyalty.test.TestResources;
import org.junit.jupiter.api.Test;

/** The review bundle: English and German hold the same keys, every key the code and templates use, clean formats. */
class ReviewMessagesTest {

    private static final Pattern KEY = Pattern.compile("\"(evergreen\\.review\\.[A-Za-z0-9.]+[A-Za-z0-9])\"");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{(evergreen\\.review\\.[A-Za-z0-9.]+[A-Za-z0-9])");

    @Test
    void englishAndGermanHaveTheSameKeys() throws IOException {
        assertEquals(TestResources.properties("messages/evergreen-review.properties").stringPropertyNames(),
                TestResources.properties("messages/evergreen-review_de.properties").stringPropertyNames());
    }

    @Test
    void everyTextFormatsAndHasNoAsciiApostrophe() throws IOException {
        for (String bundle : new String[] {"messages/evergreen-review.properties", "messages/evergreen-review_de.properties"}) {
            Properties p = TestResources.properties(bundle);
            Locale locale = bundle.contains("_de") ? Locale.GERMAN : Locale.ENGLISH;
            for (String key : p.stringPropertyNames()) {
                String text = p.getProperty(key);
                assertFalse(text.trim().isEmpty(), bundle + " " + key + " is empty");
                assertTrue(text.indexOf('\'') < 0, bundle + " " + key + ": an ASCII apostrophe means different things with and without arguments");
                String formatted = new MessageFormat(text, locale).format(new Object[] {3L, 4L, 5L});
                assertFalse(formatted.contains("{"), bundle + " " + key + " leaves a placeholder: " + formatted);
            }
        }
    }

    @Test
    void countsAgreeWithTheirNumbers() throws IOException {
        Properties en = TestResources.properties("messages/evergreen-review.properties");
        Properties de = TestResources.properties("messages/evergreen-review_de.properties");
        assertEquals("1 review", new MessageFormat(en.getProperty("evergreen.review.product.count"), Locale.ENGLISH).format(new Object[] {1L}));
        assertEquals("12 reviews", new MessageFormat(en.getProperty("evergreen.review.product.count"), Locale.ENGLISH).format(new Object[] {12L}));
        assertEquals("2 Bewertungen", new MessageFormat(de.getProperty("evergreen.review.product.count"), Locale.GERMAN).format(new Object[] {2L}));
        assertEquals("4,5 von 5", new MessageFormat(de.getProperty("evergreen.review.product.average"), Locale.GERMAN)
                .format(new Object[] {new java.math.BigDecimal("4.5")}));
    }

    @Test
    void everyKeyInTheCodeAndTemplatesExists() throws IOException {
        Set<String> used = new TreeSet<String>();
        for (ReviewLinkProblem p : ReviewLinkProblem.values()) {
            used.add(new InvalidReviewLinkException(p, "x").getMessageKey());
        }
        for (int v = 1; v <= 5; v++) {
            used.add("evergreen.review.star." + v);
        }
        for (String dir : new String[] {"../core/src/main/java/org/evergreenloyalty/review", "src/main/java/org/evergreenloyalty/web/review",
                "src/main/java/org/evergreenloyalty/broadleaf/review"}) {
            collect(new File(dir), KEY, used);
        }
        collect(new File("../storefront-templates/src/main/resources/webTemplates/evergreen/review"), TEMPLATE_KEY, used);
        used.removeAll(TestResources.properties("config/evergreen/evergreen-defaults.properties").stringPropertyNames());
        assertTrue(used.size() > 50, "found the keys: " + used);
        Properties en = TestResources.properties("messages/evergreen-review.properties");
        List<String> missing = new ArrayList<String>();
        for (String k : used) {
            if (!en.containsKey(k)) {
                missing.add(k);
            }
        }
        assertTrue(missing.isEmpty(), "used but not in the bundle: " + missing);
    }

    private static void collect(File dir, Pattern p, Set<String> into) throws IOException {
        assertTrue(dir.isDirectory(), dir.getAbsolutePath());
        for (File f : TestResources.files(dir, dir.getName().equals("review") && dir.getPath().contains("webTemplates") ? ".html" : ".java")) {
            Matcher m = p.matcher(new String(Files.readAllBytes(f.toPath()), StandardCharsets.UTF_8));
            while (m.find()) {
                into.add(m.group(1));
            }
        }
    }
}
