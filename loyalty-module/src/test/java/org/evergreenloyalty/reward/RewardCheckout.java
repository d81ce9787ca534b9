package org.evergreenloyalty.reward;

import java.math.BigDecimal;

import javax.persistence.EntityManager;

import org.broadleafcommerce.common.currency.domain.BroadleafCurrency;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.core.order.domain.FulfillmentGroup;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.fulfillment.domain.FixedPriceFulfillmentOptionImpl;
import org.broadleafcommerce.core.order.service.type.FulfillmentType;
import org.evergreenloyalty.test.StoreFixtures;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.evergreenloyalty.test.TestIds;

/** Shipping for the rewards tests: a fixed-price shipping option of its own put on a cart, so free shipping shows. */
final class RewardCheckout {

    private final StoreFixtures store;
    private final TransactionTemplate tx;
    private final EntityManager em;

    RewardCheckout(StoreFixtures store, PlatformTransactionManager txm, EntityManager em) {
        this.store = store;
        this.tx = new TransactionTemplate(txm);
        this.em = em;
    }

    /** The cart, repriced, with a new fixed-price shipping option of {@code price} on its fulfillment group. */
    Order shipWith(Order cart, String price) {
        FixedPriceFulfillmentOptionImpl option = tx.execute(status -> {
            BroadleafCurrency usd = store.usd();
            FixedPriceFulfillmentOptionImpl o = new FixedPriceFulfillmentOptionImpl();
            o.setName(TestIds.unique("Rewards shipping"));
            o.setPrice(new Money(new BigDecimal(price), "USD"));
            o.setCurrency(usd);
            o.setFulfillmentType(FulfillmentType.PHYSICAL_SHIP);
            o.setUseFlatRates(false);
            o.setTaxable(false);
            em.persist(o);
            return o;
        });
        Order order = store.orders().findOrderById(cart.getId());
        FulfillmentGroup fg = order.getFulfillmentGroups().get(0);
        fg.setFulfillmentOption(option);
        try {
            return store.orders().save(order, true);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
