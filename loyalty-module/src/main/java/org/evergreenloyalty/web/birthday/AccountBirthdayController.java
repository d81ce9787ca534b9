package org.evergreenloyalty.web.birthday;

import java.util.Locale;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;

import org.evergreenloyalty.birthday.BirthdayException;
import org.evergreenloyalty.birthday.BirthdayProfile;
import org.evergreenloyalty.birthday.BirthdayService;
import org.evergreenloyalty.web.CurrentShopper;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The shopper's birthday page, {@code /account/birthday} (template
 * {@code webTemplates/evergreen/birthday/account.html}, model attribute {@code evgBirthday}): the
 * birthday under the guards, and this year's reward with its status.
 *
 * <pre>
 *   GET  /account/birthday     the page
 *   POST /account/birthday     save month, day, year (optional); refused input is shown with its reason
 * </pre>
 */
@Controller
@RequestMapping("/account/birthday")
public class AccountBirthdayController {

    /** The view name. */
    public static final String VIEW = "evergreen/birthday/account";
    /** Session attribute the registration observer leaves a refused birthday in (see BirthdayRegistrationObserver). */
    static final String REGISTRATION_ERROR = "evgBirthdayRegistrationError";

    @Resource(name = "evgBirthdayService")
    protected BirthdayService birthdays;
    @Resource(name = "evgBirthdayAccountPages")
    protected BirthdayAccountPages pages;
    @Resource(name = "evgCurrentShopper")
    protected CurrentShopper shopper;

    /** Shows the page of the signed-in shopper. */
    @RequestMapping(method = RequestMethod.GET)
    public String show(HttpServletRequest request, Model model, Locale locale) {
        Long customerId = shopper.customerId();
        if (customerId == null) {
            return "redirect:/login";
        }
        BirthdayAccountPage page = pages.page(customerId, locale);
        HttpSession session = request.getSession(false);
        Object refused = session == null ? null : session.getAttribute(REGISTRATION_ERROR);
        if (refused instanceof BirthdayException) {
            session.removeAttribute(REGISTRATION_ERROR);
            page = pages.registrationRefused(customerId, (BirthdayException) refused, locale);
        }
        model.addAttribute("evgBirthday", page);
        return VIEW;
    }

    /** Saves the birthday; refused input stays in the form with the reason. */
    @RequestMapping(method = RequestMethod.POST)
    public String save(@RequestParam(value = "month", required = false) String month,
                       @RequestParam(value = "day", required = false) String day,
                       @RequestParam(value = "year", required = false) String year,
                       Model model, RedirectAttributes flash, Locale locale) {
        Long customerId = shopper.customerId();
        if (customerId == null) {
            return "redirect:/login";
        }
        try {
            BirthdayProfile saved = birthdays.saveByShopper(customerId, month, day, year);
            flash.addFlashAttribute("evgBirthdayNotice", pages.saved(saved, locale));
            return "redirect:/account/birthday";
        } catch (BirthdayException e) {
            model.addAttribute("evgBirthday", pages.refused(customerId, e, month, day, year, locale));
            return VIEW;
        }
    }
}
