package org.evergreenloyalty.birthday;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import javax.annotation.Resource;
import javax.mail.internet.MimeMessage;

import org.broadleafcommerce.core.catalog.domain.Category;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.evergreenloyalty.test.TestIds;
import org.evergreenloyalty.test.TestMailServer;
import org.junit.jupiter.api.Test;

/** The birthday e-mail: greeting, code, last valid day, and up to three products from categories bought before. */
@BroadleafIntegrationTest
class BirthdayEmailTest extends BirthdayTestBase {

    @Resource(name = "evgBirthdayProductSuggestions")
    ProductSuggestionSource suggestions;

    @Test
    void suggestsUnboughtActiveProductsFromTheCategoriesBoughtBefore() throws Exception {
        Category tea = store.category("Tea " + TestIds.unique("c"));
        Category garden = store.category("Garden " + TestIds.unique("c"));
        Category other = store.category("Other " + TestIds.unique("c"));
        Product bought = store.product("Green tea", "8.00", tea);
        Product oolong = store.product("Oolong", "11.00", tea);
        Product retired = store.product("Retired tea", "9.00", tea);
        retired.getDefaultSku().setActiveEndDate(new Date(clock.now().getTime() - 3_600_000L));
        retired = store.catalog().saveProduct(retired);
        Product rake = store.product("Garden rake", "19.00", garden);
        Product spade = store.product("Spade", "21.00", garden);
        Product kettle = store.product("Kettle", "35.00", tea);
        Product unrelated = store.product("Bicycle", "300.00", other);
        Product seeds = store.product("Seeds", "3.00", garden);

        Customer c = customerWithBirthday(0, 60);
        assertTrue(suggestions.suggestionsFor(c.getId(), 3).isEmpty(), "nothing bought yet, nothing suggested");
        store.buy(c, bought, 1);
        store.buy(c, seeds, 1);

        List<ProductSuggestion> found = suggestions.suggestionsFor(c.getId(), 3);
        List<Long> ids = new ArrayList<Long>();
        for (ProductSuggestion p : found) {
            ids.add(p.getProductId());
        }
        assertEquals(3, found.size(), "at most three");
        assertEquals(java.util.Arrays.asList(kettle.getId(), spade.getId(), rake.getId()), ids, "newest first");
        assertFalse(ids.contains(bought.getId()) || ids.contains(seeds.getId()), "not what was bought");
        assertFalse(ids.contains(unrelated.getId()), "only categories bought from");
        assertFalse(ids.contains(retired.getId()), "only active products");
        assertEquals("$35.00", found.get(0).getPrice());
        assertTrue(found.get(0).getUrl().startsWith("http") && found.get(0).getUrl().endsWith(kettle.getUrl()), found.get(0).getUrl());
        assertTrue(suggestions.suggestionsFor(c.getId(), 10).size() >= 4, "oolong too, when more are asked for");
        assertTrue(ids(suggestions.suggestionsFor(c.getId(), 10)).contains(oolong.getId()));

        assertEquals(IssueOutcome.Kind.ISSUED, issue(c.getId()).getKind());
        RewardView r = rewards.currentReward(c.getId());
        List<MimeMessage> mails = TestMailServer.awaitMessagesTo(c.getEmailAddress(), 1, WAIT_MS);
        assertEquals(1, mails.size());
        String body = body(mails.get(0));
        assertTrue(body.contains("Happy birthday, Test!"), body);
        assertTrue(body.contains(r.getCode()), "the code");
        assertTrue(body.contains(RewardTexts.longDate(r.getLastValidDay(), Locale.US)), "its last valid day");
        assertTrue(body.contains("Kettle") && body.contains("Spade") && body.contains("Garden rake"), body);
        assertFalse(body.contains("Oolong"), "three suggestions at most");
        assertFalse(body.contains("Bicycle"));
        assertTrue(body.contains("/account/birthday"), "links to the account");
        assertTrue(body.contains("Unsubscribe"), "can be unsubscribed from");
    }

    @Test
    void aShopperWhoBoughtNothingGetsTheMailWithoutSuggestions() throws Exception {
        Customer c = customerWithBirthday(0, 60);
        issue(c.getId());
        String body = body(TestMailServer.awaitMessagesTo(c.getEmailAddress(), 1, WAIT_MS).get(0));
        assertTrue(body.contains(rewards.currentReward(c.getId()).getCode()));
        assertFalse(body.contains("Picked for you"));
    }

    private static List<Long> ids(List<ProductSuggestion> list) {
        List<Long> ids = new ArrayList<Long>();
        for (ProductSuggestion p : list) {
            ids.add(p.getProductId());
        }
        return ids;
    }
}
