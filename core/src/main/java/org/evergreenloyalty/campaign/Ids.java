package org.evergreenloyalty.campaign;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/** Comma-separated id lists as campaigns store them. */
final class Ids {

    private Ids() {
    }

    /** The ids of {@code csv} (blank parts skipped); the caller has checked that each is a number. */
    static Set<Long> parse(String csv) {
        Set<Long> out = new LinkedHashSet<Long>();
        if (csv == null) {
            return out;
        }
        for (String part : csv.split(",")) {
            String t = part.trim();
            if (!t.isEmpty()) {
                out.add(Long.valueOf(t));
            }
        }
        return out;
    }

    /** The ids as stored, or null for none. */
    static String join(Collection<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (Long id : ids) {
            if (b.length() > 0) {
                b.append(',');
            }
            b.append(id);
        }
        return b.toString();
    }
}
