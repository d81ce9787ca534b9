package org.evergreenloyalty.rewards;

import java.util.ArrayList;
import java.util.Calendar;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import org.evergreenloyalty.birthday.BirthdayReward;
import org.evergreenloyalty.points.PointsVoucher;
import org.evergreenloyalty.referral.Referral;
import org.evergreenloyalty.referral.ReferralSettings;
import org.evergreenloyalty.referral.ReferralSettingsService;
import org.evergreenloyalty.reward.Reward;
import org.evergreenloyalty.reward.RewardClaim;
import org.evergreenloyalty.reward.RewardKind;
import org.evergreenloyalty.rewards.CustomerReward.Kind;
import org.evergreenloyalty.rewards.CustomerReward.Status;
import org.evergreenloyalty.support.Clock;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link CustomerRewardsService} reading each feature's rows: birthday codes, vouchers and catalogue claims carry their
 * own value and expiry (a refunded claim is revoked); referral codes take their value from the referral settings (the welcome code counts as used once the
 * friend's first order is recorded; an advocate's code is revoked when its referral was reversed).
 */
public class DefaultCustomerRewardsService implements CustomerRewardsService {

    private final TransactionTemplate tx;
    private final RewardsRepository repository;
    private final ReferralSettingsService referralSettings;
    private final Clock clock;

    public DefaultCustomerRewardsService(PlatformTransactionManager txm, RewardsRepository repository,
                                         ReferralSettingsService referralSettings, Clock clock) {
        this.tx = new TransactionTemplate(txm);
        this.repository = repository;
        this.referralSettings = referralSettings;
        this.clock = clock;
    }

    @Override
    public List<CustomerReward> rewardsOf(long customerId) {
        Date now = clock.now();
        ReferralSettings rs = referralSettings.current();
        List<CustomerReward> out = tx.execute(status -> {
            List<CustomerReward> l = new ArrayList<CustomerReward>();
            for (BirthdayReward b : repository.birthdayCodes(customerId)) {
                l.add(new CustomerReward(Kind.BIRTHDAY_CODE, b.getCode(), name(b.getDiscountKind()), b.getDiscountValue(),
                        b.getValidUntil(), CustomerReward.status(b.getUsedAt(), b.getValidUntil(), now)));
            }
            for (Referral r : repository.asFriendWithCode(customerId)) {
                Status s = r.getOrderId() != null ? Status.USED : CustomerReward.status(null, r.getFriendCodeValidUntil(), now);
                l.add(new CustomerReward(Kind.REFERRAL_WELCOME, r.getFriendCode(), name(rs.getFriendDiscountKind()),
                        rs.getFriendDiscountValue(), r.getFriendCodeValidUntil(), s));
            }
            for (Referral r : repository.asAdvocateWithCode(customerId)) {
                Date until = r.getRewardedAt() == null ? null : plusDays(r.getRewardedAt(), rs.getAdvocateCodeValidDays());
                Status s = r.getReversedAt() != null ? Status.REVOKED : CustomerReward.status(null, until, now);
                l.add(new CustomerReward(Kind.REFERRAL_REWARD, r.getRewardCode(), name(rs.getAdvocateCodeKind()),
                        rs.getAdvocateCodeValue(), until, s));
            }
            for (PointsVoucher v : repository.vouchers(customerId)) {
                l.add(new CustomerReward(Kind.POINTS_VOUCHER, v.getCode(), "AMOUNT", v.getAmount(), v.getValidUntil(),
                        CustomerReward.status(v.getUsedAt(), v.getValidUntil(), now)));
            }
            for (Object[] row : repository.catalogueClaims(customerId)) {
                l.add(catalogue((RewardClaim) row[0], (Reward) row[1], now));
            }
            return l;
        });
        out.sort(Comparator.comparing((CustomerReward r) -> r.getStatus() != Status.ACTIVE).thenComparing(CustomerReward::getKind));
        return out;
    }

    /** A claimed catalogue entry: amount or percent off with its value, free shipping or product without; refunded is revoked. */
    private static CustomerReward catalogue(RewardClaim c, Reward r, Date now) {
        String valueKind = r.getKind() == RewardKind.AMOUNT_OFF ? "AMOUNT" : r.getKind() == RewardKind.PERCENT_OFF ? "PERCENT"
                : r.getKind().name();
        Status s = c.isRefunded() ? Status.REVOKED : CustomerReward.status(c.getUsedAt(), c.getValidUntil(), now);
        return new CustomerReward(Kind.CATALOGUE_REWARD, c.getCode(), valueKind, r.getValue(), c.getValidUntil(), s);
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static Date plusDays(Date at, int days) {
        if (days <= 0) {
            return null;
        }
        Calendar c = Calendar.getInstance(java.util.TimeZone.getTimeZone("UTC"));
        c.setTime(at);
        c.add(Calendar.DAY_OF_MONTH, days);
        return c.getTime();
    }
}
