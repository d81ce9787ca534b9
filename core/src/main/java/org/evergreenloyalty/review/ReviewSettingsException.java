package org.evergreenloyalty.review;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Review settings that were not saved, with one clear message per offending field. */
public class ReviewSettingsException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final Map<String, String> fieldErrors;

    public ReviewSettingsException(Map<String, String> fieldErrors) {
        super("Review settings not saved: " + fieldErrors);
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<String, String>(fieldErrors));
    }

    /** Field name to message, in the order found. */
    public Map<String, String> getFieldErrors() {
        return fieldErrors;
    }
}
