package org.evergreenloyalty.web;

import java.util.Locale;

import javax.servlet.http.HttpServletRequest;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.evergreenloyalty.points.PointsRedemptionService;
import org.evergreenloyalty.points.PointsVoucher;
import org.evergreenloyalty.points.RedemptionException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The shopper's loyalty page, {@code /account/loyalty} (template {@code evergreen/account/loyalty}): balances,
 * points expiring soon, tier progress, the paginated history ({@code ?page=N}) and vouchers; and buying a
 * voucher ({@code POST /account/loyalty/voucher}). Always the signed-in customer's own account.
 */
@Controller
@RequestMapping("/account/loyalty")
public class AccountLoyaltyController {

    private static final Log LOG = LogFactory.getLog(AccountLoyaltyController.class);

    /** The page's template. */
    public static final String VIEW = "evergreen/account/loyalty";
    static final String REDIRECT = "redirect:/account/loyalty";
    /** Model attribute of the page ({@link LoyaltyAccountPage}). */
    public static final String PAGE = "evgLoyalty";
    /** Model attribute set (true) when nobody is signed in. */
    public static final String SIGN_IN_REQUIRED = "evgSignInRequired";
    /** Flash attribute: success text of the last voucher purchase. */
    public static final String MESSAGE = "evgLoyaltyMessage";
    /** Flash attribute: error text of the last voucher purchase. */
    public static final String ERROR = "evgLoyaltyError";

    private final StorefrontLoyalty loyalty;
    private final PointsRedemptionService redemption;
    private final CurrentShopper shopper;
    private final StorefrontMessages messages;

    @Autowired
    public AccountLoyaltyController(@Qualifier("evgStorefrontLoyalty") StorefrontLoyalty loyalty,
                                    @Qualifier("evgPointsRedemptionService") PointsRedemptionService redemption,
                                    @Qualifier("evgCurrentShopper") CurrentShopper shopper,
                                    @Qualifier("evgStorefrontMessages") StorefrontMessages messages) {
        this.loyalty = loyalty;
        this.redemption = redemption;
        this.shopper = shopper;
        this.messages = messages;
    }

    /** Shows the loyalty page of the signed-in shopper; {@code page} is the history page (bad values show the nearest). */
    @RequestMapping(method = RequestMethod.GET)
    public String show(@RequestParam(value = "page", required = false) String page, HttpServletRequest request, Model model) {
        Long customerId = shopper.customerId();
        if (customerId == null) {
            model.addAttribute(SIGN_IN_REQUIRED, Boolean.TRUE);
            return VIEW;
        }
        model.addAttribute(PAGE, loyalty.accountPage(customerId, page, money(request)));
        return VIEW;
    }

    /** Buys a voucher of {@code points} (one of the configured sizes) and goes back to the page with a message. */
    @RequestMapping(value = "/voucher", method = RequestMethod.POST)
    public String buyVoucher(@RequestParam(value = "points", required = false) String points, HttpServletRequest request,
                             RedirectAttributes flash) {
        Locale locale = RequestContextUtils.getLocale(request);
        Long customerId = shopper.customerId();
        if (customerId == null) {
            flash.addFlashAttribute(ERROR, messages.text("evergreen.error.signIn", locale));
            return REDIRECT;
        }
        String t = points == null ? "" : points.trim();
        if (!t.matches("\\d{1,12}")) {
            flash.addFlashAttribute(ERROR, messages.text("evergreen.voucher.error.choose", locale));
            return REDIRECT;
        }
        try {
            PointsVoucher v = redemption.buyVoucher(customerId, Long.parseLong(t));
            flash.addFlashAttribute(MESSAGE, messages.text("evergreen.voucher.bought", locale, v.getCode(),
                    money(request).format(v.getAmount()), v.getPoints()));
        } catch (RedemptionException e) {
            flash.addFlashAttribute(ERROR, messages.text(e, locale));
        } catch (RuntimeException e) {
            LOG.warn("Voucher purchase of " + t + " points by customer " + customerId + " failed", e);
            flash.addFlashAttribute(ERROR, messages.text("evergreen.voucher.error.unexpected", locale));
        }
        return REDIRECT;
    }

    private MoneyFormat money(HttpServletRequest request) {
        return new MoneyFormat(shopper.currencyCode(), RequestContextUtils.getLocale(request));
    }
}
