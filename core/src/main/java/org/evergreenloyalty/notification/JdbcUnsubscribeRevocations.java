package org.evergreenloyalty.notification;

import java.util.Date;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.evergreenloyalty.support.Rows;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link UnsubscribeRevocations} in {@value #TABLE}: one row per customer ({@code CUSTOMER_ID}, {@code REVOKED_AT}),
 * shared by all nodes; every unsubscribe link issued up to {@code REVOKED_AT} is void. Plain SQL, no entity.
 */
public class JdbcUnsubscribeRevocations implements UnsubscribeRevocations {

    /** The table. */
    public static final String TABLE = "EVG_UNSUBSCRIBE_REVOKED";

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    private final TransactionTemplate tx;

    public JdbcUnsubscribeRevocations(PlatformTransactionManager txm) {
        this.tx = new TransactionTemplate(txm);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public Date revokedAt(final long customerId) {
        return tx.execute(status -> read(customerId));
    }

    @Override
    public void revoke(final long customerId, final Date at) {
        tx.execute(status -> {
            Date revoked = read(customerId);
            if (revoked == null) {
                Rows.update(em, "insert into " + TABLE + " (CUSTOMER_ID, REVOKED_AT) values (?, ?)", p -> p.id(customerId).time(at));
            } else if (at.after(revoked)) {
                Rows.update(em, "update " + TABLE + " set REVOKED_AT = ? where CUSTOMER_ID = ?", p -> p.time(at).id(customerId));
            }
            return null;
        });
    }

    private Date read(long customerId) {
        return Rows.first(em, "select REVOKED_AT from " + TABLE + " where CUSTOMER_ID = ?", p -> p.id(customerId),
                rs -> Rows.time(rs, "REVOKED_AT"));
    }
}
