package org.evergreenloyalty.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The 6.x line's templates (storefront, e-mail, admin) are the 3.1 templates in Thymeleaf 3 form: each equals its 3.1
 * counterpart with every fragment reference wrapped in {@code ~{...}} ({@code th:substituteby} becoming
 * {@code th:replace}, {@code th:include} becoming {@code th:insert}), except the few listed here whose 3.1 form uses
 * something Thymeleaf 3.1 removed. So a template changed or added on 3.1 and not carried over fails here, naming it.
 */
class TemplateParityTest {

    /** 3.1 folder, 6.x folder. */
    private static final String[][] ROOTS = {
        {"../../storefront-templates/src/main/resources/webTemplates/evergreen", "../storefront-templates/src/main/resources/webTemplates/evergreen"},
        {"../../loyalty-module/src/main/resources/emailTemplates/evergreen", "src/main/resources/emailTemplates/evergreen"},
        {"../../admin-extension/src/main/resources/open_admin_style/templates/views/loyalty",
            "../admin-extension/src/main/resources/open_admin_style/templates/views/loyalty"},
    };

    /** 6.x templates that differ on purpose: the returnTo path from {@code #brc} instead of {@code #httpServletRequest}. */
    private static final List<String> OWN_6X_FORM = Arrays.asList("referral/codeField.html");

    private static final Pattern FRAGMENT_ATTR = Pattern.compile("th:(replace|insert|include|substituteby)=\"(?!~\\{)([^\"]*)\"");

    @Test
    void every6xTemplateIsTheThymeleaf3FormOfIts31Template() throws IOException {
        List<String> problems = new ArrayList<>();
        int compared = 0;
        for (String[] root : ROOTS) {
            Path from = Paths.get(root[0]);
            Path to = Paths.get(root[1]);
            assertTrue(Files.isDirectory(from) && Files.isDirectory(to), from.toAbsolutePath() + " / " + to.toAbsolutePath());
            List<Path> templates;
            try (Stream<Path> s = Files.walk(from)) {
                templates = s.filter(p -> p.toString().endsWith(".html")).collect(Collectors.toList());
            }
            for (Path t : templates) {
                String relative = from.relativize(t).toString().replace('\\', '/');
                Path counterpart = to.resolve(relative);
                if (!Files.exists(counterpart)) {
                    problems.add("no 6.x form of " + t);
                } else if (!OWN_6X_FORM.contains(relative)) {
                    compared++;
                    if (!thymeleaf3Form(read(t)).equals(read(counterpart))) {
                        problems.add(counterpart + " is not the Thymeleaf 3 form of " + t);
                    }
                }
            }
        }
        assertEquals(new ArrayList<String>(), problems);
        assertTrue(compared >= 70, compared + " templates compared");
    }

    /** {@code text} with every fragment reference as a {@code ~{...}} expression. */
    static String thymeleaf3Form(String text) {
        Matcher m = FRAGMENT_ATTR.matcher(text);
        StringBuffer out = new StringBuffer();
        while (m.find()) {
            String attr = "substituteby".equals(m.group(1)) ? "replace" : "include".equals(m.group(1)) ? "insert" : m.group(1);
            m.appendReplacement(out, Matcher.quoteReplacement("th:" + attr + "=\"~{" + m.group(2) + "}\""));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String read(Path p) throws IOException {
        return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
    }
}
