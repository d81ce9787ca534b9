package org.evergreenloyalty.admin.web;

import java.util.ArrayList;
import java.util.List;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

import org.evergreenloyalty.admin.form.FormErrors;
import org.evergreenloyalty.webhook.WebhookAdminService;
import org.evergreenloyalty.webhook.WebhookDelivery;
import org.evergreenloyalty.webhook.WebhookEvents;
import org.evergreenloyalty.webhook.WebhookException;
import org.evergreenloyalty.webhook.WebhookSubscription;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's Loyalty &gt; Webhooks page: the subscriptions (URL, events, enabled, failures in a row), a notice for
 * each one the sender disabled after too many failures, the form of a new one (its secret is shown once, right after
 * it was created), and per subscription its edit form, "send test event", delete, and its delivery log (deliveries
 * with status, attempts, last status code and error, time; resend) with the latest attempts. Bad input shows the form
 * again with the engine's message and changes nothing.
 */
@Controller("evgLoyaltyWebhooksController")
@RequestMapping("/" + LoyaltyWebhooksController.SECTION_KEY)
public class LoyaltyWebhooksController extends AbstractLoyaltyAdminController {

    /** The section's URL below the admin root, as seeded in BLC_ADMIN_SECTION (without the leading slash). */
    public static final String SECTION_KEY = "loyalty/webhooks";
    /** Deliveries and attempts listed in a subscription's log. */
    public static final int LOG_SIZE = 50;
    /** Flash attribute of a new subscription's secret (shown once). */
    public static final String SECRET = "webhookSecret";

    @Resource(name = "evgWebhookAdminService")
    protected WebhookAdminService webhooks;

    /** The subscriptions, the notices of disabled ones and the form of a new one. */
    @RequestMapping(value = "", method = RequestMethod.GET)
    public String list(HttpServletResponse response, Model model) {
        String refusal = refusalFor(response, model);
        if (refusal != null) {
            return refusal;
        }
        return listPage(model, "", new ArrayList<String>(), true, newErrors());
    }

    private String listPage(Model model, String url, List<String> events, boolean enabled, FormErrors errors) {
        List<WebhookSubscription> all = webhooks.subscriptions();
        List<WebhookSubscription> disabled = new ArrayList<WebhookSubscription>();
        for (WebhookSubscription s : all) {
            if (!s.isEnabled() && s.getAutoDisabledAt() != null) {
                disabled.add(s);
            }
        }
        model.addAttribute("subscriptions", all);
        model.addAttribute("autoDisabled", disabled);
        model.addAttribute("eventTypes", WebhookEvents.ALL);
        model.addAttribute("formUrl", url);
        model.addAttribute("formEvents", events);
        model.addAttribute("formEnabled", enabled);
        model.addAttribute("formErrors", errors);
        return page(model, SECTION_KEY, "loyalty/webhooks");
    }

    /** Creates a subscription and shows its page with the secret, once; bad input shows the form with the problem. */
    @RequestMapping(value = "", method = RequestMethod.POST)
    public String create(@RequestParam(value = "url", required = false) String url,
                         @RequestParam(value = "events", required = false) List<String> events,
                         @RequestParam(value = "enabled", required = false) String enabled,
                         HttpServletResponse response, Model model, RedirectAttributes redirect) {
        String refusal = refusalFor(response, model);
        if (refusal != null) {
            return refusal;
        }
        List<String> chosen = events == null ? new ArrayList<String>() : events;
        try {
            WebhookSubscription s = webhooks.create(url, chosen, enabled != null);
            redirect.addFlashAttribute(SECRET, s.getSecret());
            redirect.addFlashAttribute(NOTICE, text("evergreen.webhooks.created"));
            return "redirect:/" + SECTION_KEY + "/" + s.getId();
        } catch (WebhookException e) {
            return listPage(model, url == null ? "" : url, chosen, enabled != null, refused(e));
        }
    }

    /** A subscription's page: its form and delivery log. */
    @RequestMapping(value = "/{id}", method = RequestMethod.GET)
    public String show(@PathVariable("id") String id, HttpServletResponse response, Model model) {
        String refusal = refusalFor(response, model);
        if (refusal != null) {
            return refusal;
        }
        WebhookSubscription s = subscription(id);
        if (s == null) {
            return notFound(response, model, SECTION_KEY, "evergreen.webhooks.notFound", id);
        }
        return subscriptionPage(model, s, s.getUrl(), s.getEvents(), s.isEnabled(), newErrors());
    }

    private String subscriptionPage(Model model, WebhookSubscription s, String url, List<String> events, boolean enabled, FormErrors errors) {
        model.addAttribute("subscription", s);
        model.addAttribute("deliveries", webhooks.deliveries(s.getId(), LOG_SIZE));
        model.addAttribute("attempts", webhooks.attempts(s.getId(), LOG_SIZE));
        model.addAttribute("eventTypes", WebhookEvents.ALL);
        model.addAttribute("formUrl", url);
        model.addAttribute("formEvents", events);
        model.addAttribute("formEnabled", enabled);
        model.addAttribute("formErrors", errors);
        return page(model, SECTION_KEY, "loyalty/webhook");
    }

    /** Saves URL, events and the enabled flag. */
    @RequestMapping(value = "/{id}", method = RequestMethod.POST)
    public String update(@PathVariable("id") String id,
                         @RequestParam(value = "url", required = false) String url,
                         @RequestParam(value = "events", required = false) List<String> events,
                         @RequestParam(value = "enabled", required = false) String enabled,
                         HttpServletResponse response, Model model, RedirectAttributes redirect) {
        String refusal = refusalFor(response, model);
        if (refusal != null) {
            return refusal;
        }
        WebhookSubscription s = subscription(id);
        if (s == null) {
            return notFound(response, model, SECTION_KEY, "evergreen.webhooks.notFound", id);
        }
        List<String> chosen = events == null ? new ArrayList<String>() : events;
        try {
            webhooks.update(s.getId(), url, chosen, enabled != null);
            redirect.addFlashAttribute(NOTICE, text("evergreen.webhooks.saved"));
            return "redirect:/" + SECTION_KEY + "/" + s.getId();
        } catch (WebhookException e) {
            return subscriptionPage(model, s, url == null ? "" : url, chosen, enabled != null, refused(e));
        }
    }

    /** Deletes a subscription with its log. */
    @RequestMapping(value = "/{id}/delete", method = RequestMethod.POST)
    public String delete(@PathVariable("id") String id, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return act(id, response, model, redirect, s -> {
            webhooks.delete(s.getId());
            redirect.addFlashAttribute(NOTICE, text("evergreen.webhooks.deleted", s.getUrl()));
            return "redirect:/" + SECTION_KEY;
        });
    }

    /** Sends a {@code webhook.test} event to the subscription now. */
    @RequestMapping(value = "/{id}/test", method = RequestMethod.POST)
    public String sendTest(@PathVariable("id") String id, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return act(id, response, model, redirect, s -> {
            webhooks.sendTest(s.getId());
            redirect.addFlashAttribute(NOTICE, text(s.isEnabled() ? "evergreen.webhooks.testQueued" : "evergreen.webhooks.testWaits"));
            return "redirect:/" + SECTION_KEY + "/" + s.getId();
        });
    }

    /** Sends one delivery of the subscription again, with a fresh run of attempts. */
    @RequestMapping(value = "/{id}/deliveries/{deliveryId}/resend", method = RequestMethod.POST)
    public String resend(@PathVariable("id") String id, @PathVariable("deliveryId") String deliveryId,
                         HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return act(id, response, model, redirect, s -> {
            Long d = number(deliveryId);
            WebhookDelivery delivery = d == null ? null : webhooks.delivery(d);
            if (delivery == null || delivery.getSubscriptionId() != s.getId()) {
                redirect.addFlashAttribute(WARNING, text("evergreen.webhooks.error.noSuchDelivery", deliveryId));
            } else {
                webhooks.resend(d);
                redirect.addFlashAttribute(NOTICE, text(s.isEnabled() ? "evergreen.webhooks.resent" : "evergreen.webhooks.testWaits"));
            }
            return "redirect:/" + SECTION_KEY + "/" + s.getId();
        });
    }

    /** What an action does to an existing subscription. */
    private interface Action {
        String on(WebhookSubscription s);
    }

    private String act(String id, HttpServletResponse response, Model model, RedirectAttributes redirect, Action action) {
        String refusal = refusalFor(response, model);
        if (refusal != null) {
            return refusal;
        }
        WebhookSubscription s = subscription(id);
        if (s == null) {
            return notFound(response, model, SECTION_KEY, "evergreen.webhooks.notFound", id);
        }
        try {
            return action.on(s);
        } catch (WebhookException e) {
            redirect.addFlashAttribute(WARNING, text(e.getMessageKey(), e.getArguments()));
            return "redirect:/" + SECTION_KEY;
        }
    }

    private FormErrors refused(WebhookException e) {
        FormErrors errors = newErrors();
        errors.reject(e.getField() == null ? FormErrors.FORM : e.getField(), e.getMessageKey(), e.getArguments());
        return errors;
    }

    private WebhookSubscription subscription(String id) {
        Long n = number(id);
        return n == null ? null : webhooks.subscription(n);
    }

    private static Long number(String s) {
        if (s == null || s.trim().isEmpty() || s.trim().length() > 18) {
            return null;
        }
        try {
            return Long.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
