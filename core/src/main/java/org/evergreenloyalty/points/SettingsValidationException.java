package org.evergreenloyalty.points;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Settings that were not saved, with one clear message per offending field. */
public class SettingsValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final Map<String, String> fieldErrors;

    public SettingsValidationException(Map<String, String> fieldErrors) {
        super("Settings not saved: " + fieldErrors);
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<String, String>(fieldErrors));
    }

    /** Field name to message, in the order found. */
    public Map<String, String> getFieldErrors() {
        return fieldErrors;
    }
}
