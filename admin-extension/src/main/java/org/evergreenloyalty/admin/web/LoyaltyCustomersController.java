package org.evergreenloyalty.admin.web;

import java.util.ArrayList;
import java.util.List;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;

import org.evergreenloyalty.admin.birthdays.BirthdayFormat;
import org.evergreenloyalty.admin.customers.AdjustmentForm;
import org.evergreenloyalty.admin.customers.LoyaltyCustomerSearch;
import org.evergreenloyalty.admin.customers.OrderPointsRow;
import org.evergreenloyalty.admin.form.FormErrors;
import org.evergreenloyalty.birthday.BirthdayService;
import org.evergreenloyalty.customer.CustomerContact;
import org.evergreenloyalty.customer.CustomerDirectory;
import org.evergreenloyalty.ledger.InsufficientPointsException;
import org.evergreenloyalty.ledger.LedgerEntry;
import org.evergreenloyalty.ledger.PostingResult;
import org.evergreenloyalty.points.OrderPoints;
import org.evergreenloyalty.points.PointsAccountService;
import org.evergreenloyalty.points.PointsReversalService;
import org.evergreenloyalty.privacy.PrivacyService;
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
 * The admin's Loyalty &gt; Customers section: finding a customer by e-mail, name or order number, and a
 * customer's loyalty page with balances, tier, expiring points, the paginated points history, the customer's
 * orders with points, the manual adjustment form (recorded with the signed-in admin user), and the customer's
 * birthday with a link to its page in Loyalty &gt; Birthdays, and the personal-data actions with the erasure record
 * ({@link LoyaltyCustomerPrivacyController}).
 */
@Controller("evgLoyaltyCustomersController")
@RequestMapping("/" + LoyaltyCustomersController.SECTION_KEY)
public class LoyaltyCustomersController extends AbstractLoyaltyAdminController {

    /** The section's URL below the admin root, as seeded in BLC_ADMIN_SECTION (without the leading slash). */
    public static final String SECTION_KEY = "loyalty/customers";

    /** Most customers a search lists. */
    public static final int MAX_RESULTS = 50;
    /** History entries per page. */
    public static final int HISTORY_PAGE_SIZE = 20;
    /** Most orders the customer page lists (newest first). */
    public static final int MAX_ORDERS = 50;

    @Resource(name = "evgLoyaltyCustomerSearch")
    protected LoyaltyCustomerSearch search;

    @Resource(name = "evgCustomerDirectory")
    protected CustomerDirectory customers;

    @Resource(name = "evgPointsAccountService")
    protected PointsAccountService accounts;

    @Resource(name = "evgPointsReversalService")
    protected PointsReversalService orderPoints;

    @Resource(name = "evgBirthdayService")
    protected BirthdayService birthdays;

    @Resource(name = "evgPrivacyService")
    protected PrivacyService privacy;

    /**
     * Puts what views/loyalty/partials/customerResults shows into the model: the query as typed (trimmed), whether
     * one was made, and at most {@link #MAX_RESULTS} customers matching it (none for a blank query).
     */
    static void searchInto(LoyaltyCustomerSearch search, String q, Model model) {
        String text = q == null ? "" : q.trim();
        model.addAttribute("query", text);
        model.addAttribute("searched", !text.isEmpty());
        List<CustomerContact> found = text.isEmpty() ? new ArrayList<CustomerContact>() : search.find(text, MAX_RESULTS);
        model.addAttribute("results", found);
        model.addAttribute("maxResults", MAX_RESULTS);
    }

    /** The search form, and its results when {@code q} is not blank. */
    @RequestMapping(value = "", method = RequestMethod.GET)
    public String search(@RequestParam(value = "q", required = false) String q, HttpServletResponse response, Model model) {
        String refusal = refusalFor(response, model);
        if (refusal != null) {
            return refusal;
        }
        searchInto(search, q, model);
        return page(model, SECTION_KEY, "loyalty/customers");
    }

    /** A customer's loyalty page; {@code page} is the history page, from 1. */
    @RequestMapping(value = "/{customerId}", method = RequestMethod.GET)
    public String show(@PathVariable("customerId") String customerId,
                       @RequestParam(value = "page", required = false) String page,
                       HttpServletResponse response, Model model) {
        String refusal = refusalFor(response, model);
        if (refusal != null) {
            return refusal;
        }
        CustomerContact customer = customer(customerId);
        if (customer == null) {
            return notFound(response, model, SECTION_KEY, "evergreen.customer.notFound", customerId);
        }
        return customerPage(model, customer, pageNumber(page), AdjustmentForm.blank(), newErrors());
    }

    /** Records a manual adjustment by the signed-in admin user; on bad input shows the page with the problems. */
    @RequestMapping(value = "/{customerId}/adjust", method = RequestMethod.POST)
    public String adjust(@PathVariable("customerId") String customerId,
                         @ModelAttribute("adjustment") AdjustmentForm form,
                         HttpServletResponse response, Model model, RedirectAttributes redirect) {
        String refusal = refusalFor(response, model);
        if (refusal != null) {
            return refusal;
        }
        CustomerContact customer = customer(customerId);
        if (customer == null) {
            return notFound(response, model, SECTION_KEY, "evergreen.customer.notFound", customerId);
        }
        FormErrors errors = newErrors();
        AdjustmentForm.Adjustment adjustment = form.read(errors);
        String admin = currentAdminLogin();
        if (errors.isEmpty() && admin == null) {
            errors.reject(FormErrors.FORM, "evergreen.adjust.error.noAdmin");
        }
        if (errors.isEmpty()) {
            try {
                PostingResult posted = accounts.adjustOnce(customer.getCustomerId(), adjustment.getPoints(),
                        adjustment.getReason(), admin, form.getRequestKey());
                LedgerEntry entry = posted.getEntry();
                if (posted.isRecorded()) {
                    redirect.addFlashAttribute(NOTICE, text("evergreen.adjust.done", signed(adjustment.getPoints()),
                            String.valueOf(entry.getAvailableAfter())));
                } else {
                    redirect.addFlashAttribute(WARNING, text("evergreen.adjust.repeat", signed(entry.getAvailableDelta())));
                }
                return "redirect:/" + SECTION_KEY + "/" + customer.getCustomerId();
            } catch (InsufficientPointsException e) {
                errors.reject("points", "evergreen.adjust.error.belowZero", String.valueOf(e.getAvailable()));
            } catch (IllegalArgumentException e) {
                errors.rejectText(FormErrors.FORM, e.getMessage());
            }
        }
        return customerPage(model, customer, 1, form, errors);
    }

    private String customerPage(Model model, CustomerContact customer, int page, AdjustmentForm form, FormErrors errors) {
        long id = customer.getCustomerId();
        int pages = accounts.historyPages(id, HISTORY_PAGE_SIZE);
        int current = Math.min(Math.max(1, page), pages);
        model.addAttribute("customer", customer);
        model.addAttribute("summary", accounts.summary(id));
        model.addAttribute("history", accounts.history(id, current - 1, HISTORY_PAGE_SIZE));
        model.addAttribute("historyPage", current);
        model.addAttribute("historyPages", pages);
        List<OrderPointsRow> orders = new ArrayList<OrderPointsRow>();
        for (OrderPoints op : orderPoints.ordersOf(id, MAX_ORDERS)) {
            orders.add(new OrderPointsRow(op));
        }
        model.addAttribute("orders", orders);
        model.addAttribute("maxOrders", MAX_ORDERS);
        model.addAttribute("birthday", birthdays.profile(id));
        model.addAttribute("birthdayFormat", new BirthdayFormat(LocaleContextHolder.getLocale()));
        model.addAttribute("erasure", privacy.erasure(id));
        model.addAttribute("adjustment", form);
        model.addAttribute("adjustmentErrors", errors);
        return page(model, SECTION_KEY, "loyalty/customer");
    }

    /** The customer of a path id, or null when it is not a number or no such customer exists. */
    private CustomerContact customer(String customerId) {
        Long id = parseId(customerId);
        return id == null ? null : customers.contact(id);
    }

    static Long parseId(String text) {
        if (text == null || !text.matches("-?\\d{1,18}")) {
            return null;
        }
        return Long.valueOf(text);
    }

    private static int pageNumber(String text) {
        if (text == null || !text.trim().matches("\\d{1,6}")) {
            return 1;
        }
        return Integer.parseInt(text.trim());
    }

    static String signed(long points) {
        return points > 0 ? "+" + points : String.valueOf(points);
    }
}
