package org.evergreenloyalty.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * The shopper's loyalty page, {@code /account/loyalty}: balances, tier and history
 * (rendered from {@code webTemplates/evergreen/account/loyalty.html}).
 */
@Controller
@RequestMapping("/account/loyalty")
public class AccountLoyaltyController {

    /** Shows the loyalty page of the signed-in shopper. */
    @RequestMapping(method = RequestMethod.GET)
    public String show(Model model) {
        return "evergreen/account/loyalty";
    }
}
