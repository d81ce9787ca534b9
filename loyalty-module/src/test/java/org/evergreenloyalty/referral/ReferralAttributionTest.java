package org.evergreenloyalty.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javax.annotation.Resource;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.referral.CodeCheck.Outcome;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.evergreenloyalty.test.BroadleafTestContext;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * Who brought whom: link cookie, typed code (wins over the cookie), invitation; each referred customer once;
 * bad codes (unknown, malformed, retired, own, of a deleted or deactivated customer) get their own message and
 * change nothing.
 */
@BroadleafIntegrationTest
class ReferralAttributionTest extends ReferralTestBase {

    @Resource(name = "evgReferralOffers")
    ReferralOffers offers;

    @Test
    void aFollowedLinkAttributesTheNewCustomerAndIssuesTheWelcomeCode() {
        Customer advocate = advocate();
        Customer friend = register(visitor(), codeOf(advocate), null);

        Referral r = referralOf(friend);
        assertNotNull(r);
        assertEquals(advocate.getId(), r.getAdvocateId());
        assertEquals(ReferralStatus.PENDING, r.getStatus());
        assertEquals(ReferralSource.LINK, r.getSource());
        assertTrue(r.getStatusReason().contains("link"), r.getStatusReason());
        assertNotNull(r.getFriendCode(), "a single-use welcome code was made");
        assertTrue(r.getFriendCode().startsWith("WELCOME-"), r.getFriendCode());
        WelcomeDiscount w = referrals.welcomeDiscount(friend.getId());
        assertEquals(r.getFriendCode(), w.getCode());
        assertEquals(DiscountKind.PERCENT, w.getTerms().getKind());
        assertEquals(0, w.getTerms().getValue().compareTo(new java.math.BigDecimal("10")));
        List<ReferralDecision> d = decisions(r);
        assertEquals(1, d.size());
        assertNull(d.get(0).getFromStatus());
        assertEquals(ReferralStatus.PENDING, d.get(0).getToStatus());
        assertEquals(ReferralDecision.SYSTEM, d.get(0).getActor());
    }

    @Test
    void aTypedCodeWinsOverTheCookie() {
        Customer linkAdvocate = advocate();
        Customer typedAdvocate = advocate();
        String typed = " " + codeOf(typedAdvocate).toLowerCase().substring(0, 5) + "-" + codeOf(typedAdvocate).toLowerCase().substring(5);
        Customer friend = register(visitor(), codeOf(linkAdvocate), typed);
        Referral r = referralOf(friend);
        assertEquals(typedAdvocate.getId(), r.getAdvocateId());
        assertEquals(ReferralSource.TYPED_CODE, r.getSource());
    }

    @Test
    void aWrongTypedCodeAttributesNothingEvenWithAValidCookie() {
        Customer linkAdvocate = advocate();
        MockHttpServletRequest[] seen = new MockHttpServletRequest[1];
        Visitor v = visitor();
        Customer friend = registerKeepingRequest(v, codeOf(linkAdvocate), "ZZZZZZZZZZ", seen);
        assertNull(referralOf(friend), "the shopper typed something: the cookie is not used instead");
        Attribution a = org.evergreenloyalty.web.referral.ReferralRequests.attributionOf(seen[0]);
        assertEquals(Attribution.Outcome.INVALID_CODE, a.getOutcome());
        assertEquals("evergreen.referral.code.unknown", a.getMessageKey());
        assertNull(referrals.welcomeDiscount(friend.getId()));
    }

    @Test
    void registeringWithoutCodeLinkOrInvitationAttributesNothingButGivesACode() {
        Customer c = register(visitor(), null, null);
        assertNull(referralOf(c));
        assertNotNull(codes.activeCodeOf(c.getId()));
    }

    @Test
    void eachReferredCustomerCountsOnce() {
        Customer first = advocate();
        Customer second = advocate();
        Customer friend = register(visitor(), codeOf(first), null);
        Visitor later = visitor();
        Attribution again = referrals.attributeCode(friend.getId(), codeOf(second), ReferralSource.TYPED_CODE, later);
        assertEquals(Attribution.Outcome.ALREADY_REFERRED, again.getOutcome());
        assertEquals("evergreen.referral.attribution.alreadyOther", again.getMessageKey());
        Attribution same = referrals.attributeCode(friend.getId(), codeOf(first), ReferralSource.TYPED_CODE, later);
        assertEquals(Attribution.Outcome.ALREADY_BY_THIS_ADVOCATE, same.getOutcome());
        assertEquals(first.getId(), referralOf(friend).getAdvocateId(), "still the first advocate");
        assertEquals(0L, admin.search(new ReferralQuery().advocate(second.getId())).getTotal(), "the second code attributed nobody");
        assertEquals(1L, admin.search(new ReferralQuery().advocate(first.getId())).getTotal());
    }

    @Test
    void anExistingCustomerWithoutOrdersCanEnterACodeLater() {
        Customer advocate = advocate();
        Customer c = register(visitor(), null, null);
        Attribution a = referrals.attributeCode(c.getId(), codeOf(advocate), ReferralSource.TYPED_CODE, visitor());
        assertEquals(Attribution.Outcome.REFERRED, a.getOutcome());
        assertEquals(ReferralStatus.PENDING, referralOf(c).getStatus());
        assertNotNull(referrals.welcomeDiscount(c.getId()));
    }

    @Test
    void unknownMalformedEmptyAndOwnCodesGetTheirOwnMessageAndChangeNothing() {
        Customer c = register(visitor(), null, null);
        Visitor v = visitor();
        assertRefused(c, "ZZZZZZZZZZ", v, Outcome.UNKNOWN, "evergreen.referral.code.unknown");
        assertRefused(c, "not a code!", v, Outcome.MALFORMED, "evergreen.referral.code.malformed");
        assertRefused(c, "K7M3QX9PA0", v, Outcome.MALFORMED, "evergreen.referral.code.malformed");
        assertRefused(c, "   ", v, Outcome.EMPTY, "evergreen.referral.code.empty");
        assertRefused(c, codeOf(c), v, Outcome.OWN_CODE, "evergreen.referral.code.own");
        assertEquals(0L, admin.search(new ReferralQuery().advocate(c.getId())).getTotal());
    }

    @Test
    void aRetiredCodeIsRefused() {
        Customer advocate = advocate();
        String old = codeOf(advocate);
        codes.regenerate(advocate.getId());
        Customer c = register(visitor(), null, null);
        assertRefused(c, old, visitor(), Outcome.RETIRED, "evergreen.referral.code.retired");
        Customer viaOldLink = register(visitor(), old, null);
        assertNull(referralOf(viaOldLink), "an old link attributes nobody");
    }

    @Test
    void theCodeOfADeactivatedOrDeletedCustomerIsRefused() {
        Customer deactivated = advocate();
        String code = codeOf(deactivated);
        Customer d = store.customers().readCustomerById(deactivated.getId());
        d.setDeactivated(true);
        store.customers().saveCustomer(d);
        Customer c = register(visitor(), null, null);
        assertRefused(c, code, visitor(), Outcome.ADVOCATE_INACTIVE, "evergreen.referral.code.inactive");

        Customer deleted = advocate();
        String deletedCode = codeOf(deleted);
        javax.persistence.EntityManager fresh = BroadleafTestContext.get()
                .getBean("entityManagerFactory", javax.persistence.EntityManagerFactory.class).createEntityManager();
        try {
            fresh.getTransaction().begin();
            for (Object role : fresh.createQuery("select r from org.broadleafcommerce.profile.core.domain.CustomerRoleImpl r "
                    + "where r.customer.id = :c").setParameter("c", deleted.getId()).getResultList()) {
                fresh.remove(role);
            }
            fresh.remove(fresh.find(org.broadleafcommerce.profile.core.domain.CustomerImpl.class, deleted.getId()));
            fresh.getTransaction().commit();
        } finally {
            fresh.close();
        }
        BroadleafTestContext.closeRequestEntityManager();
        BroadleafTestContext.openRequestEntityManager();
        assertNull(store.customers().readCustomerById(deleted.getId()), "the customer is gone");
        assertRefused(c, deletedCode, visitor(), Outcome.ADVOCATE_INACTIVE, "evergreen.referral.code.inactive");
    }

    @Test
    void anInvitedAddressIsAttributedToTheInviterWithoutLinkOrCode() {
        Customer advocate = advocate();
        String email = org.evergreenloyalty.test.TestIds.unique("invited").replace(':', '-') + "@example.net";
        InviteResult sent = invitations.invite(advocate.getId(), email);
        assertEquals(1, sent.getSent().size());
        Customer friend = register(visitor(), null, null, email);
        Referral r = referralOf(friend);
        assertNotNull(r);
        assertEquals(advocate.getId(), r.getAdvocateId());
        assertEquals(ReferralSource.INVITATION, r.getSource());
        assertEquals(1, accounts.stats(advocate.getId()).getInvited());
        assertEquals(1, accounts.stats(advocate.getId()).getSignedUp());
    }

    @Test
    void whenTheProgrammeIsPausedNothingIsAttributed() {
        Customer advocate = advocate();
        settings(s -> s.setEnabled(false));
        Customer friend = register(visitor(), codeOf(advocate), null);
        assertNull(referralOf(friend));
        assertEquals(Outcome.DISABLED, referrals.check(codeOf(advocate), null, visitor()).getOutcome());
    }

    private void assertRefused(Customer c, String input, Visitor v, Outcome outcome, String key) {
        Attribution a = referrals.attributeCode(c.getId(), input, ReferralSource.TYPED_CODE, v);
        assertEquals(Attribution.Outcome.INVALID_CODE, a.getOutcome(), input);
        assertEquals(outcome, a.getCheck().getOutcome(), input);
        assertEquals(key, a.getMessageKey(), input);
        assertNull(referralOf(c), "nothing changed for " + input);
        assertNull(referrals.welcomeDiscount(c.getId()));
    }

    private Customer registerKeepingRequest(Visitor v, String cookie, String typed, MockHttpServletRequest[] out) {
        MockHttpServletRequest r = bind(v, cookie, typed);
        out[0] = r;
        org.broadleafcommerce.profile.core.domain.Customer c = store.customers().createCustomer();
        String email = org.evergreenloyalty.test.TestIds.unique("typed").replace(':', '-') + "@example.com";
        c.setUsername(email);
        c.setEmailAddress(email);
        c.setFirstName("Typo");
        c.setLastName("Tester");
        try {
            return store.customers().registerCustomer(c, "Password1!", "Password1!");
        } finally {
            bindPlainRequest();
        }
    }
}
