package org.evergreenloyalty.admin.web;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

import org.evergreenloyalty.admin.customers.OrderPointsRow;
import org.evergreenloyalty.admin.customers.ReturnForm;
import org.evergreenloyalty.admin.form.FormErrors;
import org.evergreenloyalty.customer.CustomerContact;
import org.evergreenloyalty.customer.CustomerDirectory;
import org.evergreenloyalty.points.OrderPoints;
import org.evergreenloyalty.points.OrderPointsLine;
import org.evergreenloyalty.points.PointsMaturationService;
import org.evergreenloyalty.points.PointsReversalService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's actions on one order of a customer's loyalty page (Loyalty &gt; Customers): make its pending
 * points available now, and return items of it, which takes back the points the returned units earned.
 */
@Controller("evgLoyaltyCustomerOrdersController")
@RequestMapping("/" + LoyaltyCustomersController.SECTION_KEY + "/{customerId}/orders/{orderId}")
public class LoyaltyCustomerOrdersController extends AbstractLoyaltyAdminController {

    private static final String SECTION_KEY = LoyaltyCustomersController.SECTION_KEY;

    /** Session attribute: the return keys of the forms this admin session submitted successfully. */
    static final String USED_RETURN_KEYS = "evgUsedReturnKeys";

    @Resource(name = "evgCustomerDirectory")
    protected CustomerDirectory customers;

    @Resource(name = "evgPointsReversalService")
    protected PointsReversalService reversals;

    @Resource(name = "evgPointsMaturationService")
    protected PointsMaturationService maturation;

    /** Makes the order's pending points available now, then goes back to the customer's page. */
    @RequestMapping(value = "/mature", method = RequestMethod.POST)
    public String matureNow(@PathVariable("customerId") String customerId, @PathVariable("orderId") String orderId,
                            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        String refusal = refusalFor(response, model);
        if (refusal != null) {
            return refusal;
        }
        OrderPoints order = orderOf(customerId, orderId);
        if (order == null) {
            return notFound(response, model, SECTION_KEY, "evergreen.order.notFound", orderId);
        }
        String label = new OrderPointsRow(order).getLabel();
        if (maturation.mature(order.getOrderId())) {
            redirect.addFlashAttribute(NOTICE, text("evergreen.order.matured", label));
        } else {
            redirect.addFlashAttribute(WARNING, text("evergreen.order.nothingPending", label));
        }
        return backToCustomer(order);
    }

    /** The return form: the order's lines with the units left to return. */
    @RequestMapping(value = "/return", method = RequestMethod.GET)
    public String returnForm(@PathVariable("customerId") String customerId, @PathVariable("orderId") String orderId,
                             HttpServletResponse response, Model model) {
        String refusal = refusalFor(response, model);
        if (refusal != null) {
            return refusal;
        }
        OrderPoints order = orderOf(customerId, orderId);
        if (order == null) {
            return notFound(response, model, SECTION_KEY, "evergreen.order.notFound", orderId);
        }
        List<OrderPointsLine> lines = reversals.lines(order.getOrderId());
        return returnPage(model, order, lines, ReturnForm.blank(lines), newErrors());
    }

    /**
     * Returns the chosen units: the engine takes back the points they earned (a repeated submission of the same
     * form changes nothing); on bad input shows the form again with the problems, nothing returned.
     */
    @RequestMapping(value = "/return", method = RequestMethod.POST)
    public String returnItems(@PathVariable("customerId") String customerId, @PathVariable("orderId") String orderId,
                              @ModelAttribute("returnForm") ReturnForm form, HttpSession session,
                              HttpServletResponse response, Model model, RedirectAttributes redirect) {
        String refusal = refusalFor(response, model);
        if (refusal != null) {
            return refusal;
        }
        OrderPoints order = orderOf(customerId, orderId);
        if (order == null) {
            return notFound(response, model, SECTION_KEY, "evergreen.order.notFound", orderId);
        }
        String label = new OrderPointsRow(order).getLabel();
        List<OrderPointsLine> lines = reversals.lines(order.getOrderId());
        FormErrors errors = newErrors();
        if (order.isCancelled()) {
            errors.reject(FormErrors.FORM, "evergreen.return.error.cancelled");
            return returnPage(model, order, lines, form, errors);
        }
        Map<Long, Integer> chosen = form.read(lines, errors);
        if (chosen != null) {
            String returnKey = form.getReturnKey().trim();
            // the engine recognises a repeated form only when the return moved points; this session's own
            // repeats (a double click, a reload) are caught here whatever the points
            Set<String> used = usedReturnKeys(session);
            if (used.contains(returnKey)) {
                redirect.addFlashAttribute(WARNING, text("evergreen.return.repeated", label));
                return backToCustomer(order);
            }
            int returnedBefore = returnedUnits(lines);
            try {
                long points = reversals.returnItems(order.getOrderId(), returnKey, chosen);
                used.add(returnKey);
                if (returnedUnits(reversals.lines(order.getOrderId())) == returnedBefore) {
                    redirect.addFlashAttribute(WARNING, text("evergreen.return.repeated", label));
                } else {
                    redirect.addFlashAttribute(NOTICE, text("evergreen.return.done", label, String.valueOf(points)));
                }
                return backToCustomer(order);
            } catch (IllegalArgumentException e) {
                lines = reversals.lines(order.getOrderId());
                form.explainRefusal(chosen, lines, errors);
                if (errors.isEmpty()) {
                    errors.rejectText(FormErrors.FORM, e.getMessage());
                }
            }
        }
        return returnPage(model, order, lines, form, errors);
    }

    private String returnPage(Model model, OrderPoints order, List<OrderPointsLine> lines, ReturnForm form, FormErrors errors) {
        model.addAttribute("customer", customers.contact(order.getCustomerId()));
        model.addAttribute("order", new OrderPointsRow(order));
        model.addAttribute("lines", lines);
        model.addAttribute("returnForm", form);
        model.addAttribute("returnErrors", errors);
        boolean anythingLeft = false;
        for (OrderPointsLine line : lines) {
            anythingLeft |= line.getReturnableQuantity() > 0;
        }
        model.addAttribute("anythingLeft", anythingLeft);
        return page(model, SECTION_KEY, "loyalty/returnItems");
    }

    /** The order's points record when it exists and belongs to the customer of the path, else null. */
    private OrderPoints orderOf(String customerId, String orderId) {
        Long customer = LoyaltyCustomersController.parseId(customerId);
        Long order = LoyaltyCustomersController.parseId(orderId);
        if (customer == null || order == null) {
            return null;
        }
        OrderPoints op = reversals.orderPoints(order);
        return op != null && op.getCustomerId().equals(customer) ? op : null;
    }

    @SuppressWarnings("unchecked")
    private static Set<String> usedReturnKeys(HttpSession session) {
        Set<String> keys = (Set<String>) session.getAttribute(USED_RETURN_KEYS);
        if (keys == null) {
            keys = Collections.synchronizedSet(new LinkedHashSet<String>());
            session.setAttribute(USED_RETURN_KEYS, keys);
        }
        return keys;
    }

    private static int returnedUnits(List<OrderPointsLine> lines) {
        int n = 0;
        for (OrderPointsLine line : lines) {
            n += line.getReturnedQuantity();
        }
        return n;
    }

    private static String backToCustomer(OrderPoints order) {
        return "redirect:/" + SECTION_KEY + "/" + order.getCustomerId();
    }
}
