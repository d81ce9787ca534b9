package org.evergreenloyalty.rewards;

import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.evergreenloyalty.birthday.BirthdayReward;
import org.evergreenloyalty.points.PointsVoucher;
import org.evergreenloyalty.referral.Referral;

/**
 * The queries of a customer's rewards, each through the customer index of its table: birthday rewards with a code,
 * points vouchers, and the referrals where the customer is the friend (welcome code) or the advocate (reward code).
 */
public class RewardsRepository {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    public List<BirthdayReward> birthdayCodes(long customerId) {
        return em.createQuery("select r from BirthdayReward r where r.customerId = :c and r.code is not null order by r.id",
                BirthdayReward.class).setParameter("c", customerId).getResultList();
    }

    public List<PointsVoucher> vouchers(long customerId) {
        return em.createQuery("select v from PointsVoucher v where v.customerId = :c order by v.id", PointsVoucher.class)
                .setParameter("c", customerId).getResultList();
    }

    /** The customer's catalogue claims with their entries: rows of (RewardClaim, Reward). */
    public List<Object[]> catalogueClaims(long customerId) {
        return em.createQuery("select c, r from RewardClaim c, Reward r where r.id = c.rewardId and c.customerId = :c "
                + "order by c.id", Object[].class).setParameter("c", customerId).getResultList();
    }

    public List<Referral> asFriendWithCode(long customerId) {
        return em.createQuery("select r from Referral r where r.friendId = :c and r.friendCode is not null order by r.id",
                Referral.class).setParameter("c", customerId).getResultList();
    }

    public List<Referral> asAdvocateWithCode(long customerId) {
        return em.createQuery("select r from Referral r where r.advocateId = :c and r.rewardCode is not null order by r.id",
                Referral.class).setParameter("c", customerId).getResultList();
    }
}
