package org.evergreenloyalty.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The core stays platform-neutral: no source of evergreen-core (main or test) names Broadleaf, the servlet API,
 * Thymeleaf or Spring MVC, and no package of the adapter ({@code org.evergreenloyalty.broadleaf}, {@code .web}) lives
 * in it. Scans the sources, so it also guards fully qualified names and the jakarta run (which has no sources of its
 * own: it finds core's next to it).
 */
public class CoreImportsTest {

    static final Pattern FORBIDDEN = Pattern.compile(
            "\\b(org\\.broadleafcommerce|javax\\.servlet|jakarta\\.servlet|org\\.thymeleaf|org\\.springframework\\.web"
                    + "|org\\.evergreenloyalty\\.broadleaf|org\\.evergreenloyalty\\.web)\\b");

    /** Where core's sources are: ./src in core, ../core/src in core-jakarta. */
    public static Path coreSources() {
        for (String candidate : new String[] {"src", "../core/src"}) {
            Path p = Paths.get(candidate, "main", "java", "org", "evergreenloyalty", "ledger");
            if (Files.isDirectory(p)) {
                return Paths.get(candidate);
            }
        }
        throw new IllegalStateException("evergreen-core's sources are not at ./src or ../core/src (working directory "
                + Paths.get("").toAbsolutePath() + ")");
    }

    @Test
    void noCoreSourceNamesAPlatformPackage() throws IOException {
        List<String> found = new ArrayList<String>();
        try (Stream<Path> files = Files.walk(coreSources())) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".xml"))::iterator) {
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (line.trim().startsWith("*") || line.trim().startsWith("//")) {
                        continue; // prose may name the platforms
                    }
                    Matcher m = FORBIDDEN.matcher(line);
                    if (m.find() && !f.endsWith("CoreImportsTest.java")) {
                        found.add(f + ":" + (i + 1) + ": " + line.trim());
                    }
                }
            }
        }
        assertEquals(new ArrayList<String>(), found, "evergreen-core must not use Broadleaf, servlets, Thymeleaf or Spring MVC");
    }

    @Test
    void theRuleCatchesWhatItGuardsAgainst() {
        assertTrue(FORBIDDEN.matcher("import org.broadleafcommerce.core.order.domain.Order;").find());
        assertTrue(FORBIDDEN.matcher("import javax.servlet.http.HttpServletRequest;").find());
        assertTrue(FORBIDDEN.matcher("<bean class=\"org.thymeleaf.TemplateEngine\"/>").find());
        assertTrue(FORBIDDEN.matcher("import org.evergreenloyalty.web.StorefrontLoyalty;").find());
        assertTrue(!FORBIDDEN.matcher("import org.evergreenloyalty.ledger.LedgerService;").find());
    }
}
