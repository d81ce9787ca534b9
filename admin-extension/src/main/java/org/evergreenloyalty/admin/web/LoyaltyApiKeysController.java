package org.evergreenloyalty.admin.web;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

import org.evergreenloyalty.admin.form.FormErrors;
import org.evergreenloyalty.apikey.ApiKey;
import org.evergreenloyalty.apikey.ApiKeyException;
import org.evergreenloyalty.apikey.ApiKeyService;
import org.evergreenloyalty.apikey.ApiScope;
import org.evergreenloyalty.apikey.CreatedApiKey;
import org.evergreenloyalty.support.Clock;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's Loyalty &gt; API keys page: the keys of the store API (name, public prefix, scope, created, expiry,
 * last used, state; never a secret), the form of a new key (name, READ or WRITE, optional expiry day) whose secret
 * is shown once right after it was created, and revoking a key. Bad input shows the form again with the engine's
 * message and creates nothing.
 */
@Controller("evgLoyaltyApiKeysController")
@RequestMapping("/" + LoyaltyApiKeysController.SECTION_KEY)
public class LoyaltyApiKeysController extends AbstractLoyaltyAdminController {

    /** The section's URL below the admin root, as seeded in BLC_ADMIN_SECTION (without the leading slash). */
    public static final String SECTION_KEY = "loyalty/api-keys";
    /** Flash attribute of a new key's secret (shown once). */
    public static final String SECRET = "apiKeySecret";

    @Resource(name = "evgApiKeyService")
    protected ApiKeyService keys;
    @Resource(name = "evgClock")
    protected Clock clock;

    /** The keys and the form of a new one. */
    @RequestMapping(value = "", method = RequestMethod.GET)
    public String list(HttpServletResponse response, Model model) {
        String refusal = refusalFor(response, model);
        if (refusal != null) {
            return refusal;
        }
        return listPage(model, "", ApiScope.READ.name(), "", newErrors());
    }

    private String listPage(Model model, String name, String scope, String expiresOn, FormErrors errors) {
        model.addAttribute("apiKeys", keys.keys());
        model.addAttribute("now", clock.now());
        model.addAttribute("scopes", ApiScope.values());
        model.addAttribute("formName", name);
        model.addAttribute("formScope", scope);
        model.addAttribute("formExpiresOn", expiresOn);
        model.addAttribute("formErrors", errors);
        return page(model, SECTION_KEY, "loyalty/apiKeys");
    }

    /** Creates a key and shows the list with its secret, once; bad input shows the form with the problem. */
    @RequestMapping(value = "", method = RequestMethod.POST)
    public String create(@RequestParam(value = "name", required = false) String name,
                         @RequestParam(value = "scope", required = false) String scope,
                         @RequestParam(value = "expiresOn", required = false) String expiresOn,
                         HttpServletResponse response, Model model, RedirectAttributes redirect) {
        String refusal = refusalFor(response, model);
        if (refusal != null) {
            return refusal;
        }
        try {
            CreatedApiKey created = keys.create(name, scope, expiresOn, currentAdminLogin());
            redirect.addFlashAttribute(SECRET, created.getSecret());
            redirect.addFlashAttribute(NOTICE, text("evergreen.apiKeys.created", created.getKey().getName()));
            return "redirect:/" + SECTION_KEY;
        } catch (ApiKeyException e) {
            FormErrors errors = newErrors();
            errors.reject(e.getField() == null ? FormErrors.FORM : e.getField(), e.getMessageKey(), e.getArguments());
            return listPage(model, blank(name), scope == null ? ApiScope.READ.name() : scope, blank(expiresOn), errors);
        }
    }

    /** Revokes a key for good. */
    @RequestMapping(value = "/{id}/revoke", method = RequestMethod.POST)
    public String revoke(@PathVariable("id") String id, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        String refusal = refusalFor(response, model);
        if (refusal != null) {
            return refusal;
        }
        Long n = id != null && id.trim().matches("\\d{1,18}") ? Long.valueOf(id.trim()) : null;
        ApiKey key = n == null ? null : keys.key(n);
        if (key == null) {
            return notFound(response, model, SECTION_KEY, "evergreen.apiKeys.notFound", id);
        }
        keys.revoke(key.getId());
        redirect.addFlashAttribute(NOTICE, text("evergreen.apiKeys.revoked", key.getName(), key.getPrefix()));
        return "redirect:/" + SECTION_KEY;
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }
}
