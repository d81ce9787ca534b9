package org.evergreenloyalty.web;

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
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The 6.x line's templates (storefront, e-mail, admin) use only what Thymeleaf 3.0 and 3.1 both accept: every
 * fragment reference is a {@code ~{...}} expression, no {@code th:substituteby} / {@code th:include} (removed or
 * deprecated in 3.1), no {@code #httpServletRequest}/{@code #request}/{@code #session} expression objects (gone in 3.1).
 */
class ThymeleafThreeSyntaxTest {

    private static final Path[] TEMPLATE_ROOTS = {
        Paths.get("../storefront-templates/src/main/resources/webTemplates/evergreen"),
        Paths.get("src/main/resources/emailTemplates/evergreen"),
        Paths.get("../admin-extension/src/main/resources/open_admin_style/templates/views/loyalty"),
    };

    private static final Pattern FRAGMENT_ATTR = Pattern.compile("th:(replace|insert)=\"([^\"]*)\"");
    private static final Pattern REMOVED = Pattern.compile("th:substituteby|th:include=|#httpServletRequest|#httpSession|#request\\.|#session\\.|#response\\.");

    @Test
    void everyTemplateUsesOnlyThymeleaf3Syntax() throws IOException {
        List<String> problems = new ArrayList<>();
        int templates = 0;
        int fragmentRefs = 0;
        for (Path root : TEMPLATE_ROOTS) {
            assertTrue(Files.isDirectory(root), "missing " + root.toAbsolutePath());
            List<Path> files;
            try (Stream<Path> s = Files.walk(root)) {
                files = s.filter(p -> p.toString().endsWith(".html")).collect(Collectors.toList());
            }
            for (Path f : files) {
                templates++;
                String text = withoutComments(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
                Matcher removed = REMOVED.matcher(text);
                while (removed.find()) {
                    problems.add(f + ": " + removed.group());
                }
                Matcher m = FRAGMENT_ATTR.matcher(text);
                while (m.find()) {
                    fragmentRefs++;
                    if (!m.group(2).startsWith("~{") || !m.group(2).endsWith("}")) {
                        problems.add(f + ": unwrapped fragment expression " + m.group());
                    }
                }
            }
        }
        assertEquals(new ArrayList<String>(), problems);
        assertTrue(templates >= 35 && fragmentRefs >= 40, templates + " templates, " + fragmentRefs + " fragment references");
    }

    /** Template comments (documentation of how to include a fragment) are not markup. */
    private static String withoutComments(String html) {
        return html.replaceAll("(?s)<!--.*?-->", "");
    }
}
