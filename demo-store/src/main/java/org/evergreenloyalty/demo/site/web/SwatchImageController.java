package org.evergreenloyalty.demo.site.web;

import java.util.Locale;

import javax.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Placeholder product images for the demo catalog, drawn as SVG: a soft colour field per category with the
 * product's initials and name, e.g. {@code /swatch/garden/watering-can.svg}.
 */
@Controller
public class SwatchImageController {

    @RequestMapping(value = "/swatch/{category}/{slug}", method = RequestMethod.GET)
    @ResponseBody
    public String swatch(@PathVariable("category") String category, @PathVariable("slug") String slug,
            HttpServletResponse response) {
        response.setContentType("image/svg+xml;charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=86400");
        String cleanSlug = slug.replaceAll("[^a-z0-9-]", "");
        String[] palette = palette(category);
        String label = label(cleanSlug);
        String initials = initials(label);
        int variant = Math.abs(cleanSlug.hashCode()) % 3;
        String shape;
        if (variant == 0) {
            shape = "<circle cx='300' cy='250' r='150' fill='" + palette[1] + "' opacity='0.55'/>";
        } else if (variant == 1) {
            shape = "<rect x='160' y='110' width='280' height='280' rx='40' fill='" + palette[1] + "' opacity='0.55'/>";
        } else {
            shape = "<path d='M300 90 L470 390 L130 390 Z' fill='" + palette[1] + "' opacity='0.55'/>";
        }
        return "<svg xmlns='http://www.w3.org/2000/svg' width='600' height='600' viewBox='0 0 600 600'>"
                + "<rect width='600' height='600' fill='" + palette[0] + "'/>"
                + shape
                + "<text x='300' y='290' text-anchor='middle' font-family='Georgia, serif' font-size='120' fill='"
                + palette[2] + "'>" + initials + "</text>"
                + "<text x='300' y='520' text-anchor='middle' font-family='Helvetica, Arial, sans-serif' font-size='34' fill='"
                + palette[2] + "'>" + label + "</text>"
                + "</svg>";
    }

    /** Background, shape and text colours of a category. */
    private static String[] palette(String category) {
        if ("tea-coffee".equals(category)) {
            return new String[] {"#f3ebe1", "#c8a27a", "#5b3a1e"};
        } else if ("garden".equals(category)) {
            return new String[] {"#e8f1e4", "#8fbf7f", "#2f5a2a"};
        } else if ("outdoor".equals(category)) {
            return new String[] {"#e4edf3", "#7fa6bf", "#1f4660"};
        }
        return new String[] {"#f1ecf4", "#b59ac4", "#4a2d5c"};
    }

    private static String label(String slug) {
        StringBuilder sb = new StringBuilder();
        for (String word : slug.split("-")) {
            if (word.isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
        }
        return sb.length() == 0 ? "Evergreen" : sb.toString();
    }

    private static String initials(String label) {
        StringBuilder sb = new StringBuilder();
        for (String word : label.split(" ")) {
            if (!word.isEmpty() && sb.length() < 2) {
                sb.append(word.charAt(0));
            }
        }
        return sb.toString();
    }
}
