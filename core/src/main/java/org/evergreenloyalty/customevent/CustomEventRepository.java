package org.evergreenloyalty.customevent;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.evergreenloyalty.support.JdbcBatch;
import org.evergreenloyalty.support.Rows;

/** The queries of custom earning events: rules, recorded events, a customer's events in a window, totals per rule. Callers bring the transaction. */
public class CustomEventRepository {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    /** The table of the rules ({@link EarningEventRule}). */
    public static final String RULE_TABLE = "EVG_EARNING_EVENT_RULE";
    private static final String RULE_VALUES = "LABEL, POINTS, LIMIT_COUNT, LIMIT_PERIOD, ACTIVE, UPDATED_AT";
    private static final String RULE_SELECT = "select TYPE_KEY, " + RULE_VALUES + " from " + RULE_TABLE;

    /** All rules, by type. */
    public List<EarningEventRule> rules() {
        return Rows.list(em, RULE_SELECT + " order by TYPE_KEY", p -> { }, CustomEventRepository::rule);
    }

    /** The rule of {@code type}, or null. */
    public EarningEventRule rule(String type) {
        return Rows.first(em, RULE_SELECT + " where TYPE_KEY = ?", p -> p.text(type), CustomEventRepository::rule);
    }

    /** Stores {@code rule}: its row's values change, or the row is added when its type has none. */
    public void save(EarningEventRule r) {
        int changed = Rows.update(em, "update " + RULE_TABLE + " set LABEL = ?, POINTS = ?, LIMIT_COUNT = ?, LIMIT_PERIOD = ?, "
                + "ACTIVE = ?, UPDATED_AT = ? where TYPE_KEY = ?", p -> ruleValues(p, r).text(r.getType()));
        if (changed == 0) {
            Rows.update(em, "insert into " + RULE_TABLE + " (" + RULE_VALUES + ", TYPE_KEY) values (" + Rows.marks(7) + ")",
                    p -> ruleValues(p, r).text(r.getType()));
        }
    }

    private static JdbcBatch.Params ruleValues(JdbcBatch.Params p, EarningEventRule r) throws SQLException {
        return p.text(r.getLabel()).id(r.getPoints()).integer(r.getLimitCount()).text(r.getLimitPeriod().name())
                .flag(r.isActive()).time(r.getUpdatedAt());
    }

    private static EarningEventRule rule(ResultSet rs) throws SQLException {
        return new EarningEventRule(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getInt(4),
                LimitPeriod.valueOf(rs.getString(5)), rs.getBoolean(6), Rows.time(rs, 7));
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
