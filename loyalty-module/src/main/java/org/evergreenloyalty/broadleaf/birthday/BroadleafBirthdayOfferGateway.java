package org.evergreenloyalty.broadleaf.birthday;

import java.math.BigDecimal;
import java.util.Date;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.broadleafcommerce.core.offer.domain.OfferAuditImpl;
import org.broadleafcommerce.core.offer.domain.OfferCode;
import org.evergreenloyalty.birthday.BirthdayOfferGateway;
import org.evergreenloyalty.birthday.DiscountKind;
import org.evergreenloyalty.broadleaf.offer.CustomerOfferFactory;

/**
 * {@link BirthdayOfferGateway} on Broadleaf: the code is a native ORDER offer for one customer, made by
 * {@link CustomerOfferFactory} (single use, match rule {@code customer.id == N}, optional minimum
 * subtotal), prefix {@code BDAY}. Whether it was used is read from Broadleaf's offer audit, which the
 * checkout's RecordOfferUsageActivity writes for every offer applied to a placed order.
 */
public class BroadleafBirthdayOfferGateway implements BirthdayOfferGateway {

    /** Prefix of birthday codes. */
    public static final String CODE_PREFIX = "BDAY";

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    private final CustomerOfferFactory factory;

    public BroadleafBirthdayOfferGateway(CustomerOfferFactory factory) {
        this.factory = factory;
    }

    @Override
    public String createCode(long customerId, DiscountKind kind, BigDecimal value, BigDecimal minimumSubtotal,
                             Date validFrom, Date validUntil, String name) {
        OfferCode code = factory.create(customerId, value, kind == DiscountKind.PERCENT, minimumSubtotal, validFrom, validUntil,
                name, CODE_PREFIX);
        return code.getOfferCode();
    }

    @Override
    public Map<Long, String> createCodes(Map<Long, String> names, DiscountKind kind, BigDecimal value, BigDecimal minimumSubtotal,
                                         Date validFrom, Date validUntil) {
        return factory.createAll(names, value, kind == DiscountKind.PERCENT, minimumSubtotal, validFrom, validUntil, CODE_PREFIX);
    }

    @Override
    public Long orderUsing(String code) {
        OfferCode oc = factory.find(code);
        if (oc == null) {
            return null;
        }
        List<Long> orders = em.createQuery("select a.orderId from " + OfferAuditImpl.class.getName()
                + " a where a.offerCodeId = :id order by a.redeemedDate", Long.class)
                .setParameter("id", oc.getId()).setMaxResults(1).getResultList();
        return orders.isEmpty() ? null : orders.get(0);
    }
}
