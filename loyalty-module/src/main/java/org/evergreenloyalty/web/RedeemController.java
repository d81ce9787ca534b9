package org.evergreenloyalty.web;

import java.util.Locale;

import javax.servlet.http.HttpServletRequest;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.evergreenloyalty.points.PointsRedemptionService;
import org.evergreenloyalty.points.PointsReservation;
import org.evergreenloyalty.points.RedemptionException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The cart widget's actions: {@code POST /loyalty/redeem} (field {@code points}) puts a points discount on
 * the cart, {@code POST /loyalty/redeem/remove} takes it off. Both act on the signed-in customer's current
 * cart only (no cart or customer id is read from the form), then redirect back to {@code returnTo} (a local
 * path, else {@code /cart}) with a flash message: {@link #MESSAGE} or {@link #ERROR}.
 */
@Controller
@RequestMapping("/loyalty/redeem")
public class RedeemController {

    private static final Log LOG = LogFactory.getLog(RedeemController.class);

    /** Where the shopper goes back to when the form names no (valid) page. */
    public static final String DEFAULT_RETURN = "/cart";
    /** Flash attribute: success text of the last apply/remove. */
    public static final String MESSAGE = "evgRedeemMessage";
    /** Flash attribute: error text of the last apply/remove. */
    public static final String ERROR = "evgRedeemError";

    private final PointsRedemptionService redemption;
    private final CurrentShopper shopper;
    private final StorefrontMessages messages;

    @Autowired
    public RedeemController(@Qualifier("evgPointsRedemptionService") PointsRedemptionService redemption,
                            @Qualifier("evgCurrentShopper") CurrentShopper shopper,
                            @Qualifier("evgStorefrontMessages") StorefrontMessages messages) {
        this.redemption = redemption;
        this.shopper = shopper;
        this.messages = messages;
    }

    /** Applies {@code points} (as typed) to the current cart, replacing an earlier points discount. */
    @RequestMapping(method = RequestMethod.POST)
    public String apply(@RequestParam(value = "points", required = false) String points,
                        @RequestParam(value = "returnTo", required = false) String returnTo,
                        HttpServletRequest request, RedirectAttributes flash) {
        Locale locale = RequestContextUtils.getLocale(request);
        String back = "redirect:" + LocalRedirect.target(returnTo, DEFAULT_RETURN);
        Long customerId = shopper.customerId();
        if (customerId == null) {
            flash.addFlashAttribute(ERROR, messages.text("evergreen.error.signIn", locale));
            return back;
        }
        Long cartId = shopper.cartId();
        if (cartId == null) {
            flash.addFlashAttribute(ERROR, messages.text("evergreen.redeem.error.noCart", locale));
            return back;
        }
        try {
            PointsReservation r = redemption.apply(customerId, cartId, points);
            MoneyFormat money = new MoneyFormat(shopper.currencyCode(), locale);
            flash.addFlashAttribute(MESSAGE, messages.text("evergreen.redeem.applied", locale, r.getPoints(),
                    money.format(r.getAmount())));
        } catch (RedemptionException e) {
            flash.addFlashAttribute(ERROR, messages.text(e, locale));
        } catch (RuntimeException e) {
            LOG.warn("Applying points to cart " + cartId + " of customer " + customerId + " failed", e);
            flash.addFlashAttribute(ERROR, messages.text(StorefrontMessages.UNEXPECTED, locale));
        }
        return back;
    }

    /** Removes the points discount of the current cart and frees its points. */
    @RequestMapping(value = "/remove", method = RequestMethod.POST)
    public String remove(@RequestParam(value = "returnTo", required = false) String returnTo,
                         HttpServletRequest request, RedirectAttributes flash) {
        Locale locale = RequestContextUtils.getLocale(request);
        String back = "redirect:" + LocalRedirect.target(returnTo, DEFAULT_RETURN);
        Long customerId = shopper.customerId();
        if (customerId == null) {
            flash.addFlashAttribute(ERROR, messages.text("evergreen.error.signIn", locale));
            return back;
        }
        Long cartId = shopper.cartId();
        if (cartId == null) {
            flash.addFlashAttribute(ERROR, messages.text("evergreen.redeem.error.noCart", locale));
            return back;
        }
        try {
            boolean removed = redemption.remove(customerId, cartId);
            flash.addFlashAttribute(removed ? MESSAGE : ERROR,
                    messages.text(removed ? "evergreen.redeem.removed" : "evergreen.redeem.error.nothingToRemove", locale));
        } catch (RedemptionException e) {
            flash.addFlashAttribute(ERROR, messages.text(e, locale));
        } catch (RuntimeException e) {
            LOG.warn("Removing the points discount of cart " + cartId + " of customer " + customerId + " failed", e);
            flash.addFlashAttribute(ERROR, messages.text(StorefrontMessages.UNEXPECTED, locale));
        }
        return back;
    }
}
