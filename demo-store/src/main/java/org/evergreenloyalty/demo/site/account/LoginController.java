package org.evergreenloyalty.demo.site.account;

import org.broadleafcommerce.profile.web.core.CustomerState;
import org.evergreenloyalty.demo.site.web.StorePages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page. The form posts to Spring Security's {@code /login_post.htm}; a failed attempt comes
 * back here with {@code ?error=true}. {@code successUrl} (a local path) is where a successful sign-in goes.
 */
@Controller
public class LoginController {

    @RequestMapping(value = "/login", method = RequestMethod.GET)
    public String login(@RequestParam(value = "error", required = false) String error,
            @RequestParam(value = "successUrl", required = false) String successUrl, Model model) {
        if (StorePages.isSignedIn(CustomerState.getCustomer())) {
            return "redirect:/account";
        }
        model.addAttribute("loginFailed", error != null);
        model.addAttribute("successUrl", StorePages.localPath(successUrl, ""));
        return "account/login";
    }
}
