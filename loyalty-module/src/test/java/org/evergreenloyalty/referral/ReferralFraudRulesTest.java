package org.evergreenloyalty.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.annotation.Resource;

import org.broadleafcommerce.core.order.domain.FulfillmentGroup;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.FulfillmentGroupService;
import org.broadleafcommerce.profile.core.domain.Address;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerAddress;
import org.broadleafcommerce.profile.core.service.AddressService;
import org.broadleafcommerce.profile.core.service.CustomerAddressService;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.evergreenloyalty.test.TestIds;
import org.junit.jupiter.api.Test;

/**
 * Each fraud rule with real customers: it FLAGS the referral with its reason (no welcome code, no reward until
 * an admin decides), and with its setting off the same case is a normal referral. The address rule is checked
 * at signup (saved addresses) and again at the first order (the order's shipping address against the
 * advocate's saved and shipped-to addresses).
 */
@BroadleafIntegrationTest
class ReferralFraudRulesTest extends ReferralTestBase {

    @Resource(name = "blCustomerAddressService")
    CustomerAddressService customerAddresses;
    @Resource(name = "blAddressService")
    AddressService addresses;
    @Resource(name = "blFulfillmentGroupService")
    FulfillmentGroupService fulfillmentGroups;

    @Test
    void theSameMailboxAfterNormalisationIsFlagged() {
        String local = "jane.doe" + TestIds.unique("").replace(":", "");
        Customer advocate = register(visitor(), null, null, local + "@gmail.com");
        Customer friend = register(visitor(), codeOf(advocate), null, local.replace(".", "").toUpperCase() + "+shop@googlemail.com");
        assertFlagged(friend, "e-mail address is the advocate");
    }

    @Test
    void theSameMailboxIsNotFlaggedWithTheRuleOff() {
        settings(s -> s.setRuleSameEmail(false));
        String local = "jim.doe" + TestIds.unique("").replace(":", "");
        Customer advocate = register(visitor(), null, null, local + "@gmail.com");
        Customer friend = register(visitor(), codeOf(advocate), null, local.replace(".", "") + "@gmail.com");
        assertEquals(ReferralStatus.PENDING, referralOf(friend).getStatus());
    }

    @Test
    void theAdvocatesIpAddressAndBrowserWithinTheWindowAreFlagged() {
        Visitor device = visitor();
        Customer advocate = register(device, null, null);
        Visitor sameDeviceOtherSession = new Visitor(device.getIp(), device.getUserAgent(), "other-session");
        Customer friend = register(sameDeviceOtherSession, codeOf(advocate), null);
        assertFlagged(friend, "Same IP address and browser");
    }

    @Test
    void theAdvocatesIpAddressWithAnotherBrowserIsFlaggedToo() {
        Visitor device = visitor();
        Customer advocate = register(device, null, null);
        Customer otherBrowser = register(new Visitor(device.getIp(), "Other browser " + TestIds.unique("ua"), "s1"), codeOf(advocate), null);
        assertFlagged(otherBrowser, "Same IP address as the advocate within 72 hours");
    }

    @Test
    void theSameIpAfterTheWindowIsFine() {
        Visitor late = visitor();
        Customer advocate2 = register(late, null, null);
        clock.advance(73 * 60 * 60 * 1000L);
        Customer afterWindow = register(new Visitor(late.getIp(), "Other browser " + TestIds.unique("ua"), "s2"), codeOf(advocate2), null);
        assertEquals(ReferralStatus.PENDING, referralOf(afterWindow).getStatus(), "72 hours later");
    }

    @Test
    void aFirstOrderBelowTheMinimumQualifyingValueEarnsTheAdvocateNothing() throws Exception {
        settings(s -> s.setQualifyingMinimumSubtotal(new java.math.BigDecimal("40.00")));
        Customer advocate = advocate();
        Visitor friendDevice = visitor();
        Customer friend = register(friendDevice, codeOf(advocate), null);
        order(friend, friendDevice, "25.00", false);
        Referral r = referralOf(friend);
        assertEquals(ReferralStatus.REJECTED, r.getStatus());
        assertTrue(r.getStatusReason().contains("below the minimum qualifying order value 40"), r.getStatusReason());

        Customer advocate2 = advocate();
        Visitor device2 = visitor();
        Customer friend2 = register(device2, codeOf(advocate2), null);
        order(friend2, device2, "40.00", false);
        assertEquals(ReferralStatus.QUALIFIED, referralOf(friend2).getStatus(), "the minimum itself qualifies");
    }

    @Test
    void theMinimumQualifyingValueIsValidated() {
        ReferralSettings bad = settingsService.current().copy();
        bad.setQualifyingMinimumSubtotal(new java.math.BigDecimal("-1"));
        InvalidReferralSettingsException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidReferralSettingsException.class,
                () -> settingsService.save(bad));
        assertTrue(e.getFieldErrors().get("qualifyingMinimumSubtotal").contains("between 0"), e.getFieldErrors().toString());
        bad.setQualifyingMinimumSubtotal(new java.math.BigDecimal("100001"));
        assertThrows(bad);
    }

    private void assertThrows(ReferralSettings bad) {
        org.junit.jupiter.api.Assertions.assertThrows(InvalidReferralSettingsException.class, () -> settingsService.save(bad));
    }

    @Test
    void sameDeviceRuleOff() {
        settings(s -> s.setRuleSameDevice(false));
        Visitor device = visitor();
        Customer advocate = register(device, null, null);
        Customer friend = register(device, codeOf(advocate), null);
        assertEquals(ReferralStatus.PENDING, referralOf(friend).getStatus());
    }

    @Test
    void aFriendShippingToTheAdvocatesAddressIsFlaggedAtTheFirstOrder() throws Exception {
        Customer advocate = advocate();
        String street = TestIds.unique("Elm Street ").replace(":", " ");
        saveAddress(advocate, street, "12345");
        Visitor v = visitor();
        Customer friend = register(v, codeOf(advocate), null);
        assertEquals(ReferralStatus.PENDING, referralOf(friend).getStatus(), "no address known at signup");
        saveAddress(friend, street.toUpperCase().replace("STREET", "St."), "123 45");
        order(friend, v, "20.00", true);
        Referral r = assertFlagged(friend, "address of the advocate");
        assertEquals(ReferralStatus.FLAGGED, r.getStatus());
        clock.advance(31 * DAY);
        rewards.grantDue();
        assertEquals(ReferralStatus.FLAGGED, referralOf(friend).getStatus(), "a flagged referral is not rewarded by the job");
        assertEquals(0, available(advocate));
    }

    @Test
    void aFirstOrderShippedToTheAdvocatesSavedAddressIsFlagged() throws Exception {
        Customer advocate = advocate();
        String street = TestIds.unique("Oak Lane ").replace(":", " ");
        saveAddress(advocate, street, "54321");
        Visitor v = visitor();
        Customer friend = register(v, codeOf(advocate), null);
        assertEquals(ReferralStatus.PENDING, referralOf(friend).getStatus(), "the friend saved no address");

        Order order = orderShippedTo(friend, v, street.toLowerCase(), "54 321");

        Referral r = assertFlagged(friend, "address of the advocate");
        assertEquals(order.getId(), r.getOrderId(), "flagged at the first order, by its shipping address");
        assertTrue(r.getStatusReason().startsWith("First order"), r.getStatusReason());
    }

    @Test
    void aFirstOrderShippedWhereTheAdvocatesOwnOrderWentIsFlagged() throws Exception {
        Customer advocate = advocate();
        String street = TestIds.unique("Birch Road ").replace(":", " ");
        Visitor a = visitor();
        orderShippedTo(advocate, a, street, "98765");
        Visitor v = visitor();
        Customer friend = register(v, codeOf(advocate), null);
        assertEquals(ReferralStatus.PENDING, referralOf(friend).getStatus());

        orderShippedTo(friend, v, street.toUpperCase(), "98765");

        assertFlagged(friend, "address of the advocate");
    }

    @Test
    void aFirstOrderShippedToAnotherAddressOrWithTheRuleOffQualifies() throws Exception {
        Customer advocate = advocate();
        String street = TestIds.unique("Pine Court ").replace(":", " ");
        saveAddress(advocate, street, "11111");
        Visitor v = visitor();
        Customer friend = register(v, codeOf(advocate), null);
        orderShippedTo(friend, v, street, "22222");
        assertEquals(ReferralStatus.QUALIFIED, referralOf(friend).getStatus(), "another postal code is another address");

        settings(s -> s.setRuleSameAddress(false));
        Visitor w = visitor();
        Customer second = register(w, codeOf(advocate), null);
        orderShippedTo(second, w, street, "11111");
        assertEquals(ReferralStatus.QUALIFIED, referralOf(second).getStatus(), "the rule is off");
    }

    @Test
    void aCustomerWhoHasOrderedBeforeIsFlagged() throws Exception {
        Customer advocate = advocate();
        Visitor v = visitor();
        Customer existing = register(v, null, null);
        order(existing, v, "15.00", false);
        Attribution a = referrals.attributeCode(existing.getId(), codeOf(advocate), ReferralSource.TYPED_CODE, visitor());
        assertEquals(Attribution.Outcome.FLAGGED, a.getOutcome());
        assertEquals("evergreen.referral.attribution.flagged", a.getMessageKey());
        assertFlagged(existing, "already placed 1 order");
    }

    @Test
    void anExistingCustomerIsAcceptedWithTheRuleOff() throws Exception {
        settings(s -> s.setRuleExistingCustomer(false));
        Customer advocate = advocate();
        Visitor v = visitor();
        Customer existing = register(v, null, null);
        order(existing, v, "15.00", false);
        assertEquals(Attribution.Outcome.REFERRED,
                referrals.attributeCode(existing.getId(), codeOf(advocate), ReferralSource.TYPED_CODE, visitor()).getOutcome());
        order(existing, v, "15.00", true);
        assertEquals(ReferralStatus.QUALIFIED, referralOf(existing).getStatus(), "the next order counts");
    }

    @Test
    void tooManyReferralsOfOneAdvocateInAWeekAreFlagged() {
        settings(s -> s.setAdvocateWeeklyLimit(2));
        Customer advocate = advocate();
        Customer f1 = register(visitor(), codeOf(advocate), null);
        Customer f2 = register(visitor(), codeOf(advocate), null);
        Customer f3 = register(visitor(), codeOf(advocate), null);
        assertEquals(ReferralStatus.PENDING, referralOf(f1).getStatus());
        assertEquals(ReferralStatus.PENDING, referralOf(f2).getStatus());
        assertFlagged(f3, "More than 2 referrals by this advocate within 7 days");
        clock.advance(8 * DAY);
        Customer f4 = register(visitor(), codeOf(advocate), null);
        assertEquals(ReferralStatus.PENDING, referralOf(f4).getStatus(), "a week later the count starts again");
    }

    @Test
    void tooManyReferralsFromOneIpAddressInADayAreFlagged() {
        settings(s -> s.setIpDailyLimit(2));
        Visitor base = visitor();
        Customer a1 = advocate();
        Customer a2 = advocate();
        Customer a3 = advocate();
        Customer f1 = register(new Visitor(base.getIp(), "UA one", "s1"), codeOf(a1), null);
        Customer f2 = register(new Visitor(base.getIp(), "UA two", "s2"), codeOf(a2), null);
        Customer f3 = register(new Visitor(base.getIp(), "UA three", "s3"), codeOf(a3), null);
        assertEquals(ReferralStatus.PENDING, referralOf(f1).getStatus());
        assertEquals(ReferralStatus.PENDING, referralOf(f2).getStatus());
        assertFlagged(f3, "More than 2 referrals from the same IP address within 24 hours");
    }

    @Test
    void velocityRulesOff() {
        settings(s -> {
            s.setIpDailyLimit(0);
            s.setAdvocateWeeklyLimit(0);
        });
        Customer advocate = advocate();
        Visitor base = visitor();
        for (int i = 0; i < 4; i++) {
            Customer f = register(new Visitor(base.getIp(), "UA " + i, "s" + i), codeOf(advocate), null);
            assertEquals(ReferralStatus.PENDING, referralOf(f).getStatus());
        }
    }

    private Referral assertFlagged(Customer friend, String reasonPart) {
        Referral r = referralOf(friend);
        assertEquals(ReferralStatus.FLAGGED, r.getStatus());
        assertTrue(r.getStatusReason().contains(reasonPart), r.getStatusReason());
        if (r.getOrderId() == null) {
            assertNull(r.getFriendCode(), "no welcome code while flagged");
            assertNull(referrals.welcomeDiscount(friend.getId()));
        }
        ReferralDecision last = decisions(r).get(decisions(r).size() - 1);
        assertEquals(ReferralStatus.FLAGGED, last.getToStatus());
        assertTrue(last.getReason().contains(reasonPart), last.getReason());
        return r;
    }

    /**
     * A real checkout of one product by {@code c} as visitor {@code v}, shipped to the address given (set on the
     * cart's fulfillment group, as the store's shipping step does); with the welcome discount when the customer
     * has one.
     */
    private Order orderShippedTo(Customer c, Visitor v, String line1, String postalCode) throws Exception {
        Order cart = store.add(store.cart(c), product("30.00"), 1);
        Address a = addresses.create();
        a.setFirstName("Test");
        a.setLastName("Shipper");
        a.setAddressLine1(line1);
        a.setCity("Springfield");
        a.setPostalCode(postalCode);
        a = addresses.saveAddress(a);
        FulfillmentGroup fg = store.orders().findOrderById(cart.getId()).getFulfillmentGroups().get(0);
        fg.setAddress(a);
        fulfillmentGroups.save(fg);
        bind(v, null, null);
        try {
            if (referrals.welcomeDiscount(c.getId()) != null) {
                referrals.applyWelcomeDiscount(c.getId(), cart.getId());
            }
            return store.checkout(cart);
        } finally {
            bindPlainRequest();
        }
    }

    private void saveAddress(Customer c, String line1, String postalCode) {
        Address a = addresses.create();
        a.setFirstName("Test");
        a.setLastName("Tester");
        a.setAddressLine1(line1);
        a.setCity("Springfield");
        a.setPostalCode(postalCode);
        a = addresses.saveAddress(a);
        CustomerAddress ca = customerAddresses.create();
        ca.setAddress(a);
        ca.setAddressName("Home " + TestIds.unique("a"));
        ca.setCustomer(store.customers().readCustomerById(c.getId()));
        customerAddresses.saveCustomerAddress(ca);
    }
}
