package org.evergreenloyalty.admin.test;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;

import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.pricing.service.exception.PricingException;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.order.CompletedOrder;
import org.evergreenloyalty.order.OrderCompletionService;
import org.evergreenloyalty.referral.Attribution;
import org.evergreenloyalty.referral.Referral;
import org.evergreenloyalty.referral.ReferralCodeService;
import org.evergreenloyalty.referral.ReferralService;
import org.evergreenloyalty.referral.ReferralSource;
import org.evergreenloyalty.referral.Visitor;
import org.evergreenloyalty.support.Clock;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Real referrals for the admin page tests, made through the referral engine as the storefront makes them:
 * an advocate with a code, a friend who enters it (from a device of their own, or from the advocate's, which
 * the same-device fraud rule flags), and the friend's first order booked through the loyalty engine on a real
 * Broadleaf order.
 */
public final class ReferralAdminFixtures {

    private static final AtomicInteger NEXT_VISITOR = new AtomicInteger((int) (System.nanoTime() % 100) * 1000);

    private final ConfigurableApplicationContext ctx;
    private final LoyaltyAdminFixtures fixtures;

    public ReferralAdminFixtures(ConfigurableApplicationContext ctx, LoyaltyAdminFixtures fixtures) {
        this.ctx = ctx;
        this.fixtures = fixtures;
    }

    /** A visitor no other test uses: own IP address, browser and session. */
    public static Visitor visitor() {
        int n = NEXT_VISITOR.incrementAndGet();
        return new Visitor("10.73." + (n >> 8 & 255) + "." + (n & 255), "Mozilla/5.0 (Admin test " + n + ")", "admin-session-" + n);
    }

    /** A registered customer with a referral code. */
    public Customer advocate() {
        Customer c = fixtures.customer();
        codes().codeFor(c.getId());
        return c;
    }

    /** A new friend who entered the advocate's code from a device of their own: a PENDING referral. */
    public Referral referFriend(Customer advocate) {
        return referFriend(advocate, fixtures.customer(), false);
    }

    /** A new friend who entered the advocate's code from the advocate's own device: a FLAGGED referral. */
    public Referral referFriendFromAdvocatesDevice(Customer advocate) {
        return referFriend(advocate, fixtures.customer(), true);
    }

    /** {@code friend} enters the advocate's code; with {@code sameDevice} from the device the advocate was just seen on. */
    public Referral referFriend(Customer advocate, Customer friend, boolean sameDevice) {
        Visitor v = visitor();
        if (sameDevice) {
            referrals().seen(advocate.getId(), v, "referral-page");
        }
        Attribution a = referrals().attributeCode(friend.getId(), codes().codeFor(advocate.getId()), ReferralSource.TYPED_CODE, v);
        if (a.getOutcome() != Attribution.Outcome.REFERRED && a.getOutcome() != Attribution.Outcome.FLAGGED) {
            throw new IllegalStateException("the friend was not referred: " + a.getOutcome() + " " + a.getMessageKey());
        }
        return referrals().referralOfFriend(friend.getId());
    }

    /** The referral of this friend as it is now. */
    public Referral referralOf(long friendId) {
        return referrals().referralOfFriend(friendId);
    }

    /**
     * The friend's first order: a real Broadleaf order booked through the loyalty engine (as its checkout step
     * does), which qualifies the friend's referral. Returns the Broadleaf order id.
     */
    public long firstOrder(Customer friend, String itemSubtotal) {
        OrderService orders = ctx.getBean("blOrderService", OrderService.class);
        Order order = orders.createNewCartForCustomer(friend);
        String number = "RF-" + LoyaltyAdminFixtures.unique();
        order.setOrderNumber(number);
        try {
            order = orders.save(order, false);
        } catch (PricingException e) {
            throw new IllegalStateException(e);
        }
        BigDecimal amount = new BigDecimal(itemSubtotal);
        CompletedOrder completed = new CompletedOrder(order.getId(), number, friend.getId(), friend.getEmailAddress(), "USD",
                amount, BigDecimal.ZERO, BigDecimal.ZERO, amount, ctx.getBean("evgClock", Clock.class).now(),
                Collections.singletonList(new CompletedOrder.Line(LoyaltyAdminFixtures.unique(), null, "Gift", null, 1, amount)));
        if (!ctx.getBean("evgOrderCompletionService", OrderCompletionService.class).process(completed)) {
            throw new IllegalStateException("order " + order.getId() + " was processed before");
        }
        return order.getId();
    }

    private ReferralService referrals() {
        return ctx.getBean("evgReferralService", ReferralService.class);
    }

    private ReferralCodeService codes() {
        return ctx.getBean("evgReferralCodeService", ReferralCodeService.class);
    }
}
