package org.evergreenloyalty.webhook;

import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * Writes the small JSON of webhook payloads (objects of strings, numbers, booleans, dates as ISO-8601 UTC,
 * nested maps, lists and null) without a JSON library, so the engine needs none.
 */
public final class WebhookJson {

    private WebhookJson() {
    }

    /** {@code values} as a JSON object, in the map's order. */
    public static String object(Map<String, ?> values) {
        StringBuilder b = new StringBuilder();
        write(b, values);
        return b.toString();
    }

    /** The envelope a receiver gets: {@code {"id":..,"type":..,"timestamp":..,"data":{..}}}. */
    public static String envelope(String eventId, String type, Date at, String dataJson) {
        StringBuilder b = new StringBuilder("{\"id\":");
        string(b, eventId);
        b.append(",\"type\":");
        string(b, type);
        b.append(",\"timestamp\":");
        string(b, iso(at));
        return b.append(",\"data\":").append(dataJson).append('}').toString();
    }

    /** {@code at} as {@code 2026-12-02T20:15:00Z}. */
    public static String iso(Date at) {
        SimpleDateFormat f = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT);
        f.setTimeZone(TimeZone.getTimeZone("UTC"));
        return f.format(at);
    }

    @SuppressWarnings("unchecked")
    private static void write(StringBuilder b, Object v) {
        if (v == null) {
            b.append("null");
        } else if (v instanceof Map) {
            b.append('{');
            boolean first = true;
            for (Map.Entry<String, ?> e : ((Map<String, ?>) v).entrySet()) {
                b.append(first ? "" : ",");
                first = false;
                string(b, e.getKey());
                b.append(':');
                write(b, e.getValue());
            }
            b.append('}');
        } else if (v instanceof Iterable) {
            b.append('[');
            boolean first = true;
            for (Object item : (Iterable<?>) v) {
                b.append(first ? "" : ",");
                first = false;
                write(b, item);
            }
            b.append(']');
        } else if (v instanceof Number || v instanceof Boolean) {
            b.append(v);
        } else if (v instanceof Date) {
            string(b, iso((Date) v));
        } else {
            string(b, String.valueOf(v));
        }
    }

    private static void string(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        b.append('"');
    }
}
