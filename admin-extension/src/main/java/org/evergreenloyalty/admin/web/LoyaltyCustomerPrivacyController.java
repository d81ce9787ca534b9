package org.evergreenloyalty.admin.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

import org.evergreenloyalty.customer.CustomerContact;
import org.evergreenloyalty.customer.CustomerDirectory;
import org.evergreenloyalty.privacy.ErasureResult;
import org.evergreenloyalty.privacy.PersonalDataExport;
import org.evergreenloyalty.privacy.PrivacyException;
import org.evergreenloyalty.privacy.PrivacyService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The personal-data actions of a customer's page in Loyalty &gt; Customers: "Export loyalty data (JSON)" (a
 * download) and "Erase personal data" (confirmed, with a required reason, recorded with the signed-in admin user;
 * the page then shows the erasure record). Both need the Loyalty pages' permission.
 */
@Controller("evgLoyaltyCustomerPrivacyController")
@RequestMapping("/" + LoyaltyCustomersController.SECTION_KEY + "/{customerId}")
public class LoyaltyCustomerPrivacyController extends AbstractLoyaltyAdminController {

    @Resource(name = "evgPrivacyService")
    protected PrivacyService privacy;

    @Resource(name = "evgCustomerDirectory")
    protected CustomerDirectory customers;

    /** The customer's loyalty data as a JSON attachment. */
    @RequestMapping(value = "/export", method = RequestMethod.GET)
    public String export(@PathVariable("customerId") String customerId, HttpServletResponse response, Model model) throws IOException {
        String refusal = refusalFor(response, model);
        if (refusal != null) {
            return refusal;
        }
        CustomerContact customer = customer(customerId);
        if (customer == null) {
            return notFound(response, model, LoyaltyCustomersController.SECTION_KEY, "evergreen.customer.notFound", customerId);
        }
        PersonalDataExport data = privacy.export(customer.getCustomerId());
        byte[] body = data.toJson().getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + data.fileName() + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
        return null;
    }

    /** Erases the customer's personal data once; without the confirmation or a reason nothing changes. */
    @RequestMapping(value = "/erase", method = RequestMethod.POST)
    public String erase(@PathVariable("customerId") String customerId,
                        @RequestParam(value = "reason", required = false) String reason,
                        @RequestParam(value = "confirm", required = false) String confirm,
                        HttpServletResponse response, Model model, RedirectAttributes redirect) {
        String refusal = refusalFor(response, model);
        if (refusal != null) {
            return refusal;
        }
        CustomerContact customer = customer(customerId);
        if (customer == null) {
            return notFound(response, model, LoyaltyCustomersController.SECTION_KEY, "evergreen.customer.notFound", customerId);
        }
        String back = "redirect:/" + LoyaltyCustomersController.SECTION_KEY + "/" + customer.getCustomerId();
        String admin = currentAdminLogin();
        if (confirm == null || admin == null) {
            redirect.addFlashAttribute(WARNING, text(admin == null ? "evergreen.adjust.error.noAdmin" : "evergreen.gdpr.erase.error.confirm"));
            return back;
        }
        try {
            ErasureResult done = privacy.erase(customer.getCustomerId(), admin, reason);
            redirect.addFlashAttribute(done.isErasedNow() ? NOTICE : WARNING, done.isErasedNow()
                    ? text("evergreen.gdpr.erase.done", String.valueOf(done.getRecord().getTotalRows()))
                    : text("evergreen.gdpr.erase.already"));
        } catch (PrivacyException e) {
            redirect.addFlashAttribute(WARNING, "reason".equals(e.getField()) ? text("evergreen.gdpr.erase.error.reason") : refusal(e));
        }
        return back;
    }

    private CustomerContact customer(String customerId) {
        Long id = LoyaltyCustomersController.parseId(customerId);
        return id == null ? null : customers.contact(id);
    }
}
