package org.evergreenloyalty.notification;

import java.util.Collection;
import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import org.evergreenloyalty.support.Queries;
import org.evergreenloyalty.support.Rows;

/**
 * The statements of e-mail preferences, in {@value #TABLE}: a customer's choice about one e-mail category, one row per
 * customer ({@code CUSTOMER_ID}) and category ({@code CATEGORY}) with {@code SUBSCRIBED} and {@code UPDATED_AT}.
 * Customers without a row are subscribed; a row exists once they unsubscribed (and stays, flipped back, if they
 * subscribe again). Plain SQL, no entity. Callers bring the transaction.
 */
public class EmailPreferenceRepository {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    /** The table. */
    public static final String TABLE = "EVG_EMAIL_PREFERENCE";

    /** Which of {@code customerIds} unsubscribed from one of {@code categories}. */
    public List<Long> unsubscribedAmong(Collection<Long> customerIds, Collection<String> categories) {
        List<Long> ids = Queries.padded(customerIds);
        List<String> cats = Queries.padded(categories);
        return Rows.list(em, "select CUSTOMER_ID from " + TABLE + " where SUBSCRIBED = ? and CUSTOMER_ID in (" + Rows.marks(ids.size())
                + ") and CATEGORY in (" + Rows.marks(cats.size()) + ")", p -> {
                    p.flag(false);
                    for (Long id : ids) {
                        p.id(id);
                    }
                    for (String c : cats) {
                        p.text(c);
                    }
                }, rs -> rs.getLong(1));
    }

    /** The stored choice of {@code customerId} about {@code category}: null when there is none (subscribed). */
    public Boolean subscribed(long customerId, String category) {
        return Rows.first(em, "select SUBSCRIBED from " + TABLE + " where CUSTOMER_ID = ? and CATEGORY = ?",
                p -> p.id(customerId).text(category), rs -> rs.getBoolean(1));
    }

    /** Stores a first choice. */
    public void insert(long customerId, String category, boolean subscribed, Date at) {
        Rows.update(em, "insert into " + TABLE + " (CUSTOMER_ID, CATEGORY, SUBSCRIBED, UPDATED_AT) values (?, ?, ?, ?)",
                p -> p.id(customerId).text(category).flag(subscribed).time(at));
    }

    /** Records a new choice over the stored one. */
    public void update(long customerId, String category, boolean subscribed, Date at) {
        Rows.update(em, "update " + TABLE + " set SUBSCRIBED = ?, UPDATED_AT = ? where CUSTOMER_ID = ? and CATEGORY = ?",
                p -> p.flag(subscribed).time(at).id(customerId).text(category));
    }
}
