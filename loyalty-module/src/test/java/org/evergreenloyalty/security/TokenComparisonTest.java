package org.evergreenloyalty.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.evergreenloyalty.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Tokens and signatures are compared in constant time ({@link Tokens#equal}, i.e. MessageDigest.isEqual) everywhere:
 * no source of the module, the admin extension or the demo store compares one with String.equals.
 */
class TokenComparisonTest {

    private static final Pattern STRING_EQUALS = Pattern.compile(
            "(?i)(token|signature|sig|secret|hmac)\\w*\\)?\\.(trim\\(\\)\\.)?equals(IgnoreCase)?\\(|equals(IgnoreCase)?\\([^)]*(token|signature|secret|hmac)");

    @Test
    void noTokenIsComparedWithStringEquals() throws IOException {
        List<String> found = new ArrayList<String>();
        for (String root : new String[] {"src/main/java", "../core/src/main/java", "../admin-extension/src/main/java", "../demo-store/src/main/java"}) {
            Path dir = Paths.get(root);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                    List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                    for (int i = 0; i < lines.size(); i++) {
                        if (STRING_EQUALS.matcher(lines.get(i)).find()) {
                            found.add(f + ":" + (i + 1) + ": " + lines.get(i).trim());
                        }
                    }
                }
            }
        }
        assertEquals(new ArrayList<String>(), found, "compare tokens with Tokens.equal (constant time)");
    }

    @Test
    void tokensCompareByValueAndNullNeverMatches() {
        assertTrue(Tokens.equal("abc", "abc"));
        assertFalse(Tokens.equal("abc", "abd"));
        assertFalse(Tokens.equal("abc", "abcd"));
        assertFalse(Tokens.equal(null, "abc"));
        assertFalse(Tokens.equal("abc", null));
        assertFalse(Tokens.equal(null, null));
    }
}
