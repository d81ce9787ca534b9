package org.evergreenloyalty.birthday;

import java.util.List;

import javax.persistence.EntityManager;

import org.evergreenloyalty.support.IdBlocks;
import org.evergreenloyalty.support.JdbcBatch;

/**
 * Writes a page of new {@link BirthdayReward} rows with multi-row insert statements on the current transaction's
 * connection, ids from the entity's own generator. The unique key (customer, year) still decides: a row another run
 * wrote first fails the statement, and with it the page's transaction.
 */
final class BirthdayRewardRows {

    private static final String INTO = "EVG_BIRTHDAY_REWARD (REWARD_ID, CUSTOMER_ID, REWARD_YEAR, BIRTHDAY_ON, ISSUED_ON,"
            + " ISSUED_AT, OFFER_CODE, DISCOUNT_KIND, DISCOUNT_VALUE, MIN_SUBTOTAL, CURRENCY_CODE, LAST_VALID_DAY, VALID_UNTIL,"
            + " BONUS_POINTS, MAIL_STATUS, MAIL_ATTEMPTS, MAIL_CLAIMED_AT, MAIL_SENT_AT, MAIL_ERROR)";

    private final EntityManager em;

    BirthdayRewardRows(EntityManager em) {
        this.em = em;
    }

    /** Gives {@code rewards} their ids, reserved for the page at once ({@link IdBlocks}). */
    void assignIds(List<BirthdayReward> rewards) {
        IdBlocks.Supply ids = IdBlocks.supply(em, BirthdayReward.class.getName(), null, rewards.size());
        for (BirthdayReward r : rewards) {
            r.assignId(ids.next());
        }
    }

    /** Inserts {@code rewards} (ids assigned). */
    void insert(List<BirthdayReward> rewards) {
        JdbcBatch.insert(em, INTO, 19, rewards, (p, r) -> p.id(r.getId()).id(r.getCustomerId()).integer(r.getYear())
                .text(r.getBirthdayOn().toString()).text(r.getIssuedOn().toString()).time(r.getIssuedAt()).text(r.getCode())
                .text(r.getDiscountKind() == null ? null : r.getDiscountKind().name()).decimal(r.getDiscountValue())
                .decimal(r.getMinimumSubtotal()).text(r.getCurrencyCode())
                .text(r.getLastValidDay() == null ? null : r.getLastValidDay().toString()).time(r.getValidUntil())
                .id(r.getBonusPoints()).text(r.getMailStatus().name()).integer(r.getMailAttempts()).time(r.getMailClaimedAt())
                .time(r.getMailSentAt()).text(r.getMailError()));
    }
}
