package org.evergreenloyalty.web.api;

import java.io.IOException;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.evergreenloyalty.api.ApiProblem;
import org.evergreenloyalty.api.StoreApiGate;
import org.evergreenloyalty.api.StoreApiService;
import org.evergreenloyalty.apikey.ApiKey;
import org.evergreenloyalty.apikey.ApiScope;
import org.evergreenloyalty.apikey.IdempotencyClaim;
import org.evergreenloyalty.apikey.IdempotencyService;
import org.evergreenloyalty.web.referral.TrustedProxies;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * The store API under {@value #ADMIN} for the store's servers, with an API key from Loyalty &gt; API keys sent as
 * {@code Authorization: Bearer <key>} (or {@code X-Api-Key}); no session, no CSRF token (a browser does not send the
 * key by itself). {@link StoreApiGate} admits each call: rate limits per key and per client address (the connection's,
 * or behind {@code evergreen.security.trustedProxies} the one X-Forwarded-For names; 429 with {@code Retry-After}), the key (401),
 * its scope (403); a write call also needs an {@code Idempotency-Key} header: a repeat with the same request gets the
 * first answer again (header {@code Idempotent-Replayed: true}), the same key with another request a 422. Answers
 * are JSON, refusals {@code application/problem+json} ({@link ApiResponder}); nothing changes on a refusal.
 * <p>
 * <b>Adding an endpoint</b> is one method here plus its operation in the service:
 * <pre>
 * &#64;RequestMapping(value = ADMIN + "/events", method = RequestMethod.POST)
 * public void event(HttpServletRequest request, HttpServletResponse response) throws IOException {
 *     write(request, response, 201, (key, body, requestKey) -&gt; api.recordEvent(body, actor(key), requestKey));
 * }
 * </pre>
 * {@link #read} for a GET (READ scope, the view of a {@link Read}), {@link #write} for a POST with a JSON body
 * (WRITE scope, idempotent, a {@link Write} gets the parsed body and a ledger request key made from the
 * idempotency key: post through the ledger under it, so a call run twice posts once), {@link #writeBody} for a POST
 * with another body (e.g. {@code text/csv}, larger than a JSON body may be; a {@link RawWrite} gets the bytes). The
 * view a write call answers is stored for replay and must stay under {@link IdempotencyService#MAX_RESPONSE}
 * characters (a summary, not every row). Path variables come in as text ({@code {name:.+}} keeps dots in them) and
 * the service checks them (400/404). Then document it in {@code evergreen/api/openapi.json} and list it in
 * {@link ApiFallbackController#PATHS}; {@code OpenApiContractTest} fails until both are done.
 */
@Controller
public class StoreApiController {

    /** Where the store API lives. */
    public static final String ADMIN = ShopperApiController.BASE + "/admin";
    /** The header of a write call's idempotency key. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** The header of an API key when {@code Authorization} is not used. */
    public static final String API_KEY = "X-Api-Key";

    /** Largest CSV body of {@code POST admin/imports}. */
    public static final int MAX_CSV_BYTES = 20 * 1024 * 1024;
    /** Code of a body over the endpoint's size (413); argument: the largest size in bytes. */
    public static final String BODY_TOO_LARGE = "evergreen.api.bodyTooLarge";

    private static final Log LOG = LogFactory.getLog(StoreApiController.class);

    /** The events and imports ({@code POST admin/events}, {@code POST admin/imports}). */
    @Autowired
    @Qualifier("evgIntegrationApiService")
    protected org.evergreenloyalty.api.IntegrationApiService integrations;

    private final StoreApiService api;
    private final StoreApiGate gate;
    private final ApiJson json;
    private final ApiResponder responder;
    private final TrustedProxies proxies;

    @Autowired
    public StoreApiController(@Qualifier("evgStoreApiService") StoreApiService api,
                              @Qualifier("evgStoreApiGate") StoreApiGate gate,
                              @Qualifier("evgApiJson") ApiJson json,
                              @Qualifier("evgApiResponder") ApiResponder responder,
                              @Qualifier("evgTrustedProxies") TrustedProxies proxies) {
        this.api = api;
        this.gate = gate;
        this.json = json;
        this.responder = responder;
        this.proxies = proxies;
    }

    @RequestMapping(value = ADMIN + "/customers", method = RequestMethod.GET)
    public void customers(HttpServletRequest request, HttpServletResponse response) throws IOException {
        read(request, response, () -> api.customersByEmail(request.getParameter("email")));
    }

    @RequestMapping(value = ADMIN + "/customers/{customerId:.+}", method = RequestMethod.GET)
    public void customer(@PathVariable("customerId") String id, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        read(request, response, () -> api.customer(id));
    }

    @RequestMapping(value = ADMIN + "/customers/{customerId:.+}/history", method = RequestMethod.GET)
    public void history(@PathVariable("customerId") String id, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        read(request, response, () -> api.history(id, request.getParameter("page")));
    }

    @RequestMapping(value = ADMIN + "/customers/{customerId:.+}/adjustments", method = RequestMethod.POST)
    public void adjust(@PathVariable("customerId") String id, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        write(request, response, 201, (key, body, requestKey) -> api.adjust(id, body, actor(key), requestKey));
    }

    @RequestMapping(value = ADMIN + "/events", method = RequestMethod.POST)
    public void event(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(request, response, 201, (key, body, requestKey) -> integrations.recordEvent(body));
    }

    @RequestMapping(value = ADMIN + "/imports", method = RequestMethod.POST)
    public void importPoints(HttpServletRequest request, HttpServletResponse response) throws IOException {
        csv(request, response, (key, csv) -> integrations.importPoints(csv, request.getParameter("mode"), request.getParameter("dryRun"),
                request.getParameter("importId"), actor(key)));
    }

    @RequestMapping(value = ADMIN + "/referrals", method = RequestMethod.GET)
    public void referrals(HttpServletRequest request, HttpServletResponse response) throws IOException {
        read(request, response, () -> api.referrals(request.getParameter("page"), request.getParameter("status")));
    }

    @RequestMapping(value = ADMIN + "/reviews", method = RequestMethod.GET)
    public void reviews(HttpServletRequest request, HttpServletResponse response) throws IOException {
        read(request, response, () -> api.reviews(request.getParameter("page"), request.getParameter("status")));
    }

    @RequestMapping(value = ADMIN + "/dashboard", method = RequestMethod.GET)
    public void dashboard(HttpServletRequest request, HttpServletResponse response) throws IOException {
        read(request, response, () -> api.dashboard(request.getParameter("from"), request.getParameter("to")));
    }

    /** Who a key's changes are recorded as (the ledger's actor): {@code api:<prefix>}. */
    public static String actor(ApiKey key) {
        return "api:" + key.getPrefix();
    }

    /** A read call: its view. */
    public interface Read {
        Object run() throws IOException;
    }

    /** A write call: its view, from the admitted key, the JSON body and the ledger request key of this call. */
    public interface Write {
        Object run(ApiKey key, Map<String, Object> body, String requestKey) throws IOException;
    }

    /** A write call with a body that is not JSON: its view, from the admitted key, the body's bytes and the request key. */
    public interface RawWrite {
        Object run(ApiKey key, byte[] body, String requestKey) throws IOException;
    }

    /** Answers a GET with the view of {@code call} (200) after admitting a key of READ scope. */
    protected void read(HttpServletRequest request, HttpServletResponse response, Read call) throws IOException {
        try {
            admit(request, ApiScope.READ);
            responder.ok(response, 200, call.run());
        } catch (ApiProblem p) {
            problem(request, response, p);
        } catch (RuntimeException e) {
            unexpected(request, response, e);
        }
    }

    /**
     * Answers a write call with the view of {@code call} ({@code status}) after admitting a key of WRITE scope and
     * claiming its idempotency key; a repeat gets the stored answer; a refused call gives the idempotency key back.
     */
    protected void write(HttpServletRequest request, HttpServletResponse response, int status, Write call) throws IOException {
        writeBody(request, response, status, ApiCsrfGuard::isJson, ApiJson.MAX_BODY,
                (key, body, requestKey) -> call.run(key, json.readObject(body), requestKey));
    }

    /**
     * {@link #write} for a body of another type: {@code accepts} tells the content types it takes (else 415), a body
     * over {@code maxBody} bytes is refused (413).
     */
    protected void writeBody(HttpServletRequest request, HttpServletResponse response, int status,
                             java.util.function.Predicate<String> accepts, int maxBody, RawWrite call) throws IOException {
        ApiKey key;
        IdempotencyClaim claim;
        byte[] body;
        try {
            key = admit(request, ApiScope.WRITE);
            if (!accepts.test(request.getContentType())) {
                throw new ApiProblem(415, ApiProblem.UNSUPPORTED_MEDIA_TYPE);
            }
            body = json.readBody(request.getInputStream(), maxBody);
            if (body.length > maxBody) {
                throw new ApiProblem(413, BODY_TOO_LARGE, maxBody);
            }
            claim = gate.claim(key, request.getHeader(IDEMPOTENCY_KEY),
                    IdempotencyService.requestHash(request.getMethod(), path(request), body));
        } catch (ApiProblem p) {
            problem(request, response, p);
            return;
        } catch (RuntimeException e) {
            unexpected(request, response, e);
            return;
        }
        if (claim.getKind() == IdempotencyClaim.Kind.REPLAY) {
            response.setHeader("Idempotent-Replayed", "true");
            responder.okText(response, claim.getStatus(), claim.getResponse());
            return;
        }
        try {
            Object view = call.run(key, body, StoreApiGate.requestKey(key, request.getHeader(IDEMPOTENCY_KEY)));
            String text = json.text(view);
            gate.getIdempotency().complete(claim.getRecordId(), status, text);
            responder.okText(response, status, text);
        } catch (ApiProblem p) {
            gate.getIdempotency().abandon(claim.getRecordId());
            problem(request, response, p);
        } catch (RuntimeException e) {
            gate.getIdempotency().abandon(claim.getRecordId());
            unexpected(request, response, e);
        }
    }

    /** A call with a CSV body: its view, from the admitted key and the body. */
    public interface CsvCall {
        Object run(ApiKey key, java.io.Reader csv) throws IOException;
    }

    /**
     * Answers a POST with a {@code text/csv} body (at most {@link #MAX_CSV_BYTES}) after admitting a key of WRITE scope;
     * no Idempotency-Key: the call names its own unit of idempotency (an import id), and its answer, a row per line of
     * the file, is larger than {@link #writeBody} may store for a replay.
     */
    protected void csv(HttpServletRequest request, HttpServletResponse response, CsvCall call) throws IOException {
        try {
            ApiKey key = admit(request, ApiScope.WRITE);
            String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(java.util.Locale.ROOT);
            if (!type.startsWith("text/csv")) {
                throw new ApiProblem(415, ApiProblem.UNSUPPORTED_MEDIA_TYPE);
            }
            byte[] body = json.readBody(request.getInputStream(), MAX_CSV_BYTES);
            if (body.length > MAX_CSV_BYTES) {
                throw new ApiProblem(413, BODY_TOO_LARGE, MAX_CSV_BYTES);
            }
            responder.ok(response, 200, call.run(key, new java.io.BufferedReader(new java.io.InputStreamReader(
                    new java.io.ByteArrayInputStream(body), java.nio.charset.StandardCharsets.UTF_8))));
        } catch (ApiProblem p) {
            problem(request, response, p);
        } catch (RuntimeException e) {
            unexpected(request, response, e);
        }
    }

    private ApiKey admit(HttpServletRequest request, ApiScope scope) {
        String client = proxies.clientIp(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
        return gate.admit(client, request.getHeader("Authorization"), request.getHeader(API_KEY), scope);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private void problem(HttpServletRequest request, HttpServletResponse response, ApiProblem p) throws IOException {
        long wait = StoreApiGate.retryAfter(p);
        if (wait > 0) {
            response.setHeader("Retry-After", String.valueOf(wait));
        }
        if (p.getStatus() == 401) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"evergreen\"");
        }
        responder.problem(request, response, p);
    }

    private void unexpected(HttpServletRequest request, HttpServletResponse response, RuntimeException e) throws IOException {
        LOG.error("Store API " + request.getMethod() + " " + request.getRequestURI() + " failed", e);
        responder.problem(request, response, new ApiProblem(500, ApiProblem.UNEXPECTED));
    }
}
