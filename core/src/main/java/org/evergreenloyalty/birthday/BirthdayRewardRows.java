package org.evergreenloyalty.birthday;

import java.sql.Types;
import java.util.List;

import javax.persistence.EntityManager;

import org.evergreenloyalty.support.JdbcBatch;

/**
 * Writes a page of new {@link BirthdayReward} rows in one batched statement on the current transaction's
 * connection, ids from the entity's own generator. The unique key (customer, year) still decides: a row another run
 * wrote first fails the statement, and with it the page's transaction.
 */
final class BirthdayRewardRows {

    private static final String INSERT = "insert into EVG_BIRTHDAY_REWARD (REWARD_ID, CUSTOMER_ID, REWARD_YEAR, BIRTHDAY_ON, ISSUED_ON,"
            + " ISSUED_AT, OFFER_CODE, DISCOUNT_KIND, DISCOUNT_VALUE, MIN_SUBTOTAL, CURRENCY_CODE, LAST_VALID_DAY, VALID_UNTIL,"
            + " BONUS_POINTS, MAIL_STATUS, MAIL_ATTEMPTS, MAIL_CLAIMED_AT, MAIL_SENT_AT, MAIL_ERROR)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final EntityManager em;

    BirthdayRewardRows(EntityManager em) {
        this.em = em;
    }

    /** Gives {@code reward} its id. */
    void assignId(BirthdayReward reward) {
        reward.assignId(JdbcBatch.nextId(em, BirthdayReward.class.getName(), null));
    }

    /** Inserts {@code rewards} (ids assigned). */
    void insert(List<BirthdayReward> rewards) {
        JdbcBatch.run(em, INSERT, rewards, (ps, r) -> {
            ps.setLong(1, r.getId());
            ps.setLong(2, r.getCustomerId());
            ps.setInt(3, r.getYear());
            ps.setString(4, r.getBirthdayOn().toString());
            ps.setString(5, r.getIssuedOn().toString());
            ps.setTimestamp(6, JdbcBatch.timestamp(r.getIssuedAt()));
            ps.setString(7, r.getCode());
            ps.setString(8, r.getDiscountKind() == null ? null : r.getDiscountKind().name());
            ps.setBigDecimal(9, r.getDiscountValue());
            ps.setBigDecimal(10, r.getMinimumSubtotal());
            ps.setString(11, r.getCurrencyCode());
            ps.setString(12, r.getLastValidDay() == null ? null : r.getLastValidDay().toString());
            ps.setTimestamp(13, JdbcBatch.timestamp(r.getValidUntil()));
            ps.setLong(14, r.getBonusPoints());
            ps.setString(15, r.getMailStatus().name());
            ps.setInt(16, r.getMailAttempts());
            ps.setTimestamp(17, JdbcBatch.timestamp(r.getMailClaimedAt()));
            ps.setTimestamp(18, JdbcBatch.timestamp(r.getMailSentAt()));
            if (r.getMailError() == null) {
                ps.setNull(19, Types.VARCHAR);
            } else {
                ps.setString(19, r.getMailError());
            }
        }, false);
    }
}
