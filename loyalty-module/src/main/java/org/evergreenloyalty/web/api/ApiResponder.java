package org.evergreenloyalty.web.api;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.evergreenloyalty.api.ApiProblem;
import org.springframework.context.MessageSource;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Writes the shopper API's answers: views as {@code application/json}, refusals as RFC 7807
 * {@code application/problem+json} with the stable {@code code}, the text of that code in the caller's language
 * ({@code detail}, from the module's message bundles) and the fields at fault ({@code errors}). Never cached.
 */
public class ApiResponder {

    public static final String JSON = "application/json;charset=UTF-8";
    public static final String PROBLEM_JSON = "application/problem+json;charset=UTF-8";
    /** Prefix of a problem's {@code type} URI; the code follows. */
    public static final String TYPE_PREFIX = "urn:evergreen:problem:";

    private final ApiJson json;
    private final MessageSource messages;

    public ApiResponder(ApiJson json, MessageSource messages) {
        this.json = json;
        this.messages = messages;
    }

    /** Writes {@code view} with {@code status}. */
    public void ok(HttpServletResponse response, int status, Object view) throws IOException {
        response.setStatus(status);
        response.setContentType(JSON);
        response.setHeader("Cache-Control", "no-store");
        json.write(response.getOutputStream(), view);
    }

    /** Writes {@code jsonText}, a view already turned into JSON, with {@code status}. */
    public void okText(HttpServletResponse response, int status, String jsonText) throws IOException {
        response.setStatus(status);
        response.setContentType(JSON);
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(jsonText.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Writes {@code p} as a problem document. */
    public void problem(HttpServletRequest request, HttpServletResponse response, ApiProblem p) throws IOException {
        Locale locale = RequestContextUtils.getLocale(request);
        Map<String, Object> body = new LinkedHashMap<String, Object>();
        body.put("type", TYPE_PREFIX + p.getCode());
        body.put("title", text("evergreen.api.status." + p.getStatus(), locale, "HTTP " + p.getStatus()));
        body.put("status", p.getStatus());
        body.put("code", p.getCode());
        body.put("detail", text(p.getCode(), locale, p.getCode(), p.getArguments()));
        if (!p.getErrors().isEmpty()) {
            List<Map<String, Object>> errors = new ArrayList<Map<String, Object>>();
            for (ApiProblem.FieldProblem f : p.getErrors()) {
                Map<String, Object> e = new LinkedHashMap<String, Object>();
                e.put("field", f.getField());
                e.put("code", f.getCode());
                e.put("message", text(f.getCode(), locale, f.getCode(), f.getArguments()));
                errors.add(e);
            }
            body.put("errors", errors);
        }
        response.setStatus(p.getStatus());
        response.setContentType(PROBLEM_JSON);
        response.setHeader("Cache-Control", "no-store");
        json.write(response.getOutputStream(), body);
    }

    private String text(String key, Locale locale, String fallback, Object... args) {
        return messages.getMessage(key, args == null || args.length == 0 ? null : args, fallback, locale);
    }
}
