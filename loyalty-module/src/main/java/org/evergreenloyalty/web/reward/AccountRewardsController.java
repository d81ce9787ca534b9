package org.evergreenloyalty.web.reward;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.evergreenloyalty.order.OrderEventWorker;
import org.evergreenloyalty.reward.CatalogueEntry;
import org.evergreenloyalty.reward.Reward;
import org.evergreenloyalty.reward.RewardCatalogueService;
import org.evergreenloyalty.reward.RewardClaim;
import org.evergreenloyalty.reward.RewardException;
import org.evergreenloyalty.support.Clock;
import org.evergreenloyalty.web.CurrentShopper;
import org.evergreenloyalty.web.MoneyFormat;
import org.evergreenloyalty.web.StorefrontMessages;
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
 * The shopper's rewards catalogue, {@code /account/loyalty/rewards} (template {@code evergreen/account/rewards}): what
 * points buy, with a Claim button per entry ({@code POST .../claim}, CSRF-protected form, redirect back with a
 * message) and the shopper's claimed rewards with their codes and, where the store allows, a Refund button
 * ({@code POST .../refund}). Always the signed-in customer's own account: a claim id of someone else is refused as
 * unknown, and malformed ids get a message, never an error page.
 */
@Controller
@RequestMapping("/account/loyalty/rewards")
public class AccountRewardsController {

    private static final Log LOG = LogFactory.getLog(AccountRewardsController.class);

    /** The page's template. */
    public static final String VIEW = "evergreen/account/rewards";
    static final String REDIRECT = "redirect:/account/loyalty/rewards";
    /** Model attribute of the page ({@link RewardsPage}). */
    public static final String PAGE = "evgRewards";
    /** Model attribute set (true) when nobody is signed in. */
    public static final String SIGN_IN_REQUIRED = "evgSignInRequired";
    /** Flash attribute: the success text of the last claim or refund. */
    public static final String MESSAGE = "evgRewardsMessage";
    /** Flash attribute: the refusal text of the last claim or refund. */
    public static final String ERROR = "evgRewardsError";

    private final RewardCatalogueService rewards;
    private final CurrentShopper shopper;
    private final StorefrontMessages messages;
    private final Clock clock;
    private OrderEventWorker pendingOrders;

    @Autowired
    public AccountRewardsController(@Qualifier("evgRewardCatalogueService") RewardCatalogueService rewards,
                                    @Qualifier("evgCurrentShopper") CurrentShopper shopper,
                                    @Qualifier("evgStorefrontMessages") StorefrontMessages messages,
                                    @Qualifier("evgClock") Clock clock) {
        this.rewards = rewards;
        this.shopper = shopper;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Books the shopper's placed orders that no worker has booked yet before the page reads (optional): an order that
     * used a reward's code shows it used, and its points count, even right after checkout.
     */
    @Autowired(required = false)
    public void setPendingOrders(@Qualifier("evgOrderEventWorker") OrderEventWorker pendingOrders) {
        this.pendingOrders = pendingOrders;
    }

    /** Shows the catalogue and the shopper's claims. */
    @RequestMapping(method = RequestMethod.GET)
    public String show(HttpServletRequest request, Model model) {
        Long customerId = shopper.customerId();
        if (customerId == null) {
            model.addAttribute(SIGN_IN_REQUIRED, Boolean.TRUE);
            return VIEW;
        }
        if (pendingOrders != null) {
            pendingOrders.settle(customerId);
        }
        List<CatalogueEntry> catalogue = rewards.catalogue(customerId);
        List<RewardClaim> mine = rewards.claims(customerId);
        Map<Long, String> names = new HashMap<Long, String>();
        catalogue.forEach(e -> names.put(e.getReward().getId(), e.getReward().getName()));
        mine.stream().map(RewardClaim::getRewardId).filter(id -> !names.containsKey(id)).distinct().forEach(id -> {
            Reward r = rewards.reward(id);
            names.put(id, r == null ? "" : r.getName());
        });
        long spendable = catalogue.isEmpty() ? rewards.spendable(customerId) : catalogue.get(0).getSpendable();
        model.addAttribute(PAGE, new RewardsPage(catalogue, spendable, mine, names, clock.now(), rewards.isRefundAllowed(),
                money(request)));
        return VIEW;
    }

    /** Claims the entry {@code rewardId} and goes back to the page with its code or the reason it was refused. */
    @RequestMapping(value = "/claim", method = RequestMethod.POST)
    public String claim(@RequestParam(value = "rewardId", required = false) String rewardId, HttpServletRequest request,
                        RedirectAttributes flash) {
        return act(request, flash, rewardId, (customerId, id, locale) -> {
            RewardClaim c = rewards.claim(customerId, id);
            Reward r = rewards.reward(c.getRewardId());
            String until = java.text.DateFormat.getDateInstance(java.text.DateFormat.MEDIUM, locale).format(c.getValidUntil());
            return messages.text("evergreen.reward.claimed", locale, r.getName(), c.getCode(), until);
        });
    }

    /** Gives the claim {@code claimId} back for its points, when the store allows it. */
    @RequestMapping(value = "/refund", method = RequestMethod.POST)
    public String refund(@RequestParam(value = "claimId", required = false) String claimId, HttpServletRequest request,
                         RedirectAttributes flash) {
        return act(request, flash, claimId, (customerId, id, locale) -> {
            RewardClaim c = rewards.refund(customerId, id);
            return messages.text("evergreen.reward.refunded", locale, c.getCode(), c.getPoints());
        });
    }

    /** What a button does for the signed-in customer with the posted id; returns the success text. */
    private interface Action {
        String run(long customerId, long id, Locale locale);
    }

    private String act(HttpServletRequest request, RedirectAttributes flash, String idInput, Action action) {
        Locale locale = RequestContextUtils.getLocale(request);
        Long customerId = shopper.customerId();
        if (customerId == null) {
            flash.addFlashAttribute(ERROR, messages.text("evergreen.reward.error.signIn", locale));
            return REDIRECT;
        }
        String t = idInput == null ? "" : idInput.trim();
        if (!t.matches("\\d{1,18}")) {
            flash.addFlashAttribute(ERROR, messages.text("evergreen.reward.error.choose", locale));
            return REDIRECT;
        }
        try {
            flash.addFlashAttribute(MESSAGE, action.run(customerId, Long.parseLong(t), locale));
        } catch (RewardException e) {
            flash.addFlashAttribute(ERROR, messages.text(e.getMessageKey(), locale, e.getArguments()));
        } catch (RuntimeException e) {
            LOG.warn("Rewards action on " + t + " by customer " + customerId + " failed", e);
            flash.addFlashAttribute(ERROR, messages.text("evergreen.reward.error.unexpected", locale));
        }
        return REDIRECT;
    }

    private MoneyFormat money(HttpServletRequest request) {
        return new MoneyFormat(shopper.currencyCode(), RequestContextUtils.getLocale(request));
    }
}
