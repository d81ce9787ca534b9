package org.evergreenloyalty.broadleaf.birthday;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.birthday.BirthdayRewardService;
import org.evergreenloyalty.birthday.CodeCheck;
import org.evergreenloyalty.birthday.RewardTexts;
import org.springframework.context.MessageSource;

/**
 * What a store's cart asks before {@code blOrderService.addOfferCode} (bean {@code evgBirthdayCodeGuard}).
 * Broadleaf 3.1 takes a birthday code of another customer, or an expired one, into the cart without a
 * word and simply gives no discount (an expired code is even dropped silently when the cart is priced).
 * This guard says why, in the shopper's language:
 * <pre>
 *   CodeCheck check = evgBirthdayCodeGuard.check(cart, typedCode);
 *   if (check.isRefused()) { show evgBirthdayCodeGuard.message(check, locale); do not add the code }
 * </pre>
 */
public class BirthdayCartCodeGuard {

    private final BirthdayRewardService rewards;
    private final MessageSource messages;

    public BirthdayCartCodeGuard(BirthdayRewardService rewards, MessageSource messages) {
        this.rewards = rewards;
        this.messages = messages;
    }

    /** The verdict on {@code code} for {@code cart} (its customer and subtotal). */
    public CodeCheck check(Order cart, String code) {
        Long customerId = null;
        BigDecimal subtotal = null;
        if (cart != null) {
            Customer c = cart.getCustomer();
            if (c != null && c.getId() != null && c.isRegistered()) {
                customerId = c.getId();
            }
            subtotal = cart.getSubTotal() == null ? null : cart.getSubTotal().getAmount();
        }
        return rewards.checkCode(code, customerId, subtotal);
    }

    /** The shopper-facing text of a refusal, in {@code locale}; null for a code that is fine. */
    public String message(CodeCheck check, Locale locale) {
        if (check.getMessageKey() == null) {
            return null;
        }
        Locale l = locale == null ? Locale.ENGLISH : locale;
        Object[] args = check.getArguments();
        if (check.getVerdict() == CodeCheck.Verdict.EXPIRED && args.length > 0) {
            args = new Object[] {RewardTexts.longDate(LocalDate.parse(String.valueOf(args[0])), l)};
        } else if (check.getVerdict() == CodeCheck.Verdict.BELOW_MINIMUM && args.length > 1) {
            args = new Object[] {RewardTexts.money(new BigDecimal(String.valueOf(args[0])), String.valueOf(args[1]), l)};
        }
        return messages.getMessage(check.getMessageKey(), args, check.getMessage(), l);
    }
}
