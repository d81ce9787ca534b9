package org.evergreenloyalty.broadleaf.birthday;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.catalog.domain.CategoryProductXrefImpl;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.ProductImpl;
import org.broadleafcommerce.core.order.domain.DiscreteOrderItemImpl;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.evergreenloyalty.birthday.ProductSuggestion;
import org.evergreenloyalty.birthday.ProductSuggestionSource;
import org.evergreenloyalty.birthday.RewardTexts;
import org.evergreenloyalty.support.Queries;

/**
 * {@link ProductSuggestionSource} on Broadleaf's orders and catalog: the categories (default category and
 * category links) of the products in the customer's submitted orders, their active products the customer
 * has not bought, newest first. Bounded queries only: at most {@link #MAX_BOUGHT} bought products and
 * {@link #MAX_CANDIDATES} candidates are looked at.
 */
public class BroadleafProductSuggestions implements ProductSuggestionSource {

    static final int MAX_BOUGHT = 500;
    static final int MAX_CANDIDATES = 200;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    private final String storeBaseUrl;

    public BroadleafProductSuggestions(String storeBaseUrl) {
        this.storeBaseUrl = storeBaseUrl.endsWith("/") ? storeBaseUrl.substring(0, storeBaseUrl.length() - 1) : storeBaseUrl;
    }

    @Override
    public List<ProductSuggestion> suggestionsFor(long customerId, int max) {
        List<ProductSuggestion> out = new ArrayList<ProductSuggestion>();
        if (max <= 0) {
            return out;
        }
        List<Long> bought = em.createQuery("select distinct doi.product.id from " + DiscreteOrderItemImpl.class.getName()
                + " doi where doi.order.customer.id = :c and doi.order.status = :s and doi.product is not null", Long.class)
                .setParameter("c", customerId).setParameter("s", OrderStatus.SUBMITTED.getType())
                .setMaxResults(MAX_BOUGHT).getResultList();
        if (bought.isEmpty()) {
            return out;
        }
        List<Long> boughtIds = Queries.padded(bought);
        Set<Long> categories = new TreeSet<Long>();
        categories.addAll(em.createQuery("select p.defaultCategory.id from " + ProductImpl.class.getName()
                + " p where p.id in (:bought) and p.defaultCategory is not null", Long.class)
                .setParameter("bought", boughtIds).getResultList());
        categories.addAll(em.createQuery("select x.category.id from " + CategoryProductXrefImpl.class.getName()
                + " x where x.product.id in (:bought)", Long.class).setParameter("bought", boughtIds).getResultList());
        if (categories.isEmpty()) {
            return out;
        }
        List<Long> categoryIds = Queries.padded(categories);
        Set<Long> candidates = new TreeSet<Long>(java.util.Collections.reverseOrder());
        candidates.addAll(em.createQuery("select p.id from " + ProductImpl.class.getName()
                + " p where p.defaultCategory.id in (:cats) order by p.id desc", Long.class)
                .setParameter("cats", categoryIds).setMaxResults(MAX_CANDIDATES).getResultList());
        candidates.addAll(em.createQuery("select x.product.id from " + CategoryProductXrefImpl.class.getName()
                + " x where x.category.id in (:cats) order by x.product.id desc", Long.class)
                .setParameter("cats", categoryIds).setMaxResults(MAX_CANDIDATES).getResultList());
        candidates.removeAll(bought);
        for (Long id : candidates) {
            Product p = em.find(ProductImpl.class, id);
            if (p == null || !p.isActive() || p.getDefaultSku() == null) {
                continue;
            }
            out.add(new ProductSuggestion(p.getId(), p.getName(), url(p), price(p.getDefaultSku().getPrice())));
            if (out.size() >= max) {
                break;
            }
        }
        return out;
    }

    /** Customers who never placed an order (most of a page) are found in one query and get no suggestions. */
    @Override
    public Map<Long, List<ProductSuggestion>> suggestionsFor(Collection<Long> customerIds, int max) {
        Map<Long, List<ProductSuggestion>> all = new HashMap<Long, List<ProductSuggestion>>();
        List<Long> ids = new ArrayList<Long>(customerIds);
        for (int from = 0; from < ids.size() && max > 0; from += 500) {
            List<Long> buyers = em.createQuery("select distinct doi.order.customer.id from " + DiscreteOrderItemImpl.class.getName()
                    + " doi where doi.order.customer.id in :c and doi.order.status = :s and doi.product is not null", Long.class)
                    .setParameter("c", Queries.padded(ids.subList(from, Math.min(ids.size(), from + 500))))
                    .setParameter("s", OrderStatus.SUBMITTED.getType()).getResultList();
            for (Long buyer : buyers) {
                all.put(buyer, suggestionsFor(buyer, max));
            }
        }
        return all;
    }

    private String url(Product p) {
        String u = p.getUrl();
        if (u == null || u.isEmpty()) {
            return storeBaseUrl + "/";
        }
        return u.startsWith("http") ? u : storeBaseUrl + (u.startsWith("/") ? u : "/" + u);
    }

    private static String price(Money m) {
        if (m == null) {
            return null;
        }
        return RewardTexts.money(m.getAmount(), m.getCurrency() == null ? null : m.getCurrency().getCurrencyCode(), Locale.US);
    }

}
