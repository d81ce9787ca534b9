package org.evergreenloyalty.privacy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.evergreenloyalty.webhook.WebhookJson;

/**
 * A customer's loyalty data as one document (format version {@value #VERSION}): {@code format}, {@code version},
 * {@code customerId}, {@code exportedAt}, {@code erasure} (the erasure record, or null) and {@code sections} (every
 * section of the {@link PersonalDataCatalog}, each a list of rows; times are ISO-8601 UTC) and {@code webhookEvents}
 * (the webhook events whose payload names the customer, one row per event).
 */
public final class PersonalDataExport {

    /** The document's format version. */
    public static final int VERSION = 1;
    /** The document's format name. */
    public static final String FORMAT = "evergreen-loyalty-personal-data";

    private final Map<String, Object> document;

    PersonalDataExport(Map<String, Object> document) {
        this.document = Collections.unmodifiableMap(new LinkedHashMap<String, Object>(document));
    }

    /** The document as maps, lists and plain values (for a JSON writer). */
    public Map<String, Object> getDocument() {
        return document;
    }

    /** The document as JSON text. */
    public String toJson() {
        return WebhookJson.object(document);
    }

    /** A file name for a download, e.g. {@code loyalty-data-1042.json}. */
    public String fileName() {
        return "loyalty-data-" + document.get("customerId") + ".json";
    }
}
