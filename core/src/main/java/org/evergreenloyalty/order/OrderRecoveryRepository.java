package org.evergreenloyalty.order;

import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.evergreenloyalty.support.Rows;

/** The queries of order recovery: the installation row and the orders the sweep booked. Callers bring the transaction. */
public class OrderRecoveryRepository {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    /** The table of the installation row ({@link ModuleInstallation}). */
    public static final String INSTALLATION_TABLE = "EVG_INSTALLATION";

    /** The installation row, locked until the caller's transaction ends, or null when there is none yet. */
    public ModuleInstallation lockInstallation() {
        return Rows.first(em, "select INSTALLED_AT, SWEPT_UNTIL from " + INSTALLATION_TABLE + " where INSTALLATION_ID = ?" + Rows.forUpdate(em),
                p -> p.integer(ModuleInstallation.ID), rs -> new ModuleInstallation(Rows.time(rs, 1), Rows.time(rs, 2)));
    }

    /** Creates the installation row, dated at the first order the module processed or else {@code now}. */
    public ModuleInstallation createInstallation(Date now) {
        Date first = em.createQuery("select min(p.processedAt) from ProcessedOrderRecord p", Date.class).getSingleResult();
        ModuleInstallation row = new ModuleInstallation(first != null && first.before(now) ? first : now, null);
        Rows.update(em, "insert into " + INSTALLATION_TABLE + " (INSTALLATION_ID, INSTALLED_AT) values (?, ?)",
                p -> p.integer(ModuleInstallation.ID).time(row.getInstalledAt()));
        return row;
    }

    /** Moves the end of the last complete sweep to {@code until}, never back. */
    public void sweptUntil(Date until) {
        Rows.update(em, "update " + INSTALLATION_TABLE + " set SWEPT_UNTIL = ? where INSTALLATION_ID = ? "
                + "and (SWEPT_UNTIL is null or SWEPT_UNTIL < ?)", p -> p.time(until).integer(ModuleInstallation.ID).time(until));
    }

    /** The points the ledger holds for {@code orderId} from entries of {@code type}: earned for EARN, spent for REDEEM. */
    public long orderPoints(long orderId, org.evergreenloyalty.ledger.EntryType type) {
        Long sum = em.createQuery("select coalesce(sum(case when e.type = :earn then e.earnedDelta else -e.availableDelta end), 0) "
                + "from LedgerEntry e where e.type = :type and e.sourceType = 'order' and e.sourceId = :o", Long.class)
                .setParameter("earn", org.evergreenloyalty.ledger.EntryType.EARN).setParameter("type", type)
                .setParameter("o", String.valueOf(orderId)).getSingleResult();
        return sum == null ? 0 : sum;
    }

    /** The orders the sweep booked, newest first, at most {@code max}. */
    public List<ProcessedOrderRecord> recovered(int max) {
        return em.createQuery("select p from ProcessedOrderRecord p where p.recovered = true order by p.processedAt desc, p.orderId desc",
                ProcessedOrderRecord.class).setMaxResults(max).getResultList();
    }
}
