package org.evergreenloyalty.admin.web;

import java.util.Locale;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

import org.evergreenloyalty.admin.birthdays.BirthdayChangeForm;
import org.evergreenloyalty.admin.birthdays.BirthdayFormat;
import org.evergreenloyalty.admin.birthdays.BirthdayRefusals;
import org.evergreenloyalty.admin.customers.LoyaltyCustomerSearch;
import org.evergreenloyalty.admin.form.FormErrors;
import org.evergreenloyalty.birthday.BirthdayException;
import org.evergreenloyalty.birthday.BirthdayProfile;
import org.evergreenloyalty.birthday.BirthdayRewardService;
import org.evergreenloyalty.birthday.BirthdayService;
import org.evergreenloyalty.customer.CustomerContact;
import org.evergreenloyalty.customer.CustomerDirectory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A customer's birthday in Loyalty &gt; Birthdays: finding the customer (by e-mail, name or order number), the
 * birthday with its next celebration, the customer's birthday rewards and the history of changes, and the form
 * with which an admin sets or corrects it outside the shopper's once-a-year rule. The admin must give a reason;
 * it is recorded with the signed-in admin user. Bad input shows every problem and changes nothing.
 */
@Controller("evgLoyaltyCustomerBirthdayController")
@RequestMapping("/" + LoyaltyBirthdaysController.SECTION_KEY + "/customers")
public class LoyaltyCustomerBirthdayController extends AbstractLoyaltyAdminController {

    private static final String SECTION_KEY = LoyaltyBirthdaysController.SECTION_KEY;

    @Resource(name = "evgLoyaltyCustomerSearch")
    protected LoyaltyCustomerSearch search;

    @Resource(name = "evgCustomerDirectory")
    protected CustomerDirectory customers;

    @Resource(name = "evgBirthdayService")
    protected BirthdayService birthdays;

    @Resource(name = "evgBirthdayRewardService")
    protected BirthdayRewardService rewards;

    /** Finds customers whose birthday to look at; with a blank {@code q} only the search form. */
    @RequestMapping(value = "", method = RequestMethod.GET)
    public String find(@RequestParam(value = "q", required = false) String q, HttpServletResponse response, Model model) {
        String refusal = refusalFor(response, model);
        if (refusal != null) {
            return refusal;
        }
        LoyaltyCustomersController.searchInto(search, q, model);
        return page(model, SECTION_KEY, "loyalty/birthdayCustomers");
    }

    /** The customer's birthday page. */
    @RequestMapping(value = "/{customerId}", method = RequestMethod.GET)
    public String show(@PathVariable("customerId") String customerId, HttpServletResponse response, Model model) {
        String refusal = refusalFor(response, model);
        if (refusal != null) {
            return refusal;
        }
        CustomerContact customer = customer(customerId);
        if (customer == null) {
            return notFound(response, model, SECTION_KEY, "evergreen.customer.notFound", customerId);
        }
        BirthdayProfile profile = birthdays.profile(customer.getCustomerId());
        return customerPage(model, customer, profile, BirthdayChangeForm.of(profile.getBirthday()), newErrors());
    }

    /**
     * Sets the customer's birthday as the signed-in admin with the given reason; on bad input (an impossible
     * date, a missing reason) shows the page with every problem and changes nothing.
     */
    @RequestMapping(value = "/{customerId}", method = RequestMethod.POST)
    public String change(@PathVariable("customerId") String customerId,
                         @ModelAttribute("birthdayChange") BirthdayChangeForm form,
                         HttpServletResponse response, Model model, RedirectAttributes redirect) {
        String refusal = refusalFor(response, model);
        if (refusal != null) {
            return refusal;
        }
        CustomerContact customer = customer(customerId);
        if (customer == null) {
            return notFound(response, model, SECTION_KEY, "evergreen.customer.notFound", customerId);
        }
        Locale locale = LocaleContextHolder.getLocale();
        BirthdayRefusals refusals = new BirthdayRefusals(messageSource);
        FormErrors errors = newErrors();
        try {
            birthdays.check(form.getMonth(), form.getDay(), form.getYear());
        } catch (BirthdayException e) {
            errors.rejectText(e.getField() == null ? FormErrors.FORM : e.getField(), refusals.message(e, locale));
        }
        form.checkReason(errors);
        String admin = currentAdminLogin();
        if (errors.isEmpty() && admin == null) {
            errors.reject(FormErrors.FORM, "evergreen.adjust.error.noAdmin");
        }
        if (errors.isEmpty()) {
            try {
                BirthdayProfile saved = birthdays.saveByAdmin(customer.getCustomerId(), form.getMonth(), form.getDay(), form.getYear(),
                        admin, form.getTrimmedReason());
                BirthdayFormat format = new BirthdayFormat(locale);
                redirect.addFlashAttribute(NOTICE, text(saved.isNextOccurrenceEarns() ? "evergreen.birthdays.change.saved"
                                : "evergreen.birthdays.change.savedLate", format.birthday(saved.getBirthday()),
                        format.date(saved.getNextOccurrence()), format.date(saved.getFirstEarningOccurrence())));
                return "redirect:/" + SECTION_KEY + "/customers/" + customer.getCustomerId();
            } catch (BirthdayException e) {
                errors.rejectText(e.getField() == null ? FormErrors.FORM : e.getField(), refusals.message(e, locale));
            }
        }
        return customerPage(model, customer, birthdays.profile(customer.getCustomerId()), form, errors);
    }

    private String customerPage(Model model, CustomerContact customer, BirthdayProfile profile, BirthdayChangeForm form,
                                FormErrors errors) {
        long id = customer.getCustomerId();
        model.addAttribute("customer", customer);
        model.addAttribute("profile", profile);
        model.addAttribute("history", birthdays.history(id));
        model.addAttribute("customerRewards", rewards.rewardsOf(id));
        model.addAttribute("birthdayChange", form);
        model.addAttribute("birthdayChangeErrors", errors);
        model.addAttribute("birthdayFormat", new BirthdayFormat(LocaleContextHolder.getLocale()));
        return page(model, SECTION_KEY, "loyalty/customerBirthday");
    }

    /** The customer of a path id, or null when it is not a number or no such customer exists. */
    private CustomerContact customer(String customerId) {
        Long id = LoyaltyCustomersController.parseId(customerId);
        return id == null ? null : customers.contact(id);
    }
}
