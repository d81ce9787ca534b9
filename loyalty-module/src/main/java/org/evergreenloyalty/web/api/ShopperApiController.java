package org.evergreenloyalty.web.api;

import java.io.IOException;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.evergreenloyalty.api.ApiProblem;
import org.evergreenloyalty.api.ShopperApiService;
import org.evergreenloyalty.web.CurrentShopper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * The shopper API under {@value #BASE} for the customer signed in to the storefront's session (see
 * {@code openapi.json} beside it): {@code GET me}, {@code GET me/history?page=}, {@code GET|POST|DELETE me/redemption},
 * {@code GET me/referral}, {@code GET me/rewards}, {@code GET me/export}, {@code POST reviews}. The customer and cart come from the session only. Anonymous callers
 * get a 401 problem, bad input a 4xx problem ({@link ApiResponder}); nothing changes then.
 */
@Controller
public class ShopperApiController {

    /** Where the API lives; the version is part of the path. */
    public static final String BASE = "/api/evergreen/v1";

    private static final Log LOG = LogFactory.getLog(ShopperApiController.class);

    private final ShopperApiService api;
    private final CurrentShopper shopper;
    private final ApiJson json;
    private final ApiResponder responder;
    private final ApiCsrfGuard csrf;

    @Autowired
    public ShopperApiController(@Qualifier("evgShopperApiService") ShopperApiService api,
                                @Qualifier("evgCurrentShopper") CurrentShopper shopper,
                                @Qualifier("evgApiJson") ApiJson json,
                                @Qualifier("evgApiResponder") ApiResponder responder,
                                @Qualifier("evgApiCsrfGuard") ApiCsrfGuard csrf) {
        this.api = api;
        this.shopper = shopper;
        this.json = json;
        this.responder = responder;
        this.csrf = csrf;
    }

    /** One API call: what it answers with status 200 (or the status of the problem it throws). */
    interface Call {
        Object run(Long customerId) throws IOException;
    }

    @RequestMapping(value = BASE + "/me", method = RequestMethod.GET)
    public void me(HttpServletRequest request, HttpServletResponse response) throws IOException {
        signedIn(request, response, false, id -> api.me(id));
    }

    @RequestMapping(value = BASE + "/me/history", method = RequestMethod.GET)
    public void history(HttpServletRequest request, HttpServletResponse response) throws IOException {
        signedIn(request, response, false, id -> api.history(id, request.getParameter("page")));
    }

    @RequestMapping(value = BASE + "/me/redemption", method = RequestMethod.GET)
    public void quote(HttpServletRequest request, HttpServletResponse response) throws IOException {
        signedIn(request, response, false, id -> api.quote(id, shopper.cartId()));
    }

    @RequestMapping(value = BASE + "/me/redemption", method = RequestMethod.POST)
    public void apply(HttpServletRequest request, HttpServletResponse response) throws IOException {
        signedIn(request, response, true, id -> api.apply(id, shopper.cartId(), body(request)));
    }

    @RequestMapping(value = BASE + "/me/redemption", method = RequestMethod.DELETE)
    public void release(HttpServletRequest request, HttpServletResponse response) throws IOException {
        signedIn(request, response, false, id -> api.release(id, shopper.cartId()));
    }

    @RequestMapping(value = BASE + "/me/referral", method = RequestMethod.GET)
    public void referral(HttpServletRequest request, HttpServletResponse response) throws IOException {
        signedIn(request, response, false, id -> api.referral(id));
    }

    @RequestMapping(value = BASE + "/me/rewards", method = RequestMethod.GET)
    public void rewards(HttpServletRequest request, HttpServletResponse response) throws IOException {
        signedIn(request, response, false, id -> api.rewards(id));
    }

    /** The signed-in customer's loyalty data (the document of the personal-data export, format version 1). */
    @RequestMapping(value = BASE + "/me/export", method = RequestMethod.GET)
    public void export(HttpServletRequest request, HttpServletResponse response) throws IOException {
        signedIn(request, response, false, id -> api.export(id));
    }

    /** The review link's token identifies the shopper, so no sign-in is needed (as on the review page). */
    @RequestMapping(value = BASE + "/reviews", method = RequestMethod.POST)
    public void review(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(request, response, 201, () -> {
            csrf.check(request, true);
            return api.submitReview(body(request));
        });
    }

    private Map<String, Object> body(HttpServletRequest request) throws IOException {
        return json.readObject(request.getInputStream());
    }

    private void signedIn(HttpServletRequest request, HttpServletResponse response, boolean hasBody, Call call)
            throws IOException {
        answer(request, response, 200, () -> {
            Long customerId = shopper.customerId();
            if (customerId == null) {
                throw new ApiProblem(401, ApiProblem.UNAUTHENTICATED);
            }
            csrf.check(request, hasBody);
            return call.run(customerId);
        });
    }

    /** Runs {@code work} and writes its view with {@code status}, or the problem it throws. */
    void answer(HttpServletRequest request, HttpServletResponse response, int status, Work work) throws IOException {
        Object view;
        try {
            view = work.run();
        } catch (ApiProblem p) {
            responder.problem(request, response, p);
            return;
        } catch (RuntimeException e) {
            LOG.error("Shopper API " + request.getMethod() + " " + request.getRequestURI() + " failed", e);
            responder.problem(request, response, new ApiProblem(500, ApiProblem.UNEXPECTED));
            return;
        }
        responder.ok(response, status, view);
    }

    /** The body of {@link #answer}. */
    interface Work {
        Object run() throws IOException;
    }
}
