package org.evergreenloyalty.points;

import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.PersistenceContext;
import org.evergreenloyalty.support.Queries;

/**
 * The queries of points redemption: reservations (by cart, by code, held elsewhere, timed out) and points
 * vouchers (by customer, by code). Callers bring the transaction.
 */
public class RedemptionRepository {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    /** The cart's active reservation, or null. */
    public PointsReservation activeFor(long cartId) {
        List<PointsReservation> found = em.createQuery("select r from PointsReservation r where r.activeCartId = :cart",
                PointsReservation.class).setParameter("cart", cartId).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /** The active reservations of {@code cartIds} (at most one each), by cart id. */
    public java.util.Map<Long, PointsReservation> activeForCarts(Collection<Long> cartIds) {
        java.util.Map<Long, PointsReservation> found = new java.util.HashMap<Long, PointsReservation>();
        if (!cartIds.isEmpty()) {
            em.createQuery("select r from PointsReservation r where r.activeCartId in (:carts)", PointsReservation.class)
                    .setParameter("carts", Queries.padded(cartIds)).getResultList().forEach(r -> found.put(r.getCartId(), r));
        }
        return found;
    }

    /** The cart's newest reservation in any status, or null. */
    public PointsReservation latestFor(long cartId) {
        List<PointsReservation> found = em.createQuery("select r from PointsReservation r where r.cartId = :cart "
                + "order by r.createdAt desc, r.id desc", PointsReservation.class).setParameter("cart", cartId)
                .setMaxResults(1).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /** The reservations whose discount code is one of {@code codes} (any status, any cart). */
    public List<PointsReservation> reservationsWithCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Collections.emptyList();
        }
        return em.createQuery("select r from PointsReservation r where r.offerCode in (:codes) order by r.id",
                PointsReservation.class).setParameter("codes", Queries.padded(codes)).getResultList();
    }

    /** The vouchers whose code is one of {@code codes}. */
    public List<PointsVoucher> vouchersWithCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Collections.emptyList();
        }
        return em.createQuery("select v from PointsVoucher v where v.code in (:codes) order by v.id", PointsVoucher.class)
                .setParameter("codes", Queries.padded(codes)).getResultList();
    }

    /** The voucher with exactly {@code code} (as the store's offer code spells it), or null. */
    public PointsVoucher voucherByCode(String code) {
        List<PointsVoucher> rows = em.createQuery("select v from PointsVoucher v where v.code = :c",
                PointsVoucher.class).setParameter("c", code).setMaxResults(1).getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** The customer's vouchers, newest first. */
    public List<PointsVoucher> vouchersOf(long customerId) {
        return em.createQuery("select v from PointsVoucher v where v.customerId = :c order by v.createdAt desc, v.id desc",
                PointsVoucher.class).setParameter("c", customerId).getResultList();
    }

    /** Points the customer's other carts hold now. */
    public long heldByOtherCarts(long customerId, long cartId, Date now) {
        Long held = em.createQuery("select coalesce(sum(r.points), 0) from PointsReservation r where r.customerId = :c "
                + "and r.status = :s and r.cartId <> :cart and r.expiresAt > :now", Long.class)
                .setParameter("c", customerId).setParameter("s", ReservationStatus.ACTIVE).setParameter("cart", cartId)
                .setParameter("now", now).getSingleResult();
        return held == null ? 0 : held;
    }

    /**
     * Ids of active reservations past their timeout, at most {@code max}; not those of a cart placed as an order
     * whose event waits for the worker (its booking consumes or releases them).
     */
    public List<Long> timedOutIds(Date now, int max) {
        return em.createQuery("select r.id from PointsReservation r where r.status = :s and r.expiresAt < :now "
                + "and not exists (select e.orderId from org.evergreenloyalty.order.OrderEvent e where e.orderId = r.cartId "
                + "and e.status = :pending) order by r.id", Long.class)
                .setParameter("s", ReservationStatus.ACTIVE).setParameter("now", now)
                .setParameter("pending", org.evergreenloyalty.order.OrderEvent.Status.PENDING)
                .setMaxResults(max).getResultList();
    }

    /**
     * The customer's available points (the account row) less what the customer's other carts hold now, in one
     * statement (0 less nothing without an account).
     */
    public long spendableBesides(long customerId, long cartId, Date now) {
        List<Long> rows = em.createQuery("select a.available - (select coalesce(sum(r.points), 0) from PointsReservation r "
                + "where r.customerId = a.customerId and r.status = :s and r.cartId <> :cart and r.expiresAt > :now) "
                + "from LoyaltyAccount a where a.customerId = :c", Long.class)
                .setParameter("c", customerId).setParameter("s", ReservationStatus.ACTIVE).setParameter("cart", cartId)
                .setParameter("now", now).getResultList();
        return rows.isEmpty() || rows.get(0) == null ? 0 : rows.get(0);
    }

    /** The reservation, locked for update, or null. */
    public PointsReservation lock(long reservationId) {
        return em.find(PointsReservation.class, reservationId, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Re-reads {@code row} from the database under a write lock. */
    public <T> T relock(T row) {
        em.refresh(row, LockModeType.PESSIMISTIC_WRITE);
        return row;
    }

    /** Stores a new reservation or voucher. */
    public <T> T insert(T row) {
        em.persist(row);
        em.flush();
        return row;
    }

    /** Writes pending changes. */
    public void flush() {
        em.flush();
    }
}
