package org.evergreenloyalty.admin.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.admin.customers.OrderPointsRow;
import org.evergreenloyalty.admin.customers.ReturnForm;
import org.evergreenloyalty.admin.form.FormErrors;
import org.evergreenloyalty.admin.test.AdminTestContext;
import org.evergreenloyalty.admin.test.LoyaltyAdminFixtures;
import org.evergreenloyalty.customer.CustomerContact;
import org.evergreenloyalty.ledger.EntryType;
import org.evergreenloyalty.ledger.LedgerEntry;
import org.evergreenloyalty.order.CompletedOrder;
import org.evergreenloyalty.points.AccountSummary;
import org.evergreenloyalty.points.ExpiryMode;
import org.evergreenloyalty.points.OrderPointsLine;
import org.evergreenloyalty.points.PointsAccountService;
import org.evergreenloyalty.points.PointsReversalService;
import org.evergreenloyalty.points.PointsSettings;
import org.evergreenloyalty.points.PointsSettingsService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Loyalty &gt; Customers on the real admin context: search, a customer's page, manual adjustments (recorded
 * with the signed-in admin user; bad input changes nothing), make-available-now and returning items.
 */
@Tag("broadleaf")
class LoyaltyCustomersPagesIntegrationTest {

    private static ConfigurableApplicationContext ctx;
    private static LoyaltyAdminFixtures fixtures;
    private static PointsSettings savedSettings;

    private MockMvc mvc;
    private PointsAccountService accounts;
    private PointsReversalService reversals;

    @BeforeAll
    static void boot() {
        ctx = AdminTestContext.get();
        fixtures = new LoyaltyAdminFixtures(ctx);
        PointsSettingsService settings = ctx.getBean("evgPointsSettingsService", PointsSettingsService.class);
        savedSettings = settings.current();
        PointsSettings s = settings.current();
        s.setPointsPerCurrencyUnit(BigDecimal.ONE);
        s.setPendingDays(30);
        s.setEarnOnShipping(false);
        s.setEarnOnTax(false);
        s.setExcludedProductIds("");
        s.setExcludedCategoryIds("");
        s.setExpiryMode(ExpiryMode.FIXED_AGE);
        s.setExpiryDays(365);
        s.setReminderDaysBefore(30);
        settings.save(s);
    }

    @AfterAll
    static void restoreSettings() {
        ctx.getBean("evgPointsSettingsService", PointsSettingsService.class).save(savedSettings);
    }

    @BeforeEach
    void setUp() {
        AdminTestContext.bindRequest();
        mvc = fixtures.mvc();
        accounts = ctx.getBean("evgPointsAccountService", PointsAccountService.class);
        reversals = ctx.getBean("evgPointsReversalService", PointsReversalService.class);
        fixtures.signIn("evg-master");
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    private static Map<String, Object> model(MvcResult r) {
        return r.getModelAndView().getModel();
    }

    @SuppressWarnings("unchecked")
    private static List<CustomerContact> results(MvcResult r) {
        return (List<CustomerContact>) model(r).get("results");
    }

    private static boolean contains(List<CustomerContact> found, long customerId) {
        for (CustomerContact c : found) {
            if (c.getCustomerId() == customerId) {
                return true;
            }
        }
        return false;
    }

    // ---- search

    @Test
    void searchFindsCustomersByNameAndEmailIgnoringCase() throws Exception {
        long n = LoyaltyAdminFixtures.unique();
        Customer zelda = fixtures.customer("Zelda", "Quarry" + n, "zelda-" + n + "@example.com");
        fixtures.customer("Other", "Person" + n, "other-" + n + "@example.com");

        MvcResult byName = mvc.perform(get("/loyalty/customers").param("q", "quarry" + n)).andReturn();
        assertEquals(200, byName.getResponse().getStatus());
        assertEquals("loyalty/customers", model(byName).get("viewType"));
        assertEquals(1, results(byName).size(), "only Zelda's last name matches: " + results(byName));
        assertEquals(zelda.getId().longValue(), results(byName).get(0).getCustomerId());

        MvcResult byEmail = mvc.perform(get("/loyalty/customers").param("q", "  ZELDA-" + n + "@Example.com ")).andReturn();
        assertTrue(contains(results(byEmail), zelda.getId()));
        assertEquals(Boolean.TRUE, model(byEmail).get("searched"));
    }

    @Test
    void blankOrMissingSearchShowsTheHintNotAnError() throws Exception {
        for (MvcResult r : new MvcResult[] {
                mvc.perform(get("/loyalty/customers")).andReturn(),
                mvc.perform(get("/loyalty/customers").param("q", "   ")).andReturn(),
                mvc.perform(get("/loyalty/customers").param("q", "")).andReturn()}) {
            assertEquals(200, r.getResponse().getStatus());
            assertEquals("loyalty/customers", model(r).get("viewType"));
            assertEquals(Boolean.FALSE, model(r).get("searched"));
            assertTrue(results(r).isEmpty());
        }
    }

    @Test
    void searchFindsTheBuyerOfAnOrderNumber() throws Exception {
        Customer buyer = fixtures.customer();
        String number = fixtures.broadleafOrder(buyer);

        MvcResult r = mvc.perform(get("/loyalty/customers").param("q", number)).andReturn();
        assertEquals(buyer.getId().longValue(), results(r).get(0).getCustomerId(), "the buyer comes first: " + results(r));

        MvcResult unknown = mvc.perform(get("/loyalty/customers").param("q", "NO-SUCH-ORDER-" + LoyaltyAdminFixtures.unique())).andReturn();
        assertEquals(200, unknown.getResponse().getStatus());
        assertTrue(results(unknown).isEmpty());
    }

    @Test
    void aSearchWithPercentSignsAndQuotesIsHarmless() throws Exception {
        MvcResult r = mvc.perform(get("/loyalty/customers").param("q", "%' or 1=1 --")).andReturn();
        assertEquals(200, r.getResponse().getStatus());
        assertTrue(results(r).isEmpty(), "no customer matches: " + results(r));
    }

    // ---- a customer's page

    @Test
    void theCustomerPageShowsBalancesOrdersAndHistory() throws Exception {
        Customer c = fixtures.customer();
        CompletedOrder order = fixtures.order(c, new Object[] {"Watering can", 2, "40.00"}, new Object[] {"Seeds", 1, "10.00"});

        MvcResult r = mvc.perform(get("/loyalty/customers/" + c.getId())).andReturn();
        assertEquals(200, r.getResponse().getStatus());
        assertEquals("loyalty/customer", model(r).get("viewType"));
        assertEquals("loyalty/customers", model(r).get("sectionKey"), "the Customers section stays highlighted");
        AccountSummary summary = (AccountSummary) model(r).get("summary");
        assertEquals(50, summary.getBalance().getPending());
        assertEquals(0, summary.getBalance().getAvailable());
        assertEquals(50, summary.getBalance().getLifetimeEarned());
        @SuppressWarnings("unchecked")
        List<OrderPointsRow> orders = (List<OrderPointsRow>) model(r).get("orders");
        assertEquals(1, orders.size());
        assertEquals(order.getOrderId(), orders.get(0).getOrderId());
        assertEquals(OrderPointsRow.State.PENDING, orders.get(0).getState());
        assertTrue(orders.get(0).isMaturable());
        @SuppressWarnings("unchecked")
        List<LedgerEntry> history = (List<LedgerEntry>) model(r).get("history");
        assertEquals(1, history.size());
        assertEquals(EntryType.EARN, history.get(0).getType());
        assertEquals(50, history.get(0).getPendingDelta());
    }

    @Test
    void theHistoryIsPaginated() throws Exception {
        Customer c = fixtures.customer();
        for (int i = 1; i <= LoyaltyCustomersController.HISTORY_PAGE_SIZE + 3; i++) {
            accounts.adjust(c.getId(), i, "Bulk " + i, "evg-master");
        }
        MvcResult first = mvc.perform(get("/loyalty/customers/" + c.getId())).andReturn();
        assertEquals(2, model(first).get("historyPages"));
        assertEquals(1, model(first).get("historyPage"));
        assertEquals(LoyaltyCustomersController.HISTORY_PAGE_SIZE, ((List<?>) model(first).get("history")).size());

        MvcResult second = mvc.perform(get("/loyalty/customers/" + c.getId()).param("page", "2")).andReturn();
        @SuppressWarnings("unchecked")
        List<LedgerEntry> older = (List<LedgerEntry>) model(second).get("history");
        assertEquals(3, older.size());
        assertEquals("Bulk 1", older.get(2).getReason(), "oldest last");

        MvcResult beyond = mvc.perform(get("/loyalty/customers/" + c.getId()).param("page", "99")).andReturn();
        assertEquals(2, model(beyond).get("historyPage"), "a page past the end shows the last one");
        MvcResult garbage = mvc.perform(get("/loyalty/customers/" + c.getId()).param("page", "x")).andReturn();
        assertEquals(1, model(garbage).get("historyPage"));
    }

    @Test
    void anUnknownCustomerIsNotFound() throws Exception {
        for (String id : new String[] {"987654321987", "abc", "12x"}) {
            MvcResult r = mvc.perform(get("/loyalty/customers/" + id)).andReturn();
            assertEquals(404, r.getResponse().getStatus(), id);
            assertEquals("loyalty/notFound", model(r).get("viewType"));
        }
    }

    // ---- manual adjustments

    /** The adjustment form as the page sends it: with the request key made when the page was shown. */
    private static MockHttpServletRequestBuilder adjustPost(Customer c) {
        return post("/loyalty/customers/" + c.getId() + "/adjust").param("requestKey", java.util.UUID.randomUUID().toString());
    }

    @Test
    void theSameAdjustmentFormSentTwiceIsRecordedOnce() throws Exception {
        Customer c = fixtures.customer();
        MvcResult page = mvc.perform(get("/loyalty/customers/" + c.getId())).andReturn();
        String key = ((org.evergreenloyalty.admin.customers.AdjustmentForm) model(page).get("adjustment")).getRequestKey();
        assertNotNull(key, "the page makes a request key for its form");

        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/loyalty/customers/" + c.getId() + "/adjust").param("requestKey", key)
                    .param("points", "40").param("reason", "Goodwill")).andReturn();
        }
        MvcResult third = mvc.perform(post("/loyalty/customers/" + c.getId() + "/adjust").param("requestKey", key)
                .param("points", "40").param("reason", "Goodwill")).andReturn();

        assertEquals("/loyalty/customers/" + c.getId(), third.getResponse().getRedirectedUrl());
        assertEquals("This adjustment (+40 points) was recorded already: the form was sent twice. Nothing changed.",
                third.getFlashMap().get(AbstractLoyaltyAdminController.WARNING));
        assertEquals(40, accounts.summary(c.getId()).getBalance().getAvailable(), "recorded once");
        assertEquals(1, accounts.history(c.getId(), 0, 10).size());
        String otherKey = ((org.evergreenloyalty.admin.customers.AdjustmentForm) model(
                mvc.perform(get("/loyalty/customers/" + c.getId())).andReturn()).get("adjustment")).getRequestKey();
        assertNotEquals(key, otherKey, "the next form shown gets its own key");
    }

    @Test
    void anAdjustmentWithoutAValidRequestKeyIsRefusedAndTheFormGetsANewKey() throws Exception {
        Customer c = fixtures.customer();
        for (String key : new String[] {null, "", "not a key!", "x'; drop table"}) {
            MockHttpServletRequestBuilder b = post("/loyalty/customers/" + c.getId() + "/adjust").param("points", "5").param("reason", "Why");
            if (key != null) {
                b.param("requestKey", key);
            }
            MvcResult r = mvc.perform(b).andReturn();
            assertNull(r.getResponse().getRedirectedUrl(), String.valueOf(key));
            assertEquals("This form was out of date. Check the values and record the adjustment again.",
                    ((FormErrors) model(r).get("adjustmentErrors")).get(FormErrors.FORM));
            String fresh = ((org.evergreenloyalty.admin.customers.AdjustmentForm) model(r).get("adjustment")).getRequestKey();
            assertTrue(fresh != null && fresh.matches("[A-Za-z0-9-]{1,64}"), "the form shown again can be sent: " + fresh);
        }
        assertTrue(accounts.history(c.getId(), 0, 10).isEmpty(), "nothing recorded");
    }

    @Test
    void anAdjustmentIsRecordedWithTheSignedInAdminUser() throws Exception {
        Customer c = fixtures.customer();
        MvcResult r = mvc.perform(adjustPost(c)
                .param("points", " +25 ").param("reason", "  Goodwill for a late parcel ")).andReturn();

        assertEquals("/loyalty/customers/" + c.getId(), r.getResponse().getRedirectedUrl());
        assertEquals("Adjustment of +25 points recorded. Available balance now 25.", r.getFlashMap().get(AbstractLoyaltyAdminController.NOTICE));
        LedgerEntry e = accounts.history(c.getId(), 0, 10).get(0);
        assertEquals(EntryType.ADJUST, e.getType());
        assertEquals(25, e.getAvailableDelta());
        assertEquals("Goodwill for a late parcel", e.getReason());
        assertEquals("evg-master", e.getActor());
        assertEquals(25, accounts.summary(c.getId()).getBalance().getAvailable());

        fixtures.signIn("evg-clerk");
        mvc.perform(adjustPost(c).param("points", "-10").param("reason", "Correction"))
                .andReturn();
        LedgerEntry taken = accounts.history(c.getId(), 0, 10).get(0);
        assertEquals(-10, taken.getAvailableDelta());
        assertEquals("evg-clerk", taken.getActor(), "the user granted the permission directly is recorded too");
        assertEquals(15, accounts.summary(c.getId()).getBalance().getAvailable());
    }

    @ParameterizedTest(name = "points \"{0}\", reason \"{1}\" -> {2}")
    @CsvSource(value = {
        "'', Goodwill, points, Enter a value.",
        "'   ', Goodwill, points, Enter a value.",
        "abc, Goodwill, points, 'Enter a whole number, e.g. 50.'",
        "1.5, Goodwill, points, Enter a whole number without decimals.",
        "'-2,5', Goodwill, points, Enter a whole number without decimals.",
        "0, Goodwill, points, Enter a number of points other than 0.",
        "-0, Goodwill, points, Enter a number of points other than 0.",
        "10000001, Goodwill, points, 'An adjustment can move at most 10,000,000 points.'",
        "99999999999999999999999, Goodwill, points, This number is too large.",
        "10, '', reason, Enter the reason for this adjustment.",
        "10, '   ', reason, Enter the reason for this adjustment.",
        "-11, Goodwill, points, 'This would take the available balance below zero: the customer has 10 points available.'"
    })
    void aBadAdjustmentShowsTheProblemAndChangesNothing(String points, String reason, String field, String message) throws Exception {
        Customer c = fixtures.customer();
        accounts.adjust(c.getId(), 10, "Start", "evg-master");

        MvcResult r = mvc.perform(adjustPost(c)
                .param("points", points).param("reason", reason)).andReturn();

        assertEquals(200, r.getResponse().getStatus());
        assertNull(r.getResponse().getRedirectedUrl());
        assertEquals("loyalty/customer", model(r).get("viewType"));
        FormErrors errors = (FormErrors) model(r).get("adjustmentErrors");
        assertEquals(message, errors.get(field), errors.toString());
        assertEquals(points, ((org.evergreenloyalty.admin.customers.AdjustmentForm) model(r).get("adjustment")).getPoints(),
                "the input is shown again");
        assertEquals(10, accounts.summary(c.getId()).getBalance().getAvailable());
        assertEquals(1, accounts.history(c.getId(), 0, 10).size(), "nothing recorded");
    }

    @Test
    void aReasonLongerThanTheLedgerKeepsIsRefused() throws Exception {
        Customer c = fixtures.customer();
        StringBuilder longReason = new StringBuilder();
        for (int i = 0; i < 501; i++) {
            longReason.append('x');
        }
        MvcResult r = mvc.perform(adjustPost(c)
                .param("points", "5").param("reason", longReason.toString())).andReturn();
        assertEquals("Keep the reason to at most 500 characters.", ((FormErrors) model(r).get("adjustmentErrors")).get("reason"));
        assertTrue(accounts.history(c.getId(), 0, 10).isEmpty());
    }

    @Test
    void anAdjustmentForAnUnknownCustomerIsNotFound() throws Exception {
        MvcResult r = mvc.perform(post("/loyalty/customers/987654321987/adjust").param("points", "5").param("reason", "x")).andReturn();
        assertEquals(404, r.getResponse().getStatus());
        assertTrue(accounts.history(987654321987L, 0, 10).isEmpty());
    }

    // ---- make points available now

    @Test
    void makeAvailableNowMaturesTheOrdersPendingPoints() throws Exception {
        Customer c = fixtures.customer();
        CompletedOrder order = fixtures.order(c, new Object[] {"Lamp", 1, "30.00"});
        assertEquals(30, accounts.summary(c.getId()).getBalance().getPending());

        MvcResult r = mvc.perform(post("/loyalty/customers/" + c.getId() + "/orders/" + order.getOrderId() + "/mature")).andReturn();

        assertEquals("/loyalty/customers/" + c.getId(), r.getResponse().getRedirectedUrl());
        assertEquals("The pending points of order " + order.getOrderNumber() + " are available now.",
                r.getFlashMap().get(AbstractLoyaltyAdminController.NOTICE));
        assertEquals(30, accounts.summary(c.getId()).getBalance().getAvailable());
        assertEquals(0, accounts.summary(c.getId()).getBalance().getPending());
        assertTrue(reversals.orderPoints(order.getOrderId()).isMatured());

        MvcResult again = mvc.perform(post("/loyalty/customers/" + c.getId() + "/orders/" + order.getOrderId() + "/mature")).andReturn();
        assertEquals("Order " + order.getOrderNumber() + " has no pending points: nothing changed.",
                again.getFlashMap().get(AbstractLoyaltyAdminController.WARNING));
        assertEquals(30, accounts.summary(c.getId()).getBalance().getAvailable());
    }

    @Test
    void anotherCustomersOrderIsNotFound() throws Exception {
        Customer owner = fixtures.customer();
        Customer other = fixtures.customer();
        CompletedOrder order = fixtures.order(owner, new Object[] {"Lamp", 1, "30.00"});

        MvcResult mature = mvc.perform(post("/loyalty/customers/" + other.getId() + "/orders/" + order.getOrderId() + "/mature")).andReturn();
        assertEquals(404, mature.getResponse().getStatus());
        assertFalse(reversals.orderPoints(order.getOrderId()).isMatured());

        MvcResult form = mvc.perform(get("/loyalty/customers/" + other.getId() + "/orders/" + order.getOrderId() + "/return")).andReturn();
        assertEquals(404, form.getResponse().getStatus());
    }

    // ---- return items

    private OrderPointsLine line(long orderId, String name) {
        for (OrderPointsLine l : reversals.lines(orderId)) {
            if (l.getName().equals(name)) {
                return l;
            }
        }
        throw new AssertionError("no line " + name);
    }

    @Test
    void returningItemsTakesBackTheirPointsOnceEvenWhenSubmittedTwice() throws Exception {
        Customer c = fixtures.customer();
        CompletedOrder order = fixtures.order(c, new Object[] {"Watering can", 2, "40.00"}, new Object[] {"Seeds", 1, "10.00"});
        String url = "/loyalty/customers/" + c.getId() + "/orders/" + order.getOrderId() + "/return";

        MvcResult form = mvc.perform(get(url)).andReturn();
        assertEquals(200, form.getResponse().getStatus());
        assertEquals("loyalty/returnItems", model(form).get("viewType"));
        ReturnForm blank = (ReturnForm) model(form).get("returnForm");
        assertNotNull(blank.getReturnKey());
        assertEquals(2, ((List<?>) model(form).get("lines")).size());

        long canId = line(order.getOrderId(), "Watering can").getOrderItemId();
        MockHttpSession session = new MockHttpSession();
        MvcResult done = mvc.perform(post(url).session(session).param("returnKey", blank.getReturnKey())
                .param("quantities[" + canId + "]", "1")).andReturn();

        assertEquals("/loyalty/customers/" + c.getId(), done.getResponse().getRedirectedUrl());
        assertEquals("Items of order " + order.getOrderNumber() + " returned: 20 earned points taken back.",
                done.getFlashMap().get(AbstractLoyaltyAdminController.NOTICE));
        assertEquals(1, line(order.getOrderId(), "Watering can").getReturnedQuantity());
        assertEquals(30, accounts.summary(c.getId()).getBalance().getPending());
        assertEquals(20, reversals.orderPoints(order.getOrderId()).getEarnReversed());

        // the same form again (double click, reload): in this session, and from another one
        for (MockHttpSession s : new MockHttpSession[] {session, new MockHttpSession()}) {
            MvcResult again = mvc.perform(post(url).session(s).param("returnKey", blank.getReturnKey())
                    .param("quantities[" + canId + "]", "1")).andReturn();
            assertEquals("This return of order " + order.getOrderNumber() + " had been recorded already: nothing changed.",
                    again.getFlashMap().get(AbstractLoyaltyAdminController.WARNING));
            assertEquals(1, line(order.getOrderId(), "Watering can").getReturnedQuantity());
            assertEquals(30, accounts.summary(c.getId()).getBalance().getPending());
        }
    }

    @Test
    void returningMoreUnitsThanAreLeftChangesNothing() throws Exception {
        Customer c = fixtures.customer();
        CompletedOrder order = fixtures.order(c, new Object[] {"Watering can", 2, "40.00"}, new Object[] {"Seeds", 1, "10.00"});
        String url = "/loyalty/customers/" + c.getId() + "/orders/" + order.getOrderId() + "/return";
        long canId = line(order.getOrderId(), "Watering can").getOrderItemId();
        long seedsId = line(order.getOrderId(), "Seeds").getOrderItemId();

        MvcResult r = mvc.perform(post(url).param("returnKey", "k-" + LoyaltyAdminFixtures.unique())
                .param("quantities[" + seedsId + "]", "1").param("quantities[" + canId + "]", "3")).andReturn();

        assertEquals(200, r.getResponse().getStatus());
        assertEquals("loyalty/returnItems", model(r).get("viewType"));
        FormErrors errors = (FormErrors) model(r).get("returnErrors");
        assertEquals("At most 2 units are left to return.", errors.get(ReturnForm.field(canId)), errors.toString());
        assertFalse(errors.has(ReturnForm.field(seedsId)), "the line within its limit is fine");
        assertFalse(errors.has(FormErrors.FORM), "the problem is shown on its line only");
        assertEquals(0, line(order.getOrderId(), "Watering can").getReturnedQuantity());
        assertEquals(0, line(order.getOrderId(), "Seeds").getReturnedQuantity(), "nothing returned, not even the valid line");
        assertEquals(50, accounts.summary(c.getId()).getBalance().getPending());
        assertEquals(0, reversals.orderPoints(order.getOrderId()).getEarnReversed());
    }

    @ParameterizedTest(name = "quantity \"{0}\" -> {1}")
    @CsvSource({
        "x, 'Enter a whole number, e.g. 50.'",
        "1.5, Enter a whole number without decimals.",
        "-1, Enter 0 or more units."
    })
    void unreadableQuantitiesChangeNothing(String qty, String message) throws Exception {
        Customer c = fixtures.customer();
        CompletedOrder order = fixtures.order(c, new Object[] {"Watering can", 2, "40.00"});
        long canId = line(order.getOrderId(), "Watering can").getOrderItemId();
        MvcResult r = mvc.perform(post("/loyalty/customers/" + c.getId() + "/orders/" + order.getOrderId() + "/return")
                .param("returnKey", "k-" + LoyaltyAdminFixtures.unique()).param("quantities[" + canId + "]", qty)).andReturn();
        assertEquals(message, ((FormErrors) model(r).get("returnErrors")).get(ReturnForm.field(canId)));
        assertEquals(0, line(order.getOrderId(), "Watering can").getReturnedQuantity());
    }

    @Test
    void returningNothingOrWithoutAFormKeyIsRefused() throws Exception {
        Customer c = fixtures.customer();
        CompletedOrder order = fixtures.order(c, new Object[] {"Watering can", 2, "40.00"});
        long canId = line(order.getOrderId(), "Watering can").getOrderItemId();
        String url = "/loyalty/customers/" + c.getId() + "/orders/" + order.getOrderId() + "/return";

        MvcResult none = mvc.perform(post(url).param("returnKey", "k-" + LoyaltyAdminFixtures.unique())
                .param("quantities[" + canId + "]", "0")).andReturn();
        assertEquals("Enter the number of units returned for at least one item.",
                ((FormErrors) model(none).get("returnErrors")).get(FormErrors.FORM));

        MvcResult noKey = mvc.perform(post(url).param("quantities[" + canId + "]", "1")).andReturn();
        assertEquals("This form has expired: open the return form again.",
                ((FormErrors) model(noKey).get("returnErrors")).get(FormErrors.FORM));
        assertEquals(0, line(order.getOrderId(), "Watering can").getReturnedQuantity());
    }
}
