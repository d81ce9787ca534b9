package org.evergreenloyalty.web.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.evergreenloyalty.api.ApiProblem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Controller;
import org.springframework.util.StreamUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * The rest of {@value ShopperApiController#BASE} (shopper and store API): the OpenAPI 3 description ({@code GET openapi.json}, the static
 * resource {@value #OPENAPI}), and problem answers instead of the store's HTML error pages for a path the API does
 * not have (404) or a method a path does not answer (405, with {@code Allow}).
 */
@Controller
public class ApiFallbackController {

    /** The classpath resource of the OpenAPI description. */
    public static final String OPENAPI = "evergreen/api/openapi.json";

    /** The API's paths (below BASE) and the methods each answers; the OpenAPI test keeps this and the document in step. */
    static final List<String[]> PATHS = Collections.unmodifiableList(Arrays.asList(
            new String[] {"/me", "GET"},
            new String[] {"/me/history", "GET"},
            new String[] {"/me/redemption", "GET", "POST", "DELETE"},
            new String[] {"/me/referral", "GET"},
            new String[] {"/me/rewards", "GET"},
            new String[] {"/me/export", "GET"},
            new String[] {"/reviews", "POST"},
            new String[] {"/admin/customers", "GET"},
            new String[] {"/admin/customers/{customerId}", "GET"},
            new String[] {"/admin/customers/{customerId}/history", "GET"},
            new String[] {"/admin/customers/{customerId}/adjustments", "POST"},
            new String[] {"/admin/events", "POST"},
            new String[] {"/admin/imports", "POST"},
            new String[] {"/admin/referrals", "GET"},
            new String[] {"/admin/reviews", "GET"},
            new String[] {"/admin/dashboard", "GET"},
            new String[] {"/openapi.json", "GET"}));

    private final ApiResponder responder;

    @Autowired
    public ApiFallbackController(@Qualifier("evgApiResponder") ApiResponder responder) {
        this.responder = responder;
    }

    @RequestMapping(value = ShopperApiController.BASE + "/openapi.json", method = RequestMethod.GET)
    public void openApi(HttpServletResponse response) throws IOException {
        InputStream in = ApiFallbackController.class.getClassLoader().getResourceAsStream(OPENAPI);
        if (in == null) {
            throw new IllegalStateException("The OpenAPI description " + OPENAPI + " is missing from the classpath");
        }
        try {
            response.setContentType(ApiResponder.JSON);
            StreamUtils.copy(in, response.getOutputStream());
        } finally {
            in.close();
        }
    }

    /** Whether {@code path} is of the template {@code pattern}, where a {@code {name}} segment stands for any one segment. */
    static boolean matches(String pattern, String path) {
        String[] want = pattern.split("/", -1);
        String[] got = path.split("/", -1);
        if (want.length != got.length) {
            return false;
        }
        for (int i = 0; i < want.length; i++) {
            boolean variable = want[i].startsWith("{") && want[i].endsWith("}") && !got[i].isEmpty();
            if (!variable && !want[i].equals(got[i])) {
                return false;
            }
        }
        return true;
    }

    @RequestMapping(ShopperApiController.BASE + "/**")
    public void notHere(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String below = path.startsWith(ShopperApiController.BASE) ? path.substring(ShopperApiController.BASE.length()) : path;
        if (below.length() > 1 && below.endsWith("/")) {
            below = below.substring(0, below.length() - 1);
        }
        for (String[] p : PATHS) {
            if (matches(p[0], below)) {
                StringBuilder allow = new StringBuilder();
                for (int i = 1; i < p.length; i++) {
                    allow.append(i > 1 ? ", " : "").append(p[i]);
                }
                response.setHeader("Allow", allow.toString());
                responder.problem(request, response, new ApiProblem(405, ApiProblem.METHOD_NOT_ALLOWED, request.getMethod()));
                return;
            }
        }
        responder.problem(request, response, new ApiProblem(404, ApiProblem.NOT_FOUND));
    }
}
