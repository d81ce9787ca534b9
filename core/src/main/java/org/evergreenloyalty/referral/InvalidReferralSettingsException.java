package org.evergreenloyalty.referral;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Referral settings that were not saved, with one clear message per offending field. */
public class InvalidReferralSettingsException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final Map<String, String> fieldErrors;

    public InvalidReferralSettingsException(Map<String, String> fieldErrors) {
        super("Referral settings not saved: " + fieldErrors);
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<String, String>(fieldErrors));
    }

    /** Field name to message, in the order found. */
    public Map<String, String> getFieldErrors() {
        return fieldErrors;
    }
}
