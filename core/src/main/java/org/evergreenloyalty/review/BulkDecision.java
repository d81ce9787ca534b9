package org.evergreenloyalty.review;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The result of a bulk approve or reject: the reviews decided, and for each one left alone the reason why. */
public final class BulkDecision {

    private final List<Long> decided;
    private final Map<Long, String> refused;

    public BulkDecision(List<Long> decided, Map<Long, String> refused) {
        this.decided = Collections.unmodifiableList(new ArrayList<Long>(decided));
        this.refused = Collections.unmodifiableMap(new LinkedHashMap<Long, String>(refused));
    }

    /** Ids of the reviews this call approved or rejected. */
    public List<Long> getDecided() { return decided; }
    /** Review id to a message saying why it was left alone (no such review, decided already, ...). */
    public Map<Long, String> getRefused() { return refused; }
}
