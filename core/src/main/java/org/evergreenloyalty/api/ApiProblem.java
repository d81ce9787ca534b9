package org.evergreenloyalty.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Why the shopper API refused a request, as an RFC 7807 problem: the HTTP status, a stable {@code code} (a message
 * key such as {@code evergreen.api.unauthenticated} or an engine refusal such as
 * {@code evergreen.redeem.error.overBalance}) with its arguments, and the fields at fault. Nothing was changed.
 * The adapter turns the code into the {@code title}/{@code detail} text in the caller's language.
 */
public class ApiProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Code of a request without a signed-in customer (HTTP 401). */
    public static final String UNAUTHENTICATED = "evergreen.api.unauthenticated";
    /** Code of a request whose fields are missing or of the wrong type (HTTP 400); see {@link #getErrors()}. */
    public static final String VALIDATION = "evergreen.api.validation";
    /** Code of a body that is not a JSON object (HTTP 400). */
    public static final String MALFORMED = "evergreen.api.malformedBody";
    /** Code of a state-changing request that failed the API's CSRF rules (HTTP 403). */
    public static final String CSRF = "evergreen.api.csrf";
    /** Code of a path the API does not have (HTTP 404). */
    public static final String NOT_FOUND = "evergreen.api.notFound";
    /** Code of a method the path does not answer (HTTP 405). */
    public static final String METHOD_NOT_ALLOWED = "evergreen.api.methodNotAllowed";
    /** Code of a body that is not JSON (HTTP 415). */
    public static final String UNSUPPORTED_MEDIA_TYPE = "evergreen.api.unsupportedMediaType";
    /** Code of a request that needs a cart when the shopper has none (HTTP 409). */
    public static final String NO_CART = "evergreen.redeem.error.noCart";
    /** Code of an unforeseen failure (HTTP 500); nothing was changed. */
    public static final String UNEXPECTED = "evergreen.api.unexpected";

    private final int status;
    private final String code;
    private final Object[] arguments;
    private final List<FieldProblem> errors;

    public ApiProblem(int status, String code, Object... arguments) {
        this(status, code, Collections.<FieldProblem>emptyList(), arguments);
    }

    public ApiProblem(int status, String code, List<FieldProblem> errors, Object... arguments) {
        super(code);
        this.status = status;
        this.code = code;
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
        this.errors = Collections.unmodifiableList(new ArrayList<FieldProblem>(errors));
    }

    /** A 400 naming the fields at fault. */
    public static ApiProblem validation(List<FieldProblem> errors) {
        return new ApiProblem(400, VALIDATION, errors);
    }

    /** A 400 for one field. */
    public static ApiProblem field(String field, String code, Object... arguments) {
        return validation(Collections.singletonList(new FieldProblem(field, code, arguments)));
    }

    public int getStatus() { return status; }
    public String getCode() { return code; }
    public Object[] getArguments() { return arguments.clone(); }
    /** The fields at fault (empty when the problem is about the whole request). */
    public List<FieldProblem> getErrors() { return errors; }

    /** One field at fault: its JSON name, a stable code and the code's message arguments. */
    public static final class FieldProblem {
        private final String field;
        private final String code;
        private final Object[] arguments;

        public FieldProblem(String field, String code, Object... arguments) {
            this.field = field;
            this.code = code;
            this.arguments = arguments == null ? new Object[0] : arguments.clone();
        }

        public String getField() { return field; }
        public String getCode() { return code; }
        public Object[] getArguments() { return arguments.clone(); }
    }
}
