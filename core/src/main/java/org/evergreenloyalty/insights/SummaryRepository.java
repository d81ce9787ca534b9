package org.evergreenloyalty.insights;

import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.evergreenloyalty.support.Rows;

/**
 * The summaries' bookkeeping and the ledger fold, each one set-based statement on the module's tables: how far a
 * summary is folded ({@code EVG_INS_SUMMARY}), and the hourly ledger movements ({@code EVG_INS_LEDGER_HOUR}) rewritten
 * for a range of hours. Callers hold the transaction. Bean {@code evgSummaryRepository}.
 */
public class SummaryRepository {

    /** The summary of ledger movements per hour and entry type. */
    public static final String LEDGER = "ledger-hours";
    /** The order summaries (first orders, completed months and quarters). */
    public static final String ORDERS = "orders";

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    /** How far {@code summary} is folded (exclusive), or null when it is not (fresh install, or cleared). */
    public Date foldedTo(String summary) {
        @SuppressWarnings("unchecked")
        List<Object> r = em.createNativeQuery("select s.FOLDED_TO from EVG_INS_SUMMARY s where s.SUMMARY_NAME = '"
                + summary + "'").getResultList();
        return r.isEmpty() ? null : new Date(((Date) r.get(0)).getTime());
    }

    /** Records that {@code summary} holds every source row before {@code foldedTo}. */
    public void setFoldedTo(String summary, Date foldedTo, Date now) {
        int updated = Rows.execute(em, "update EVG_INS_SUMMARY set FOLDED_TO = " + SqlTime.literal(foldedTo)
                + ", FOLDED_AT = " + SqlTime.literal(now) + " where SUMMARY_NAME = '" + summary + "'");
        if (updated == 0) {
            Rows.execute(em, "insert into EVG_INS_SUMMARY (SUMMARY_NAME, FOLDED_TO, FOLDED_AT) values ('" + summary
                    + "', " + SqlTime.literal(foldedTo) + ", " + SqlTime.literal(now) + ")");
        }
    }

    /** Forgets how far {@code summary} is folded: the dashboard reads live until the next fold. */
    public void clear(String summary) {
        Rows.execute(em, "delete from EVG_INS_SUMMARY where SUMMARY_NAME = '" + summary + "'");
    }

    /** Forgets how far every summary whose name starts with {@code prefix} (letters, digits, {@code -@}) is folded. */
    public void clearPrefix(String prefix) {
        if (!prefix.matches("[A-Za-z0-9@-]+")) {
            throw new IllegalArgumentException(prefix);
        }
        Rows.execute(em, "delete from EVG_INS_SUMMARY where SUMMARY_NAME like '" + prefix + "%'");
    }

    /** The time of the earliest ledger entry, or null for an empty ledger. */
    public Date firstEntryAt() {
        @SuppressWarnings("unchecked")
        List<Object> r = em.createNativeQuery("select min(e.CREATED_AT) from EVG_LEDGER_ENTRY e").getResultList();
        return r.isEmpty() || r.get(0) == null ? null : new Date(((Date) r.get(0)).getTime());
    }

    /** The time of the first ledger entry at or after {@code at}, or null. */
    public Date nextEntryAt(Date at) {
        @SuppressWarnings("unchecked")
        List<Object> r = em.createNativeQuery("select min(e.CREATED_AT) from EVG_LEDGER_ENTRY e where e.CREATED_AT >= "
                + SqlTime.literal(at)).getResultList();
        return r.isEmpty() || r.get(0) == null ? null : new Date(((Date) r.get(0)).getTime());
    }

    /**
     * Rewrites the hours in [from, to) (both whole hours): deletes their rows and sums the entries again, per hour and
     * entry type. Idempotent; run it in one transaction with {@link #setFoldedTo}.
     */
    public void foldLedgerHours(Date from, Date to) {
        String f = SqlTime.literal(from);
        String t = SqlTime.literal(to);
        Rows.execute(em, "delete from EVG_INS_LEDGER_HOUR where HOUR_AT >= " + f + " and HOUR_AT < " + t);
        Rows.execute(em, "insert into EVG_INS_LEDGER_HOUR (HOUR_AT, ENTRY_TYPE, AVAILABLE_SUM, PENDING_SUM, ENTRY_COUNT) "
                + "select cast(x.D as timestamp) + x.H * interval '1' hour, x.T, sum(x.A), sum(x.P), count(*) from "
                + "(select cast(e.CREATED_AT as date) as D, cast(extract(hour from e.CREATED_AT) as int) as H, "
                + "e.ENTRY_TYPE as T, e.AVAILABLE_DELTA as A, e.PENDING_DELTA as P from EVG_LEDGER_ENTRY e "
                + "where e.CREATED_AT >= " + f + " and e.CREATED_AT < " + t + ") x group by x.D, x.H, x.T");
    }

    /**
     * Whether the summed hours before {@code at} count as many entries as the ledger holds before it (entries are
     * never deleted, so a difference means an entry was committed into an hour after that hour was folded).
     */
    public boolean ledgerHoursComplete(Date at) {
        String a = SqlTime.literal(at);
        Object entries = em.createNativeQuery("select count(*) from EVG_LEDGER_ENTRY e where e.CREATED_AT < " + a).getSingleResult();
        Object folded = em.createNativeQuery("select coalesce(sum(h.ENTRY_COUNT), 0) from EVG_INS_LEDGER_HOUR h where h.HOUR_AT < " + a)
                .getSingleResult();
        return InsightsRepository.num(entries) == InsightsRepository.num(folded);
    }

    /** Deletes every folded hour (a rebuild starts from an empty table). */
    public void clearLedgerHours() {
        Rows.execute(em, "delete from EVG_INS_LEDGER_HOUR");
    }
}
