package org.evergreenloyalty.campaign;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.evergreenloyalty.support.Rows;
import org.evergreenloyalty.support.TableIds;

/** The queries of campaigns, their grants and the standing earn rates. Callers bring the transaction. */
public class CampaignRepository {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    /** Every campaign, latest first day first. */
    public List<Campaign> all() {
        return em.createQuery("select c from Campaign c order by c.startDay desc, c.id desc", Campaign.class).getResultList();
    }

    /** The campaigns whose last day is {@code day} (ISO) or later: every one that may still run from that day on. */
    public List<Campaign> endingOnOrAfter(String day) {
        return em.createQuery("select c from Campaign c where c.endDay >= :d order by c.id", Campaign.class)
                .setParameter("d", day).getResultList();
    }

    /** The campaigns sharing a day with {@code from}..{@code to} (ISO days, inclusive), by first day. */
    public List<Campaign> between(String from, String to) {
        return em.createQuery("select c from Campaign c where c.startDay <= :to and c.endDay >= :from "
                + "order by c.startDay, c.id", Campaign.class).setParameter("from", from).setParameter("to", to).getResultList();
    }

    public Campaign find(long id) {
        return em.find(Campaign.class, id);
    }

    /** The table of the grants ({@link CampaignGrant}). */
    public static final String GRANT_TABLE = "EVG_CAMPAIGN_GRANT";
    private static final String GRANT_COLUMNS = "EVENT_KEY, CAMPAIGN_ID, ORDER_ID, CUSTOMER_ID, POINTS, GRANTED_AT";

    /**
     * Per campaign: its grants' points on orders that stand, on cancelled orders, and the number of orders
     * (campaign id to {@code [granted, reversed, orders]}).
     */
    public Map<Long, long[]> totals() {
        Map<Long, long[]> out = new HashMap<Long, long[]>();
        Rows.each(em, "select g.CAMPAIGN_ID, op.CANCELLED, sum(g.POINTS), count(*) from " + GRANT_TABLE + " g join EVG_ORDER_POINTS op "
                + "on op.ORDER_ID = g.ORDER_ID group by g.CAMPAIGN_ID, op.CANCELLED", p -> { }, rs -> {
                    long[] t = out.computeIfAbsent(rs.getLong(1), id -> new long[3]);
                    long points = rs.getLong(3);
                    if (rs.getBoolean(2)) {
                        t[1] += points;
                    } else {
                        t[0] += points;
                        t[2] += rs.getLong(4);
                    }
                });
        return out;
    }

    /** The grants of an order. */
    public List<CampaignGrant> grantsOf(long orderId) {
        return Rows.list(em, "select " + GRANT_COLUMNS + " from " + GRANT_TABLE + " where ORDER_ID = ? order by CAMPAIGN_ID",
                p -> p.id(orderId), rs -> new CampaignGrant(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        Rows.time(rs, 6)));
    }

    /** Whether a grant with the ledger event key {@code eventKey} is recorded. */
    public boolean granted(String eventKey) {
        return Rows.first(em, "select 1 from " + GRANT_TABLE + " where EVENT_KEY = ?", p -> p.text(eventKey), rs -> Boolean.TRUE) != null;
    }

    /** Records {@code g} (in the transaction that books its order). */
    public void record(CampaignGrant g) {
        Rows.update(em, "insert into " + GRANT_TABLE + " (" + GRANT_COLUMNS + ") values (?, ?, ?, ?, ?, ?)", p -> p.text(g.getEventKey())
                .id(g.getCampaignId()).id(g.getOrderId()).id(g.getCustomerId()).id(g.getPoints()).time(g.getGrantedAt()));
    }

    /** The table of the standing earn rates ({@link EarnRate}). */
    public static final String RATE_TABLE = "EVG_EARN_RATE";
    private static final String RATE_SELECT = "select RATE_ID, TARGET, TARGET_ID, POINTS_PER_UNIT from " + RATE_TABLE;

    /** Every standing earn rate, categories first. */
    public List<EarnRate> rates() {
        return Rows.list(em, RATE_SELECT + " order by TARGET, TARGET_ID", p -> { }, CampaignRepository::rate);
    }

    /** The rate of one product or category, or null. */
    public EarnRate rate(EarnRate.Target target, long targetId) {
        return Rows.first(em, RATE_SELECT + " where TARGET = ? and TARGET_ID = ?", p -> p.text(target.name()).id(targetId),
                CampaignRepository::rate);
    }

    /** Sets the rate of one product or category (adding its row when it has none); returns it. */
    public EarnRate saveRate(EarnRate.Target target, long targetId, BigDecimal pointsPerUnit) {
        if (Rows.update(em, "update " + RATE_TABLE + " set POINTS_PER_UNIT = ? where TARGET = ? and TARGET_ID = ?",
                p -> p.decimal(pointsPerUnit).text(target.name()).id(targetId)) == 0) {
            long id = TableIds.next(em, "EarnRate");
            Rows.update(em, "insert into " + RATE_TABLE + " (RATE_ID, TARGET, TARGET_ID, POINTS_PER_UNIT) values (?, ?, ?, ?)",
                    p -> p.id(id).text(target.name()).id(targetId).decimal(pointsPerUnit));
        }
        return rate(target, targetId);
    }

    /** Removes the rate {@code rateId}; false when there is none. */
    public boolean removeRate(long rateId) {
        return Rows.update(em, "delete from " + RATE_TABLE + " where RATE_ID = ?", p -> p.id(rateId)) == 1;
    }

    private static EarnRate rate(ResultSet rs) throws SQLException {
        return new EarnRate(rs.getLong(1), EarnRate.Target.valueOf(rs.getString(2)), rs.getLong(3), rs.getBigDecimal(4));
    }
}
