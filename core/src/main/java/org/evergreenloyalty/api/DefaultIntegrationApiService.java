package org.evergreenloyalty.api;

import java.io.Reader;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;

import org.evergreenloyalty.customevent.CustomEventException;
import org.evergreenloyalty.customevent.CustomEventService;
import org.evergreenloyalty.pointsimport.ImportCustomers;
import org.evergreenloyalty.pointsimport.ImportFileException;
import org.evergreenloyalty.pointsimport.ImportMode;
import org.evergreenloyalty.pointsimport.ImportRequest;
import org.evergreenloyalty.pointsimport.PointsImportService;

/**
 * The store API's events and imports on {@link CustomEventService} and {@link PointsImportService}: checks the raw
 * input (400 naming the field), resolves a customer given by e-mail (404 when unknown) and turns the engines' refusals
 * into problems with their own codes (texts in messages/evergreen-import): a whole file refused is a 400, an unknown
 * customer a 404, any other event refusal a 422.
 */
public class DefaultIntegrationApiService implements IntegrationApiService {

    private final CustomEventService events;
    private final PointsImportService imports;
    private final ImportCustomers customers;

    public DefaultIntegrationApiService(CustomEventService events, PointsImportService imports, ImportCustomers customers) {
        this.events = events;
        this.imports = imports;
        this.customers = customers;
    }

    @Override
    public IntegrationViews.Event recordEvent(Map<String, Object> body) {
        ApiInput in = new ApiInput(body);
        Long customerId = in.optionalLong("customerId");
        String email = in.optionalString("email");
        String type = in.requiredString("type");
        String eventId = in.requiredString("eventId");
        in.check();
        long id = customerId != null ? customerId : customerByEmail(email);
        try {
            return new IntegrationViews.Event(events.record(id, type.trim(), eventId.trim()));
        } catch (CustomEventException e) {
            if ("customevent.error.unknownCustomer".equals(e.getMessageKey())) {
                throw new ApiProblem(404, DefaultStoreApiService.CUSTOMER_NOT_FOUND, String.valueOf(id));
            }
            if ("customevent.error.eventId".equals(e.getMessageKey())) {
                throw ApiProblem.field("eventId", e.getMessageKey());
            }
            throw new ApiProblem(422, e.getMessageKey(), e.getArguments());
        }
    }

    private long customerByEmail(String email) {
        if (email == null || email.trim().isEmpty()) {
            throw ApiProblem.field("customerId", ApiInput.REQUIRED);
        }
        String e = email.trim().toLowerCase(Locale.ROOT);
        Long id = e.length() > 255 ? null : customers.idsByEmail(Collections.singleton(e)).get(e);
        if (id == null) {
            throw new ApiProblem(404, DefaultStoreApiService.CUSTOMER_NOT_FOUND, email.trim());
        }
        return id;
    }

    @Override
    public IntegrationViews.Import importPoints(Reader csv, String mode, String dryRun, String importId, String actor) {
        ImportMode m = ImportMode.parse(mode);
        if (m == null) {
            throw ApiProblem.field("mode", DefaultStoreApiService.ONE_OF, "ADD, SET");
        }
        String d = dryRun == null ? "true" : dryRun.trim().toLowerCase(Locale.ROOT);
        if (!d.equals("true") && !d.equals("false")) {
            throw ApiProblem.field("dryRun", DefaultStoreApiService.ONE_OF, "true, false");
        }
        ImportRequest request;
        try {
            request = new ImportRequest(importId, null, m, actor);
        } catch (ImportFileException e) {
            throw ApiProblem.field("importId", e.getMessageKey());
        }
        try {
            return new IntegrationViews.Import(d.equals("true") ? imports.dryRun(request, csv) : imports.apply(request, csv));
        } catch (ImportFileException e) {
            throw new ApiProblem(400, e.getMessageKey(), e.getArguments());
        }
    }
}
