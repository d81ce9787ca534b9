package org.evergreenloyalty.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.mail.internet.MimeMessage;

import org.broadleafcommerce.common.media.domain.Media;
import org.broadleafcommerce.common.media.domain.MediaImpl;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.evergreenloyalty.test.BroadleafIntegrationTest;
import org.evergreenloyalty.test.BroadleafTestContext;
import org.junit.jupiter.api.Test;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.transaction.support.TransactionTemplate;

/** The request e-mail's content: product image and name, links, reward line, escaping, no question when switched off. */
@BroadleafIntegrationTest
class ReviewEmailTest extends ReviewTestBase {

    @Test
    void theRequestShowsEachProductsImageAndNameEscaped() throws Exception {
        Customer c = customer();
        Product marked = product("<b>Bold</b> & <script>x()</script> Tent");
        withImage(marked, "/cmsstatic/img/tent.png");
        Order order = buy(c, marked);
        travel(15);
        requests.sendRequestIfDue(order.getId());
        MimeMessage mail = awaitMails(c, 1).get(0);
        String html = body(mail);
        assertFalse(html.contains("<script>x()"), "product names are escaped");
        assertTrue(html.contains("&lt;b&gt;Bold&lt;/b&gt; &amp; &lt;script&gt;x()&lt;/script&gt; Tent"), html);
        assertTrue(html.contains("src=\"http://localhost:8080/cmsstatic/img/tent.png\""), "absolute image URL: " + html);
        assertTrue(html.contains("You earn <strong>50</strong> points for each review"), html);
        assertTrue(mail.getSubject().contains(order.getOrderNumber()), mail.getSubject());
        for (String link : reviewLinks(mail)) {
            assertTrue(link.startsWith("http://localhost:8080/review?token=r."), link);
        }
    }

    @Test
    void withoutTheQuestionAndRewardTheEmailHasNeither() throws Exception {
        settings(s -> {
            s.setSatisfactionQuestion(false);
            s.setRewardPoints(0);
        });
        Customer c = customer();
        Order order = buy(c, product("Mat"));
        travel(15);
        requests.sendRequestIfDue(order.getId());
        MimeMessage mail = awaitMails(c, 1).get(0);
        assertEquals(0, scoreLinks(mail).size());
        assertEquals(5, reviewLinks(mail).size());
        assertFalse(body(mail).contains("evg-review-reward"));
    }

    private void withImage(final Product product, final String url) {
        final EntityManager em = SharedEntityManagerCreator.createSharedEntityManager(
                BroadleafTestContext.get().getBean("entityManagerFactory", EntityManagerFactory.class));
        new TransactionTemplate(txm).execute(s -> {
            Media media = new MediaImpl();
            media.setUrl(url);
            media.setTitle("Tent");
            media.setAltText("Tent");
            em.persist(media);
            Sku sku = em.find(org.broadleafcommerce.core.catalog.domain.SkuImpl.class, product.getDefaultSku().getId());
            try {
                // the managed map itself (getSkuMedia() of an empty map may answer another SKU's)
                java.lang.reflect.Field f = org.broadleafcommerce.core.catalog.domain.SkuImpl.class.getDeclaredField("skuMedia");
                f.setAccessible(true);
                @SuppressWarnings("unchecked")
                Map<String, Media> map = (Map<String, Media>) f.get(sku);
                map.put("primary", media);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            em.flush();
            return null;
        });
    }
}
