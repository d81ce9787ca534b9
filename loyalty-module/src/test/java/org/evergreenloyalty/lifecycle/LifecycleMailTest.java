package org.evergreenloyalty.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

import javax.annotation.Resource;
import javax.mail.internet.MimeMessage;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.evergreenloyalty.ledger.EntryType;
import org.evergreenloyalty.ledger.LedgerService;
import org.evergreenloyalty.notification.OutboxMail;
import org.evergreenloyalty.notification.OutboxRepository;
import org.evergreenloyalty.notification.OutboxSender;
import org.evergreenloyalty.points.OrderPoints;
import org.evergreenloyalty.support.AdjustableClock;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.evergreenloyalty.test.StoreFixtures;
import org.evergreenloyalty.test.TestIds;
import org.evergreenloyalty.test.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The lifecycle e-mails on a real Broadleaf store: registering queues the welcome e-mail once (switched off in the test
 * context, where tests count their customers' e-mails, so these tests use a service with it on); the win-back job
 * queues its e-mail and bonus once per lapse (a rerun adds nothing), leaves recent and long-gone customers and
 * cancelled orders alone, and a German customer's win-back arrives in German through the outbox and a real SMTP server.
 */
@BroadleafIntegrationTest
class LifecycleMailTest {

    private static final long DAY = 24L * 60 * 60 * 1000;

    @Resource(name = "evgLifecycleMailService")
    LifecycleMailService lifecycle;
    @Resource(name = "evgLifecycleRepository")
    LifecycleRepository repository;
    @Resource(name = "evgMailOutbox")
    org.evergreenloyalty.notification.MailOutbox mailOutbox;
    @Resource(name = "evgPointsAccountService")
    org.evergreenloyalty.points.PointsAccountService accounts;
    @Resource(name = "evgPointsSettingsService")
    org.evergreenloyalty.points.PointsSettingsService pointsSettings;
    @Resource(name = "evgBirthdayProductSuggestions")
    org.evergreenloyalty.birthday.ProductSuggestionSource products;
    @Resource(name = "evgLifecycleSwitches")
    LifecycleSwitchService switches;
    @Resource(name = "evgMonthlyStatements")
    MonthlyStatements statements;
    @Resource(name = "evgOutboxRepository")
    OutboxRepository outbox;
    @Resource(name = "evgOutboxSender")
    OutboxSender sender;
    @Resource(name = "evgLedgerService")
    LedgerService ledger;
    @Resource(name = "evgClock")
    AdjustableClock clock;
    @Resource(name = "blTransactionManager")
    PlatformTransactionManager txm;
    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    @Test
    void theWelcomeEmailIsQueuedOnceAndNotWhenSwitchedOff() {
        Customer c = StoreFixtures.create().customer();
        assertFalse(lifecycle.welcome(c.getId()), "switched off in the test context");
        assertEquals(0, templates(c).size());

        LifecycleMailService on = withWelcome();
        assertTrue(on.welcome(c.getId()));
        assertFalse(on.welcome(c.getId()), "a second call decides nothing");
        assertEquals(1, templates(c).stream().filter("welcome"::equals).count());
        assertEquals(1, lifecycle.ofCustomer(c.getId()).size());
    }

    @Test
    void registeringACustomerCallsTheWelcome() {
        java.util.List<org.broadleafcommerce.profile.core.service.listener.PostRegistrationObserver> registered =
                new java.util.ArrayList<org.broadleafcommerce.profile.core.service.listener.PostRegistrationObserver>();
        CustomerService recording = (CustomerService) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {CustomerService.class}, (proxy, method, args) -> {
                    registered.add((org.broadleafcommerce.profile.core.service.listener.PostRegistrationObserver) args[0]);
                    return null;
                });
        Customer c = StoreFixtures.create().customer();
        new org.evergreenloyalty.broadleaf.customer.SignupBonusObserver(accounts, recording, withWelcome());
        new TransactionTemplate(txm).execute(s -> {
            registered.get(0).processRegistrationEvent(c);
            return null;
        });
        assertEquals(1, templates(c).stream().filter("welcome"::equals).count());
    }

    /** The context's lifecycle service, with the welcome switched on. */
    private LifecycleMailService withWelcome() {
        return new DefaultLifecycleMailService(txm, repository, new LifecycleSettings(true, true, 90, 365, 200, 3, 200)
                .withAnniversary(true, 100, 7, java.time.ZoneId.systemDefault()),
                mailOutbox, accounts, pointsSettings, ledger, products, clock, "https://shop.example");
    }

    @Test
    void aLapsedCustomerGetsOneWinBackWithItsBonusPerLapse() {
        Customer lapsed = StoreFixtures.create().customer();
        Customer recent = StoreFixtures.create().customer();
        Customer gone = StoreFixtures.create().customer();
        Customer cancelledOnly = StoreFixtures.create().customer();
        Date lastOrder = order(lapsed, 100, false);
        order(lapsed, 120, false);
        order(recent, 150, false);
        order(recent, 10, false);
        order(gone, 400, false);
        order(cancelledOnly, 100, true);
        long before = ledger.balance(lapsed.getId()).getAvailable();

        lifecycle.sendWinBacks();
        lifecycle.sendWinBacks();

        assertEquals(1, winBacks(lapsed), "one e-mail however often the job runs");
        assertEquals(before + 200, ledger.balance(lapsed.getId()).getAvailable(), "the bonus once");
        List<LifecycleMail> decided = lifecycle.ofCustomer(lapsed.getId()).stream()
                .filter(m -> m.getKind() == LifecycleKind.WIN_BACK).collect(Collectors.toList());
        assertEquals(lastOrder.getTime(), decided.get(0).getRefTime().getTime(), "this lapse: the last order");
        assertEquals(0, winBacks(recent), "ordered 10 days ago");
        assertEquals(0, winBacks(gone), "gone for more than maxDays");
        assertEquals(0, winBacks(cancelledOnly), "cancelled orders do not count");

        Date again = order(lapsed, 95, false); // ordered again, and lapsed again
        lifecycle.sendWinBacks();
        assertEquals(2, winBacks(lapsed), "a new lapse gets a new e-mail");
        assertEquals(before + 400, ledger.balance(lapsed.getId()).getAvailable());
        assertEquals(EntryType.BONUS, ledger.findByEventKey("bonus:win-back:" + lapsed.getId() + ":" + again.getTime()).getType());
    }

    @Test
    void aGermanCustomersWinBackArrivesInGerman() throws Exception {
        Customer c = StoreFixtures.create().customerIn("de_DE");
        order(c, 100, false);

        lifecycle.sendWinBacks();
        sender.sendDue();

        MimeMessage m = TestMailServer.awaitMessagesTo(c.getEmailAddress(), 2, 30000).stream()
                .filter(x -> subject(x).startsWith("Wir vermissen Sie")).findFirst().orElseThrow(AssertionError::new);
        String body = String.valueOf(m.getContent());
        assertTrue(body.contains("Bonuspunkte"), body);
        assertTrue(body.contains("Wieder einkaufen"), body);
        assertFalse(body.contains("bonus points"), body);
    }

    @Test
    void membersGetTheirAnniversaryOncePerYearAndMissedDaysAreCaughtUp() {
        LocalDate today = clock.now().toInstant().atZone(java.time.ZoneId.systemDefault()).toLocalDate();
        Customer oneYear = member(today.minusYears(1));
        Customer threeYearsMissedTwoDaysAgo = member(today.minusYears(3).minusDays(2));
        Customer newThisYear = member(today.minusDays(0));
        Customer tooLongAgo = member(today.minusYears(1).minusDays(20));
        long before = ledger.balance(oneYear.getId()).getAvailable();

        lifecycle.sendAnniversaries();
        lifecycle.sendAnniversaries();

        assertEquals(1, count(oneYear, "anniversary"), "once per year however often the job runs");
        assertEquals(before + 100, ledger.balance(oneYear.getId()).getAvailable());
        assertEquals(1, count(threeYearsMissedTwoDaysAgo, "anniversary"), "a missed day is caught up");
        assertEquals(EntryType.BONUS, ledger.findByEventKey("bonus:anniversary:" + threeYearsMissedTwoDaysAgo.getId() + ":"
                + today.minusDays(2).getYear()).getType());
        assertEquals(0, count(newThisYear, "anniversary"), "no anniversary in the first year");
        assertEquals(0, count(tooLongAgo, "anniversary"), "beyond the catch-up window");
    }

    @Test
    void aLifecycleEmailSwitchedOffIsNotSent() {
        Customer lapsed = StoreFixtures.create().customer();
        order(lapsed, 100, false);
        boolean before = switches.isOn(LifecycleKind.WIN_BACK);
        try {
            switches.set(LifecycleKind.WIN_BACK, false);
            assertEquals(0, lifecycle.sendWinBacks());
            assertEquals(0, count(lapsed, "win-back"));
            switches.set(LifecycleKind.WIN_BACK, true);
            lifecycle.sendWinBacks();
            assertEquals(1, count(lapsed, "win-back"));
        } finally {
            switches.set(LifecycleKind.WIN_BACK, before);
        }
    }

    @Test
    void membersWithActivityOrABalanceGetOneStatementPerMonth() {
        java.time.YearMonth month = java.time.YearMonth.of(2019, 3); // a month no other test writes entries in
        Customer active = StoreFixtures.create().customer();
        Customer balanceOnly = StoreFixtures.create().customer();
        Customer nothing = StoreFixtures.create().customer();
        entry(active, "in", 300, month.atDay(5));
        entry(active, "out", -100, month.atDay(20));
        entry(balanceOnly, "old", 50, month.minusMonths(2).atDay(1));
        entry(nothing, "gone-in", 10, month.minusMonths(2).atDay(1));
        entry(nothing, "gone-out", -10, month.minusMonths(2).atDay(2));

        statements.send(month);
        statements.send(month);

        assertEquals(1, count(active, "statement"), "one statement per month however often it runs");
        assertEquals(1, count(balanceOnly, "statement"), "a balance alone gets a statement");
        assertEquals(0, count(nothing, "statement"), "no balance, no activity: nothing");
        OutboxMail mail = new TransactionTemplate(txm).execute(s -> outbox.ofCustomer(active.getId())).stream()
                .filter(m -> "statement".equals(m.getTemplate())).findFirst().orElseThrow(AssertionError::new);
        assertEquals(300L, mail.getVariables().get("pointsIn"));
        assertEquals(100L, mail.getVariables().get("pointsOut"));
        assertEquals(200L, mail.getVariables().get("balance"));
    }

    /** A ledger entry of {@code points} for {@code c}, dated {@code day} at noon. */
    private void entry(Customer c, String key, long points, LocalDate day) {
        String eventKey = "test:statement:" + c.getId() + ":" + key;
        ledger.post(org.evergreenloyalty.ledger.Posting.builder(c.getId(), EntryType.ADJUST, eventKey).available(points)
                .allowNegative(true).reason("test").build());
        Date at = Date.from(day.atTime(12, 0).atZone(java.time.ZoneId.systemDefault()).toInstant());
        new TransactionTemplate(txm).execute(s -> em.createQuery("update " + org.evergreenloyalty.ledger.LedgerEntry.class.getName()
                + " e set e.createdAt = :at where e.eventKey = :k").setParameter("at", at).setParameter("k", eventKey).executeUpdate());
    }

    /** A customer whose loyalty account was opened on {@code opened} (at noon). */
    private Customer member(LocalDate opened) {
        Customer c = StoreFixtures.create().customer();
        ledger.post(org.evergreenloyalty.ledger.Posting.builder(c.getId(), EntryType.ADJUST, "test:open:" + c.getId())
                .available(1).reason("test").build());
        Date at = Date.from(opened.atTime(12, 0).atZone(java.time.ZoneId.systemDefault()).toInstant());
        new TransactionTemplate(txm).execute(s -> em.createQuery("update " + org.evergreenloyalty.ledger.LoyaltyAccount.class.getName()
                + " a set a.createdAt = :at where a.customerId = :c").setParameter("at", at).setParameter("c", c.getId()).executeUpdate());
        return c;
    }

    private long count(Customer c, String template) {
        return templates(c).stream().filter(template::equals).count();
    }

    private Date order(Customer c, int daysAgo, boolean cancelled) {
        long orderId = TestIds.customerId();
        Date at = new Date(clock.now().getTime() - daysAgo * DAY);
        new TransactionTemplate(txm).execute(s -> {
            em.persist(new OrderPoints(orderId, "W" + orderId, c.getId(), BigDecimal.TEN, 0, 0, at, at, true));
            em.flush();
            if (cancelled) {
                em.createQuery("update " + OrderPoints.class.getName() + " o set o.cancelled = true where o.orderId = :id")
                        .setParameter("id", orderId).executeUpdate();
            }
            return null;
        });
        return at;
    }

    private long winBacks(Customer c) {
        return templates(c).stream().filter("win-back"::equals).count();
    }

    private List<String> templates(Customer c) {
        return new TransactionTemplate(txm).execute(s -> outbox.ofCustomer(c.getId())).stream()
                .map(OutboxMail::getTemplate).collect(Collectors.toList());
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (javax.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
