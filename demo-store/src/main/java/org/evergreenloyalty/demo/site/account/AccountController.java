package org.evergreenloyalty.demo.site.account;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.annotation.Resource;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.broadleafcommerce.profile.web.core.CustomerState;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in customer's profile ({@code /account}): first name, last name and e-mail address, which is
 * also the login name. Changing the e-mail keeps the customer signed in under the new address.
 */
@Controller
@RequestMapping("/account")
public class AccountController {

    @Resource(name = "blCustomerService")
    protected CustomerService customerService;

    @Resource(name = "blUserDetailsService")
    protected UserDetailsService userDetailsService;

    @RequestMapping(method = RequestMethod.GET)
    public String profile(Model model) {
        Customer customer = CustomerState.getCustomer();
        Map<String, String> form = new LinkedHashMap<String, String>();
        form.put("firstName", customer.getFirstName());
        form.put("lastName", customer.getLastName());
        form.put("email", customer.getEmailAddress());
        model.addAttribute("form", form);
        model.addAttribute("errors", new LinkedHashMap<String, String>());
        return "account/profile";
    }

    @RequestMapping(value = "/profile", method = RequestMethod.POST)
    public String update(@RequestParam(value = "firstName", required = false) String firstName,
            @RequestParam(value = "lastName", required = false) String lastName,
            @RequestParam(value = "email", required = false) String email,
            Model model, RedirectAttributes flash) {
        Customer customer = CustomerState.getCustomer();
        Map<String, String> form = new LinkedHashMap<String, String>();
        form.put("firstName", AccountForms.clean(firstName));
        form.put("lastName", AccountForms.clean(lastName));
        form.put("email", AccountForms.clean(email).toLowerCase());
        Map<String, String> errors = new LinkedHashMap<String, String>();
        AccountForms.checkName("firstName", "first name", form.get("firstName"), errors);
        AccountForms.checkName("lastName", "last name", form.get("lastName"), errors);
        AccountForms.checkEmail("email", form.get("email"), errors);
        boolean emailChanged = !form.get("email").equalsIgnoreCase(customer.getEmailAddress());
        if (!errors.containsKey("email") && emailChanged) {
            Customer other = customerService.readCustomerByUsername(form.get("email"));
            if (other == null) {
                other = customerService.readCustomerByEmail(form.get("email"));
            }
            if (other != null && !other.getId().equals(customer.getId())) {
                errors.put("email", "Another account already uses this e-mail address.");
            }
        }
        if (!errors.isEmpty()) {
            model.addAttribute("form", form);
            model.addAttribute("errors", errors);
            return "account/profile";
        }
        customer.setFirstName(form.get("firstName"));
        customer.setLastName(form.get("lastName"));
        customer.setEmailAddress(form.get("email"));
        if (emailChanged) {
            customer.setUsername(form.get("email"));
        }
        Customer saved = customerService.saveCustomer(customer);
        if (emailChanged) {
            // the login name changed: re-issue the authentication under it, the customer stays signed in
            UserDetails principal = userDetailsService.loadUserByUsername(saved.getUsername());
            SecurityContextHolder.getContext().setAuthentication(
                    new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
        }
        flash.addFlashAttribute("accountMessage", "Your profile was saved.");
        return "redirect:/account";
    }
}
