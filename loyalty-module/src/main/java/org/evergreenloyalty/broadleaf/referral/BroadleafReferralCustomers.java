package org.evergreenloyalty.broadleaf.referral;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.TypedQuery;

import org.broadleafcommerce.core.order.domain.FulfillmentGroup;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderImpl;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.type.OrderStatus;
import org.broadleafcommerce.profile.core.domain.Address;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerAddress;
import org.broadleafcommerce.profile.core.service.CustomerAddressService;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.evergreenloyalty.referral.AddressKeys;
import org.evergreenloyalty.referral.ReferralCustomers;

/** {@link ReferralCustomers} on Broadleaf's customers, saved addresses and orders. */
public class BroadleafReferralCustomers implements ReferralCustomers {

    /** How many of a customer's latest orders contribute shipping addresses. */
    static final int RECENT_ORDERS = 20;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    private final CustomerService customerService;
    private final CustomerAddressService addressService;
    private final OrderService orderService;

    public BroadleafReferralCustomers(CustomerService customerService, CustomerAddressService addressService,
                                      OrderService orderService) {
        this.customerService = customerService;
        this.addressService = addressService;
        this.orderService = orderService;
    }

    @Override
    public boolean isActive(long customerId) {
        Customer c = customerService.readCustomerById(customerId);
        return c != null && c.isRegistered() && !c.isDeactivated();
    }

    @Override
    public Long customerIdByEmail(String email) {
        if (email == null || email.trim().isEmpty()) {
            return null;
        }
        List<Long> ids = em.createQuery("select c.id from org.broadleafcommerce.profile.core.domain.CustomerImpl c "
                + "where lower(c.emailAddress) = :e and c.registered = true", Long.class)
                .setParameter("e", email.trim().toLowerCase()).setMaxResults(1).getResultList();
        return ids.isEmpty() ? null : ids.get(0);
    }

    @Override
    public int submittedOrdersBefore(long customerId, Long orderId) {
        String before = orderId == null ? "" : " and o.id <> :x and o.submitDate < (select x.submitDate from "
                + OrderImpl.class.getName() + " x where x.id = :x)";
        TypedQuery<Long> q = em.createQuery("select count(o) from " + OrderImpl.class.getName()
                + " o where o.customer.id = :c and o.status = :s" + before, Long.class)
                .setParameter("c", customerId).setParameter("s", OrderStatus.SUBMITTED.getType());
        if (orderId != null) {
            q.setParameter("x", orderId);
        }
        return q.getSingleResult().intValue();
    }

    @Override
    public Set<String> addressKeys(long customerId) {
        Set<String> keys = new LinkedHashSet<String>();
        for (CustomerAddress ca : addressService.readActiveCustomerAddressesByCustomerId(customerId)) {
            add(keys, ca.getAddress());
        }
        List<OrderImpl> orders = em.createQuery("select o from " + OrderImpl.class.getName() + " o where o.customer.id = :c "
                + "and o.status in (:s) order by o.id desc", OrderImpl.class)
                .setParameter("c", customerId)
                .setParameter("s", java.util.Arrays.asList(OrderStatus.SUBMITTED.getType(), OrderStatus.CANCELLED.getType()))
                .setMaxResults(RECENT_ORDERS).getResultList();
        for (Order o : orders) {
            addShipping(keys, o);
        }
        return keys;
    }

    @Override
    public Set<String> orderAddressKeys(long orderId) {
        Set<String> keys = new LinkedHashSet<String>();
        Order o = orderService.findOrderById(orderId);
        if (o != null) {
            addShipping(keys, o);
        }
        return keys;
    }

    @Override
    public boolean isOrderCancelled(long orderId) {
        Order o = orderService.findOrderById(orderId);
        return o == null || OrderStatus.CANCELLED.equals(o.getStatus());
    }

    private static void addShipping(Set<String> keys, Order o) {
        if (o.getFulfillmentGroups() == null) {
            return;
        }
        for (FulfillmentGroup fg : o.getFulfillmentGroups()) {
            add(keys, fg.getAddress());
        }
    }

    private static void add(Set<String> keys, Address a) {
        if (a == null) {
            return;
        }
        String key = AddressKeys.of(a.getAddressLine1(), a.getPostalCode(), AddressCountries.code(a));
        if (key != null) {
            keys.add(key);
        }
    }
}
