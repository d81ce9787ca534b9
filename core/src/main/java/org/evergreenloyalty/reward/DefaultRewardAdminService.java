package org.evergreenloyalty.reward;

import java.util.List;
import java.util.Map;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** {@link RewardAdminService} on the {@link RewardRepository}; the voucher steps are seeded before the first listing. */
public class DefaultRewardAdminService implements RewardAdminService {

    private final TransactionTemplate tx;
    private final RewardRepository repository;
    private final RewardValidator validator;
    private VoucherStepEntries voucherSteps;

    public DefaultRewardAdminService(PlatformTransactionManager txm, RewardRepository repository, RewardValidator validator) {
        this.tx = new TransactionTemplate(txm);
        this.repository = repository;
        this.validator = validator;
    }

    /** Makes the fixed voucher steps entries before the first listing. */
    public void setVoucherSteps(VoucherStepEntries voucherSteps) {
        this.voucherSteps = voucherSteps;
    }

    @Override
    public List<Reward> all() {
        if (voucherSteps != null) {
            voucherSteps.seedOnce();
        }
        return tx.execute(status -> repository.allRewards());
    }

    @Override
    public Map<Long, RewardStats> stats() {
        return tx.execute(status -> repository.stats());
    }

    @Override
    public Reward get(long rewardId) {
        return tx.execute(status -> repository.reward(rewardId));
    }

    @Override
    public Reward create(RewardInput in) {
        validator.check(in);
        return tx.execute(status -> repository.insert(new Reward(in)));
    }

    @Override
    public Reward update(long rewardId, RewardInput in) {
        validator.check(in);
        return tx.execute(status -> {
            Reward r = existing(rewardId);
            r.apply(in);
            repository.flush();
            return r;
        });
    }

    @Override
    public Reward setActive(long rewardId, boolean active) {
        return tx.execute(status -> {
            Reward r = existing(rewardId);
            r.setActive(active);
            repository.flush();
            return r;
        });
    }

    private Reward existing(long rewardId) {
        Reward r = repository.reward(rewardId);
        if (r == null) {
            throw new RewardException(null, "evergreen.reward.error.unknown", "This reward does not exist.");
        }
        return r;
    }
}
