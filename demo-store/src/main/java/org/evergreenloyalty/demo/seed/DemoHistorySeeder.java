package org.evergreenloyalty.demo.seed;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.Query;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.evergreenloyalty.demo.seed.DemoHistoryPlan.Birthday;
import org.evergreenloyalty.demo.seed.DemoHistoryPlan.Order;
import org.evergreenloyalty.demo.seed.DemoHistoryPlan.Person;
import org.evergreenloyalty.demo.seed.DemoHistoryPlan.Referral;
import org.evergreenloyalty.ledger.EntryType;
import org.evergreenloyalty.ledger.LedgerService;
import org.evergreenloyalty.ledger.Posting;
import org.evergreenloyalty.support.AdjustableClock;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes {@link DemoHistoryPlan}'s year into an empty demo store once (skipped when its first customer exists), so
 * Loyalty &gt; Dashboard's charts and tables show something: customers and placed orders (plain rows, no lines), the
 * module's order points, referrals with link visits, review requests, reviews and satisfaction answers, birthday
 * rewards. Points move only through the ledger, each posting at its own time in the past (the module's clock is set
 * back for it and put back after), so balances, lots and the integrity check agree. History ids start at
 * {@value DemoHistoryPlan#FIRST_ID}, far above what the store's generators hand out.
 */
public class DemoHistorySeeder {

    private static final Log LOG = LogFactory.getLog(DemoHistorySeeder.class);
    private static final String[] FIRST = {"Ada", "Ben", "Clara", "David", "Eva", "Felix", "Greta", "Hugo", "Ida", "Jonas"};
    private static final String[] LAST = {"Meyer", "Novak", "Olsen", "Park", "Quinn", "Rossi", "Silva", "Tanaka"};
    /** The lapsed German shopper (customer and order id): last order 120 days ago, so the win-back e-mail is due. */
    static final long LAPSED_ID = DemoHistoryPlan.FIRST_ID - 1;
    /** Her e-mail address (README-DEMO.md; the win-back browser journey looks for her e-mail in the demo mailbox). */
    static final String LAPSED_EMAIL = "greta@example.com";
    private static final int LAPSED_DAYS = 120;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    private final TransactionTemplate tx;
    private final LedgerService ledger;
    private final AdjustableClock clock;

    public DemoHistorySeeder(PlatformTransactionManager txm, LedgerService ledger, AdjustableClock clock) {
        this.tx = new TransactionTemplate(txm);
        this.ledger = ledger;
        this.clock = clock;
    }

    /** Seeds the history unless it is there already. */
    public void seed() {
        Long exists = tx.execute(status -> ((Number) em.createNativeQuery("select count(*) from BLC_CUSTOMER where CUSTOMER_ID = "
                + DemoHistoryPlan.FIRST_ID).getSingleResult()).longValue());
        if (exists != null && exists > 0) {
            return;
        }
        long began = System.nanoTime();
        DemoHistoryPlan plan = DemoHistoryPlan.make(clock.now().getTime());
        List<Long> products = tx.execute(status -> productIds());
        tx.execute(status -> {
            rows(plan, products);
            return null;
        });
        Date start = clock.start();
        try {
            points(plan);
        } finally {
            clock.startAt(start);
        }
        LOG.info("Demo history seeded: " + plan.people.size() + " customers, " + plan.orders.size() + " orders, "
                + plan.referrals.size() + " referrals, " + plan.birthdays.size() + " birthday rewards in "
                + (System.nanoTime() - began) / 1_000_000 + " ms");
    }

    private List<Long> productIds() {
        List<Long> ids = new ArrayList<Long>();
        for (Object o : em.createNativeQuery("select PRODUCT_ID from BLC_PRODUCT order by PRODUCT_ID").getResultList()) {
            ids.add(((Number) o).longValue());
        }
        return ids;
    }

    private void rows(DemoHistoryPlan plan, List<Long> products) {
        for (Person p : plan.people) {
            int n = (int) (p.id - DemoHistoryPlan.FIRST_ID);
            String email = "history-" + n + "@example.com";
            insert("insert into BLC_CUSTOMER (CUSTOMER_ID, USER_NAME, EMAIL_ADDRESS, FIRST_NAME, LAST_NAME, IS_REGISTERED, DEACTIVATED, "
                    + "RECEIVE_EMAIL, PASSWORD_CHANGE_REQUIRED, DATE_CREATED) values (?1, ?2, ?2, ?3, ?4, ?5, ?6, ?6, ?6, ?7)",
                    p.id, email, FIRST[n % FIRST.length], LAST[n % LAST.length], true, false, t(p.joinedAt() - 60_000));
        }
        lapsedShopperRows(plan);
        long requestOrders = 0;
        java.util.Set<String> reviewed = new java.util.HashSet<String>();
        for (Order o : plan.orders) {
            insert("insert into BLC_ORDER (ORDER_ID, ORDER_NUMBER, ORDER_STATUS, SUBMIT_DATE, DATE_CREATED, CUSTOMER_ID, EMAIL_ADDRESS, "
                    + "ORDER_SUBTOTAL, ORDER_TOTAL, TOTAL_TAX, TOTAL_SHIPPING, CURRENCY_CODE, IS_PREVIEW, TAX_OVERRIDE) "
                    + "values (?1, ?2, 'SUBMITTED', ?3, ?3, ?4, ?5, ?6, ?6, 0, 0, 'USD', ?7, ?7)", o.id, "H" + o.id, t(o.at),
                    o.customer.id, "history-" + (o.customer.id - DemoHistoryPlan.FIRST_ID) + "@example.com", o.total, false);
            if (o.customer.member) {
                insert("insert into EVG_ORDER_POINTS (ORDER_ID, ORDER_NUMBER, CUSTOMER_ID, EARN_BASE, EARNED, REDEEMED, EARN_REVERSED, "
                        + "REDEEM_RESTORED, RETURNED_AMOUNT, SUBMITTED_AT, MATURE_AT, MATURED, CANCELLED, VERSION) "
                        + "values (?1, ?2, ?3, ?4, ?5, ?6, 0, 0, 0, ?7, ?7, ?8, ?9, 0)", o.id, "H" + o.id, o.customer.id, o.total,
                        o.earned, o.redeemed, t(o.at), true, false);
            }
            if (o.at < plan.now - 10 * DemoHistoryPlan.DAY && plan.next(100) < 45) {
                requestOrders++;
                review(plan, o, products, reviewed);
            }
        }
        for (Referral r : plan.referrals) {
            for (int v = 0; v < r.visits; v++) {
                insert("insert into EVG_REFERRAL_VISIT (VISIT_ID, ADVOCATE_ID, VISITED_AT) values (?1, ?2, ?3)",
                        r.friend.id * 10 + v, r.advocate.id, t(r.createdAt() - (v + 1) * 3_600_000L));
            }
            boolean ordered = !"PENDING".equals(r.status) && !"FLAGGED".equals(r.status);
            boolean rewarded = "REWARDED".equals(r.status);
            insert("insert into EVG_REFERRAL (REFERRAL_ID, ADVOCATE_ID, FRIEND_ID, CODE, SOURCE, STATUS, CREATED_AT, UPDATED_AT, "
                    + "ORDERED_AT, ORDER_ID, REWARDED_AT, REWARD_POINTS, REWARD_KIND, VERSION) values (?1, ?2, ?3, ?4, 'LINK', ?5, ?6, ?6, ?7, ?8, ?9, ?10, ?11, 0)",
                    r.friend.id, r.advocate.id, r.friend.id, "HIST" + (r.advocate.id - DemoHistoryPlan.FIRST_ID), r.status,
                    t(r.createdAt()), ordered ? t(r.orderedAt()) : null, ordered ? r.friend.orders.get(0).id : null,
                    rewarded ? t(r.rewardedAt()) : null, rewarded ? 250L : null, rewarded ? "POINTS" : null);
        }
        ZoneId zone = ZoneId.systemDefault();
        for (Birthday b : plan.birthdays) {
            LocalDate day = Instant.ofEpochMilli(b.birthday).atZone(zone).toLocalDate();
            insert("insert into EVG_BIRTHDAY_REWARD (REWARD_ID, CUSTOMER_ID, REWARD_YEAR, BIRTHDAY_ON, ISSUED_ON, ISSUED_AT, OFFER_CODE, "
                    + "LAST_VALID_DAY, VALID_UNTIL, USED_AT, USED_ORDER_ID, BONUS_POINTS, MAIL_STATUS, MAIL_ATTEMPTS) "
                    + "values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 0, 'SENT', 1)", b.customer.id, b.customer.id, day.getYear(),
                    day.toString(), day.minusDays(7).toString(), t(b.issuedAt), "BDAYH" + b.customer.id, day.plusDays(30).toString(),
                    t(b.birthday + 31 * DemoHistoryPlan.DAY), b.usedOn == null ? null : t(b.usedOn.at), b.usedOn == null ? null : b.usedOn.id);
        }
        LOG.debug("Review requests in the demo history: " + requestOrders);
    }

    /**
     * Greta Lindner, a member who speaks German (Broadleaf locale de_DE) and last ordered {@value #LAPSED_DAYS} days
     * ago: the win-back job (Loyalty &gt; Settings, Run now) writes to her in German.
     */
    private void lapsedShopperRows(DemoHistoryPlan plan) {
        long at = lapsedOrderAt(plan);
        insert("insert into BLC_CUSTOMER (CUSTOMER_ID, USER_NAME, EMAIL_ADDRESS, FIRST_NAME, LAST_NAME, IS_REGISTERED, DEACTIVATED, "
                + "RECEIVE_EMAIL, PASSWORD_CHANGE_REQUIRED, DATE_CREATED, LOCALE_CODE) values (?1, ?2, ?2, ?3, ?4, ?5, ?6, ?6, ?6, ?7, ?8)",
                LAPSED_ID, LAPSED_EMAIL, "Greta", "Lindner", true, false, t(at - 90 * DemoHistoryPlan.DAY), "de_DE");
        insert("insert into BLC_ORDER (ORDER_ID, ORDER_NUMBER, ORDER_STATUS, SUBMIT_DATE, DATE_CREATED, CUSTOMER_ID, EMAIL_ADDRESS, "
                + "ORDER_SUBTOTAL, ORDER_TOTAL, TOTAL_TAX, TOTAL_SHIPPING, CURRENCY_CODE, IS_PREVIEW, TAX_OVERRIDE) "
                + "values (?1, ?2, 'SUBMITTED', ?3, ?3, ?1, ?4, 48, 48, 0, 0, 'USD', ?5, ?5)", LAPSED_ID, "H" + LAPSED_ID, t(at),
                LAPSED_EMAIL, false);
        insert("insert into EVG_ORDER_POINTS (ORDER_ID, ORDER_NUMBER, CUSTOMER_ID, EARN_BASE, EARNED, REDEEMED, EARN_REVERSED, "
                + "REDEEM_RESTORED, RETURNED_AMOUNT, SUBMITTED_AT, MATURE_AT, MATURED, CANCELLED, VERSION) "
                + "values (?1, ?2, ?1, 48, 48, 0, 0, 0, 0, ?3, ?3, ?4, ?5, 0)", LAPSED_ID, "H" + LAPSED_ID, t(at), true, false);
    }

    private static long lapsedOrderAt(DemoHistoryPlan plan) {
        return plan.now - LAPSED_DAYS * DemoHistoryPlan.DAY;
    }

    /** A review request a week after the order; about half answered with a review, half with a satisfaction score. */
    private void review(DemoHistoryPlan plan, Order o, List<Long> products, java.util.Set<String> reviewed) {
        long sent = o.at + 7 * DemoHistoryPlan.DAY;
        insert("insert into EVG_REVIEW_REQUEST (ORDER_ID, CUSTOMER_ID, ORDER_NUMBER, SUBMITTED_AT, FULFILLED_AT, STATUS, REMINDER_DONE, "
                + "REQUEST_SENT_AT) values (?1, ?2, ?3, ?4, ?4, 'SENT', ?5, ?6)", o.id, o.customer.id, "H" + o.id, t(o.at), true, t(sent));
        if (!products.isEmpty() && plan.next(100) < 50) {
            long product = products.get(plan.next(products.size()));
            if (reviewed.add(o.customer.id + ":" + product)) {
                int rating = new int[] {5, 5, 5, 4, 4, 4, 3, 2, 5, 4}[plan.next(10)];
                insert("insert into EVG_REVIEW (REVIEW_ID, CUSTOMER_ID, PRODUCT_ID, ORDER_ID, RATING, TITLE, REVIEW_TEXT, DISPLAY_NAME, "
                        + "VERIFIED_BUYER, INCENTIVISED, STATUS, SUBMITTED_AT, DECIDED_AT, DECIDED_BY, REWARD_POINTS) "
                        + "values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, 'admin', 0)", o.id, o.customer.id, product, o.id,
                        rating, rating >= 4 ? "Very happy" : "It is fine", "Bought it for the garden; " + (rating >= 4
                        ? "works as promised." : "does the job."), FIRST[(int) (o.customer.id % FIRST.length)], true, false,
                        plan.next(10) == 0 ? "REJECTED" : "APPROVED", t(sent + 2 * DemoHistoryPlan.DAY), t(sent + 3 * DemoHistoryPlan.DAY));
            }
        }
        if (plan.next(100) < 55) {
            int score = new int[] {10, 10, 9, 9, 9, 8, 8, 7, 6, 10, 4, 9}[plan.next(12)];
            insert("insert into EVG_REVIEW_SATISFACTION (ORDER_ID, CUSTOMER_ID, SCORE, ANSWERED_AT) values (?1, ?2, ?3, ?4)",
                    o.id, o.customer.id, score, t(sent + DemoHistoryPlan.DAY));
        }
    }

    /** Sign-up bonus, redemptions, earnings and referral rewards through the ledger, each at its own time. */
    private void points(DemoHistoryPlan plan) {
        long lapsedAt = lapsedOrderAt(plan);
        post(lapsedAt - 60_000, Posting.builder(LAPSED_ID, EntryType.BONUS, "demo-history:signup:" + LAPSED_ID).available(100)
                .earned(100).reason("Welcome bonus").build());
        post(lapsedAt + 1000, Posting.builder(LAPSED_ID, EntryType.EARN, "demo-history:earn:" + LAPSED_ID).available(48).earned(48)
                .source("DEMO_HISTORY", LAPSED_ID).build());
        for (Order o : plan.orders) {
            if (!o.customer.member) {
                continue;
            }
            long id = o.customer.id;
            if (o == o.customer.orders.get(0)) {
                post(o.at - 60_000, Posting.builder(id, EntryType.BONUS, "demo-history:signup:" + id).available(100).earned(100)
                        .reason("Welcome bonus").build());
            }
            if (o.redeemed > 0) {
                post(o.at, Posting.builder(id, EntryType.REDEEM, "demo-history:redeem:" + o.id).available(-o.redeemed)
                        .source("DEMO_HISTORY", o.id).build());
            }
            post(o.at + 1000, Posting.builder(id, EntryType.EARN, "demo-history:earn:" + o.id).available(o.earned).earned(o.earned)
                    .source("DEMO_HISTORY", o.id).build());
        }
        for (Referral r : plan.referrals) {
            if ("REWARDED".equals(r.status)) {
                post(r.rewardedAt(), Posting.builder(r.advocate.id, EntryType.BONUS, "demo-history:referral:" + r.friend.id)
                        .available(250).earned(250).reason("Referral reward").build());
            }
        }
    }

    private void post(long at, Posting posting) {
        clock.startAt(new Date(at));
        ledger.post(posting);
    }

    private void insert(String sql, Object... params) {
        String text = sql;
        for (int i = params.length; i >= 1; i--) {
            if (params[i - 1] == null) {
                text = text.replaceAll("\\?" + i + "(?!\\d)", "null");
            }
        }
        Query q = em.createNativeQuery(text);
        for (int i = 0; i < params.length; i++) {
            if (params[i] != null) {
                q.setParameter(i + 1, params[i]);
            }
        }
        q.executeUpdate();
    }

    private static Timestamp t(long millis) {
        return new Timestamp(millis);
    }
}
