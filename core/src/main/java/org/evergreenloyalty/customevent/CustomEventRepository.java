package org.evergreenloyalty.customevent;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.evergreenloyalty.support.Rows;

/** The queries of custom earning events: rules, recorded events, a customer's events in a window, totals per rule. Callers bring the transaction. */
public class CustomEventRepository {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    /** All rules, by type. */
    public List<EarningEventRule> rules() {
        return em.createQuery("select r from EarningEventRule r order by r.type", EarningEventRule.class).getResultList();
    }

    public EarningEventRule rule(String type) {
        return em.find(EarningEventRule.class, type);
    }

    public void save(EarningEventRule rule) {
        em.persist(rule);
    }

    /** The table of the recorded events ({@link CustomEvent}). */
    public static final String EVENT_TABLE = "EVG_CUSTOM_EVENT";
    private static final String COLUMNS = "EVENT_KEY, TYPE_KEY, EVENT_ID, CUSTOMER_ID, POINTS, RECORDED_AT";

    /** Records {@code e}. */
    public void record(CustomEvent e) {
        Rows.update(em, "insert into " + EVENT_TABLE + " (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?)", p -> p.text(e.getEventKey())
                .text(e.getType()).text(e.getEventId()).id(e.getCustomerId()).id(e.getPoints()).time(e.getRecordedAt()));
    }

    /** The event recorded under {@code eventKey}, or null. */
    public CustomEvent event(String eventKey) {
        return Rows.first(em, "select " + COLUMNS + " from " + EVENT_TABLE + " where EVENT_KEY = ?", p -> p.text(eventKey),
                rs -> new CustomEvent(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5), Rows.time(rs, 6)));
    }

    /** How many events of {@code type} the customer has had since {@code since} (null: ever). */
    public long countSince(long customerId, String type, Date since) {
        return Rows.first(em, "select count(*) from " + EVENT_TABLE + " where CUSTOMER_ID = ? and TYPE_KEY = ? and RECORDED_AT >= ?",
                p -> p.id(customerId).text(type).time(since == null ? new Date(0) : since), rs -> rs.getLong(1));
    }

    /** Events and points granted per rule type. */
    public Map<String, RuleTotals> totals() {
        Map<String, RuleTotals> totals = new HashMap<String, RuleTotals>();
        Rows.each(em, "select TYPE_KEY, count(*), sum(POINTS) from " + EVENT_TABLE + " group by TYPE_KEY", p -> { },
                rs -> { totals.put(rs.getString(1), new RuleTotals(rs.getLong(2), rs.getLong(3))); });
        return totals;
    }
}
