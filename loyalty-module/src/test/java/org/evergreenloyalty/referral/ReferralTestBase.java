package org.evergreenloyalty.referral;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.servlet.http.Cookie;

import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.ledger.LedgerService;
import org.evergreenloyalty.support.AdjustableClock;
import org.evergreenloyalty.test.BroadleafTestContext;
import org.evergreenloyalty.test.StoreFixtures;
import org.evergreenloyalty.test.TestIds;
import org.evergreenloyalty.web.referral.ReferralRequests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Shared set-up of the referral tests: the default settings (each test changes what it needs), the real
 * clock, real customers registered through Broadleaf (the module's registration hook sees a storefront
 * request with the visitor's IP address, browser, link cookie and typed code), and real checkouts.
 */
abstract class ReferralTestBase {

    static final long DAY = 24L * 60 * 60 * 1000;
    private static final AtomicInteger NEXT_VISITOR = new AtomicInteger((int) (System.nanoTime() % 200) * 1000);

    @Resource(name = "evgReferralSettingsService")
    ReferralSettingsService settingsService;
    @Resource(name = "evgReferralService")
    ReferralService referrals;
    @Resource(name = "evgReferralCodeService")
    ReferralCodeService codes;
    @Resource(name = "evgReferralAdminService")
    ReferralAdminService admin;
    @Resource(name = "evgReferralRewardService")
    ReferralRewardService rewards;
    @Resource(name = "evgReferralAccountService")
    ReferralAccountService accounts;
    @Resource(name = "evgInvitationService")
    InvitationService invitations;
    @Resource(name = "evgLedgerService")
    LedgerService ledger;
    @Resource(name = "evgClock")
    AdjustableClock clock;
    @Resource(name = "blTransactionManager")
    PlatformTransactionManager transactionManager;

    final StoreFixtures store = StoreFixtures.create();
    private ReferralSettings original;

    @BeforeEach
    void knownSettings() {
        clock.reset();
        original = settingsService.current();
        ReferralSettings s = original.copy();
        s.setEnabled(true);
        s.setFriendDiscountKind(DiscountKind.PERCENT);
        s.setFriendDiscountValue(new BigDecimal("10"));
        s.setFriendMinimumSubtotal(BigDecimal.ZERO);
        s.setQualifyingMinimumSubtotal(BigDecimal.ZERO);
        s.setInviteHourlyPerIp(1000);
        s.setInviteHourlyStore(10000);
        s.setFriendCodeValidDays(60);
        s.setAdvocateRewardKind(AdvocateRewardKind.POINTS);
        s.setAdvocatePoints(500);
        s.setApprovalDays(30);
        s.setMonthlyCap(0);
        s.setRuleSameEmail(true);
        s.setRuleSameAddress(true);
        s.setRuleSameDevice(true);
        s.setRuleExistingCustomer(true);
        s.setAdvocateWeeklyLimit(10);
        s.setIpDailyLimit(3);
        s.setWrongCodeLimitPerSession(10);
        s.setWrongCodeLimitPerIp(100);
        s.setWrongCodeWindowMinutes(60);
        settingsService.save(s);
        bindPlainRequest();
    }

    @AfterEach
    void restore() {
        clock.reset();
        settingsService.save(original);
        bindPlainRequest();
    }

    /** Changes some settings for one test. */
    ReferralSettings settings(Consumer<ReferralSettings> change) {
        ReferralSettings s = settingsService.current();
        change.accept(s);
        return settingsService.save(s);
    }

    /** A visitor no other test uses: own IP address, browser and session. */
    static Visitor visitor() {
        int n = NEXT_VISITOR.incrementAndGet();
        return new Visitor("10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255),
                "Mozilla/5.0 (Test " + n + ")", "session-" + n);
    }

    /** Binds a storefront request of {@code v} with an optional link cookie and typed code. */
    static MockHttpServletRequest bind(Visitor v, String linkCookie, String typedCode) {
        MockHttpServletRequest r = new MockHttpServletRequest("POST", "/register");
        r.setRemoteAddr(v.getIp());
        if (v.getUserAgent() != null) {
            r.addHeader("User-Agent", v.getUserAgent());
        }
        if (linkCookie != null) {
            r.setCookies(new Cookie(ReferralRequests.DEFAULT_COOKIE, linkCookie));
        }
        if (typedCode != null) {
            r.setParameter(ReferralRequests.CODE_PARAMETER, typedCode);
        }
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(r), true);
        return r;
    }

    static void bindPlainRequest() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()), true);
    }

    /** Registers a customer as a storefront visitor {@code v} would, with an optional link cookie and typed code. */
    Customer register(Visitor v, String linkCookie, String typedCode) {
        return register(v, linkCookie, typedCode, null);
    }

    /** As {@link #register(Visitor, String, String)} with a chosen e-mail address (null: a unique one). */
    Customer register(Visitor v, String linkCookie, String typedCode, String email) {
        bind(v, linkCookie, typedCode);
        try {
            String address = email != null ? email : TestIds.unique("ref").replace(':', '-') + "@example.com";
            Customer c = store.customers().createCustomer();
            c.setUsername(address);
            c.setEmailAddress(address);
            c.setFirstName("Fern" + TestIds.unique("").replace(":", ""));
            c.setLastName("Tester");
            return store.customers().registerCustomer(c, "Password1!", "Password1!");
        } finally {
            bindPlainRequest();
        }
    }

    /** A registered advocate with a code (registered from a visitor of their own). */
    Customer advocate() {
        return register(visitor(), null, null);
    }

    String codeOf(Customer c) {
        return codes.codeFor(c.getId());
    }

    Referral referralOf(Customer friend) {
        return referrals.referralOfFriend(friend.getId());
    }

    Product product(String price) {
        return store.product("Referral product " + TestIds.unique("p"), price, null);
    }

    /** The friend's first order as a visitor {@code v} at checkout, optionally with the welcome discount on the cart. */
    Order order(Customer c, Visitor v, String price, boolean useWelcomeDiscount) throws Exception {
        Order cart = store.add(store.cart(c), product(price), 1);
        bind(v, null, null);
        try {
            if (useWelcomeDiscount) {
                referrals.applyWelcomeDiscount(c.getId(), cart.getId());
            }
            return store.checkout(cart);
        } finally {
            bindPlainRequest();
        }
    }

    void cancel(Order order) throws Exception {
        Order o = store.orders().findOrderById(order.getId());
        o.setStatus(OrderStatus.CANCELLED);
        store.orders().save(o, false);
    }

    List<ReferralDecision> decisions(Referral r) {
        return admin.decisions(r.getId());
    }

    EntityManager em() {
        return SharedEntityManagerCreator.createSharedEntityManager(
                BroadleafTestContext.get().getBean("entityManagerFactory", EntityManagerFactory.class));
    }

    TransactionTemplate tx() {
        return new TransactionTemplate(transactionManager);
    }

    long available(Customer c) {
        return ledger.balance(c.getId()).getAvailable();
    }
}
