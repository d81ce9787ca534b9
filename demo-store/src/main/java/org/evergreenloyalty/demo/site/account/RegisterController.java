package org.evergreenloyalty.demo.site.account;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;

import org.broadleafcommerce.core.order.domain.NullOrderImpl;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.web.order.CartState;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.broadleafcommerce.profile.web.core.service.login.LoginService;
import org.evergreenloyalty.demo.site.web.StorePages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Registration: first and last name, e-mail (the login name) and password. The anonymous shopper becomes
 * the registered customer (keeping the cart), and is signed in.
 */
@Controller
@RequestMapping("/register")
public class RegisterController {

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

    @Resource(name = "blLoginService")
    protected LoginService loginService;

    @Resource(name = "blOrderService")
    protected OrderService orderService;

    @RequestMapping(method = RequestMethod.GET)
    public String form(@RequestParam(value = "successUrl", required = false) String successUrl, Model model) {
        if (StorePages.isSignedIn(CustomerState.getCustomer())) {
            return "redirect:/account";
        }
        model.addAttribute("form", new LinkedHashMap<String, String>());
        model.addAttribute("errors", new LinkedHashMap<String, String>());
        model.addAttribute("successUrl", StorePages.localPath(successUrl, ""));
        return "account/register";
    }

    @RequestMapping(method = RequestMethod.POST)
    public String register(@RequestParam(value = "firstName", required = false) String firstName,
            @RequestParam(value = "lastName", required = false) String lastName,
            @RequestParam(value = "email", required = false) String email,
            @RequestParam(value = "password", required = false) String password,
            @RequestParam(value = "passwordConfirm", required = false) String passwordConfirm,
            @RequestParam(value = "successUrl", required = false) String successUrl,
            Model model, RedirectAttributes flash, HttpServletRequest request) {
        Map<String, String> form = new LinkedHashMap<String, String>();
        form.put("firstName", AccountForms.clean(firstName));
        form.put("lastName", AccountForms.clean(lastName));
        form.put("email", AccountForms.clean(email).toLowerCase());
        Map<String, String> errors = new LinkedHashMap<String, String>();
        AccountForms.checkName("firstName", "first name", form.get("firstName"), errors);
        AccountForms.checkName("lastName", "last name", form.get("lastName"), errors);
        AccountForms.checkEmail("email", form.get("email"), errors);
        AccountForms.checkNewPassword(password, passwordConfirm, errors);
        if (!errors.containsKey("email") && customerService.readCustomerByUsername(form.get("email")) != null) {
            errors.put("email", "An account with this e-mail address already exists. Sign in instead.");
        }
        String target = StorePages.localPath(successUrl, "");
        if (!errors.isEmpty()) {
            model.addAttribute("form", form);
            model.addAttribute("errors", errors);
            model.addAttribute("successUrl", target);
            return "account/register";
        }

        Customer customer = CustomerState.getCustomer();
        if (customer == null || customer.isRegistered()) {
            customer = customerService.createCustomer();
        }
        customer.setUsername(form.get("email"));
        customer.setEmailAddress(form.get("email"));
        customer.setFirstName(form.get("firstName"));
        customer.setLastName(form.get("lastName"));
        Customer registered = customerService.registerCustomer(customer, password, passwordConfirm);
        loginService.loginCustomer(form.get("email"), password);
        // a new session id once signed in (session fixation), as the sign-in form does (migrateSession)
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }

        Order cart = CartState.getCart();
        if (cart != null && !(cart instanceof NullOrderImpl) && cart.getEmailAddress() == null) {
            cart.setEmailAddress(registered.getEmailAddress());
            try {
                orderService.save(cart, false);
            } catch (Exception e) {
                throw new IllegalStateException("Could not attach the cart to the new account", e);
            }
        }
        flash.addFlashAttribute("accountMessage", "Welcome, " + registered.getFirstName() + "! Your account is ready.");
        return "redirect:" + (target.isEmpty() ? "/account" : target);
    }
}
