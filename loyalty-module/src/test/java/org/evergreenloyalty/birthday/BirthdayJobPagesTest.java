package org.evergreenloyalty.birthday;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.annotation.Resource;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.broadleafcommerce.core.offer.service.OfferService;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.birthday.jobs.BirthdayRewardJob;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.evergreenloyalty.test.TestIds;
import org.evergreenloyalty.test.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The job's set-based pages: a page writes the same Broadleaf offers as issuing one by one (the code works once for
 * its owner only), a reward is issued exactly once per customer and year however often and on whichever days of the
 * window the job runs, a run stopped between pages is completed by the next, and a 29 February birthday is rewarded
 * once a year, on the configured day in other years.
 */
@BroadleafIntegrationTest
class BirthdayJobPagesTest extends BirthdayTestBase {

    @Resource(name = "blOfferService")
    OfferService offerService;
    @PersistenceContext(unitName = "blPU")
    EntityManager em;

    private BirthdayRewardJob job(int pageSize) {
        return new BirthdayRewardJob(birthdays, issuer, mailer, rewards, settingsService, clock, pageSize);
    }

    @Test
    void aPageWritesTheSameBroadleafOfferAsIssuingOneByOne() throws Exception {
        settings(s -> s.setMinimumSubtotal(new BigDecimal("30.00")));
        Customer alone = customerWithBirthday(0, 60);
        Customer paged = customerWithBirthday(0, 60);
        assertEquals(IssueOutcome.Kind.ISSUED, issue(alone.getId()).getKind(), "one by one: Broadleaf's services save it");

        job(50).run();

        Map<String, Object> expected = describe(rewardsOf(alone).get(0).getCode(), alone);
        Map<String, Object> actual = describe(rewardsOf(paged).get(0).getCode(), paged);
        assertEquals(expected, actual);
        assertEquals(1, rewardsOf(paged).size());
    }

    @Test
    void aPagedCodeGivesItsOwnerTheDiscountOnceAndNobodyElseAny() throws Exception {
        Customer owner = customerWithBirthday(0, 60);
        job(50).run();
        String code = rewardsOf(owner).get(0).getCode();

        Customer other = customer();
        Order foreign = store.add(store.cart(other), product("40.00"), 1);
        Order foreignWithCode = addCode(foreign, code);
        assertTrue(foreignWithCode.getOrderAdjustments().isEmpty(), "no discount for someone else's code");

        Order cart = store.add(store.cart(owner), product("40.00"), 1);
        Order discounted = addCode(cart, code);
        assertEquals(0, new BigDecimal("36.00").compareTo(discounted.getTotal().getAmount()), "10% of 40.00 off");
        Order placed = store.checkout(discounted);
        assertEquals(OrderStatus.SUBMITTED, placed.getStatus());
        assertEquals(RewardStatus.USED, rewards.currentReward(owner.getId()).getStatus());
        Order second = store.add(store.cart(owner), product("30.00"), 1);
        assertEquals(CodeCheck.Verdict.USED, rewards.checkCode(code, owner.getId(), new BigDecimal("30.00")).getVerdict());
        org.junit.jupiter.api.Assertions.assertThrows(
                org.broadleafcommerce.core.offer.service.exception.OfferMaxUseExceededException.class, () -> addCode(second, code),
                "Broadleaf refuses a second use");
    }

    @Test
    void exactlyOncePerCustomerAndYearWhateverDaysTheJobRuns() throws Exception {
        List<Customer> customers = new ArrayList<Customer>();
        for (int i = 0; i < 5; i++) {
            customers.add(customerWithBirthday(0, 60));
        }
        LocalDate birthday = today();

        job(2).run();
        job(2).run();
        moveTo(birthday.plusDays(2)); // still inside the three late days
        job(2).run();

        for (Customer c : customers) {
            assertEquals(1, rewardsOf(c).size(), "one reward");
            assertEquals(1, offersFor(c), "one Broadleaf offer");
            assertEquals(1, TestMailServer.awaitMessagesTo(c.getEmailAddress(), 1, WAIT_MS).size(), "one e-mail");
        }

        moveTo(birthday.plusYears(1));
        job(2).run();
        job(2).run();
        for (Customer c : customers) {
            List<RewardView> both = rewardsOf(c);
            assertEquals(2, both.size(), "one reward per year");
            assertTrue(both.get(0).getYear() != both.get(1).getYear());
            assertEquals(2, offersFor(c));
        }
    }

    @Test
    void aRunStoppedBetweenPagesIsCompletedByTheNextWithoutIssuingTwice() {
        List<Customer> customers = new ArrayList<Customer>();
        for (int i = 0; i < 5; i++) {
            customers.add(customerWithBirthday(0, 60));
        }
        long before = allRewards();
        AtomicInteger pages = new AtomicInteger();

        job(2).issueDue(settingsService.current(), () -> pages.getAndIncrement() >= 1); // one page, then the stop

        assertTrue(allRewards() - before <= 2, "at most the one page of 2 was issued");
        int issuedBeforeStop = 0;
        for (Customer c : customers) {
            issuedBeforeStop += rewardsOf(c).size();
        }
        assertTrue(issuedBeforeStop < customers.size(), "the stop left work for the next run");

        job(2).run();

        for (Customer c : customers) {
            assertEquals(1, rewardsOf(c).size());
            assertEquals(1, offersFor(c));
        }
    }

    @Test
    void aLeapDayBirthdayIsRewardedOnceAYearOnTheConfiguredDay() {
        int plain = today().getYear() + 1;
        while (Year.isLeap(plain)) {
            plain++;
        }
        int leap = plain + 1;
        while (!Year.isLeap(leap)) {
            leap++;
        }
        Customer c = customer();
        enterBirthday(c.getId(), LocalDate.of(2024, Month.FEBRUARY, 29), 60);

        moveTo(LocalDate.of(plain, Month.FEBRUARY, 27));
        job(50).run();
        assertTrue(rewardsOf(c).isEmpty(), "not due before 28 February");
        moveTo(LocalDate.of(plain, Month.FEBRUARY, 28));
        job(50).run();
        moveTo(LocalDate.of(plain, Month.MARCH, 1));
        job(50).run();
        assertEquals(1, rewardsOf(c).size());
        assertEquals(LocalDate.of(plain, Month.FEBRUARY, 28), rewardsOf(c).get(0).getBirthdayOn());

        moveTo(LocalDate.of(leap, Month.FEBRUARY, 28));
        job(50).run();
        assertEquals(1, rewardsOf(c).size(), "in a leap year the day itself");
        moveTo(LocalDate.of(leap, Month.FEBRUARY, 29));
        job(50).run();
        moveTo(LocalDate.of(leap, Month.MARCH, 2));
        job(50).run();
        assertEquals(2, rewardsOf(c).size());
        assertEquals(1, offersFor(c, "Birthday " + leap));
        LocalDate leapDay = LocalDate.of(leap, Month.FEBRUARY, 29);
        assertTrue(rewardsOf(c).stream().anyMatch(r -> r.getBirthdayOn().equals(leapDay)));
    }

    /** Everything Broadleaf stores about a code and its offer, the customer's id left out of the rule. */
    private Map<String, Object> describe(String code, Customer owner) {
        return new TransactionTemplate(txm).execute(status -> {
            OfferCode oc = offerService.lookupOfferCodeByCode(code);
            assertNotNull(oc, code);
            Offer o = oc.getOffer();
            Map<String, Object> m = new TreeMap<String, Object>();
            m.put("code.maxUses", oc.getMaxUses());
            m.put("code.uses", oc.getUses());
            m.put("code.start", oc.getStartDate().getTime());
            m.put("code.end", oc.getEndDate().getTime());
            m.put("code.archived", oc.getArchived());
            m.put("code.length", code.length());
            m.put("name", o.getName());
            m.put("description", o.getDescription());
            m.put("marketingMessage", o.getMarketingMessage());
            m.put("type", o.getType());
            m.put("discountType", o.getDiscountType());
            m.put("value", o.getValue().stripTrailingZeros());
            m.put("deliveryType", o.getDeliveryType());
            m.put("start", o.getStartDate().getTime());
            m.put("end", o.getEndDate().getTime());
            m.put("automaticallyAdded", o.isAutomaticallyAdded());
            m.put("combinable", o.isCombinableWithOtherOffers());
            m.put("stackable", o.isStackable());
            m.put("totalitarian", o.isTotalitarianOffer());
            m.put("maxUsesPerCustomer", o.getMaxUsesPerCustomer());
            m.put("maxUsesPerOrder", o.getMaxUsesPerOrder());
            m.put("newFormat", o.getTreatAsNewFormat());
            m.put("priority", o.getPriority());
            m.put("uses", o.getUses());
            m.put("archived", o.getArchived());
            m.put("salePrice", o.getApplyDiscountToSalePrice());
            m.put("markedItems", o.isApplyDiscountToMarkedItems());
            m.put("relatedTargetAndQualifiers", o.getRequiresRelatedTargetAndQualifiers());
            m.put("targetSystem", o.getTargetSystem());
            m.put("qualifierRule", o.getOfferItemQualifierRuleType());
            m.put("targetRule", o.getOfferItemTargetRuleType());
            Map<String, String> rules = new TreeMap<String, String>();
            o.getOfferMatchRules().forEach((k, r) -> rules.put(k, r.getMatchRule().replace(String.valueOf(owner.getId()), "N")));
            m.put("rules", rules);
            return m;
        });
    }

    private long offersFor(Customer c) {
        return offersFor(c, "Birthday%");
    }

    private long offersFor(Customer c, String name) {
        return em.createQuery("select count(o) from org.broadleafcommerce.core.offer.domain.OfferImpl o join o.offerMatchRules r "
                + "where r.matchRule = :rule and o.name like :name", Long.class)
                .setParameter("rule", "customer.id == " + c.getId()).setParameter("name", name).getSingleResult();
    }

    private long allRewards() {
        return em.createQuery("select count(r) from BirthdayReward r", Long.class).getSingleResult();
    }

    private Product product(String price) {
        return store.product("Birthday product " + TestIds.unique("p"), price, null);
    }

    private Order addCode(Order cart, String code) throws Exception {
        OfferCode oc = offerService.lookupOfferCodeByCode(code);
        assertNotNull(oc, code);
        return store.orders().addOfferCode(store.orders().findOrderById(cart.getId()), oc, true);
    }
}
