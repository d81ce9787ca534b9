package org.evergreenloyalty.api;

import java.io.Reader;
import java.util.Map;

/**
 * The store API's integration operations (bean {@code evgIntegrationApiService}): recording a custom earning event and
 * importing points from CSV. Each returns a JSON view or throws an {@link ApiProblem} after changing nothing.
 */
public interface IntegrationApiService {

    /**
     * {@code POST admin/events} with {@code {"customerId": N | "email": "...", "type": "...", "eventId": "..."}}: grants
     * the rule's points once per event id (a repeat answers with the first result, {@code "repeat": true}).
     */
    IntegrationViews.Event recordEvent(Map<String, Object> body);

    /**
     * {@code POST admin/imports?mode=&dryRun=&importId=} with a {@code text/csv} body: the row report of a dry run
     * ({@code dryRun} absent or {@code true}) or of applying ({@code false}).
     *
     * @param actor who applies it, e.g. {@code api:<key prefix>}
     */
    IntegrationViews.Import importPoints(Reader csv, String mode, String dryRun, String importId, String actor);
}
