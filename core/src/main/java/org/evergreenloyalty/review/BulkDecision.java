package org.evergreenloyalty.review;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of a bulk approve or reject: the reviews decided, and for each one left alone the engine's refusal
 * (its message key and arguments, so a page can say why in the reader's language).
 */
public final class BulkDecision {

    private final List<Long> decided;
    private final Map<Long, ReviewException> refusals;

    public BulkDecision(List<Long> decided, Map<Long, ReviewException> refusals) {
        this.decided = Collections.unmodifiableList(new ArrayList<Long>(decided));
        this.refusals = Collections.unmodifiableMap(new LinkedHashMap<Long, ReviewException>(refusals));
    }

    /** Ids of the reviews this call approved or rejected. */
    public List<Long> getDecided() { return decided; }
    /** Review id to the refusal saying why it was left alone (no such review, decided already, ...). */
    public Map<Long, ReviewException> getRefusals() { return refusals; }
    /** Review id to the English text of its refusal. */
    public Map<Long, String> getRefused() {
        Map<Long, String> texts = new LinkedHashMap<Long, String>();
        refusals.forEach((id, e) -> texts.put(id, e.getMessage()));
        return Collections.unmodifiableMap(texts);
    }
}
