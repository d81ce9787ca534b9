package org.evergreenloyalty.referral;

import java.util.Date;


import org.evergreenloyalty.support.Clock;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes what the referral rules no longer need: wrong-code counts older than a day and device sightings
 * older than {@value #SIGHTING_DAYS} days.
 */
public class ReferralHousekeeping {

    /** Days device sightings are kept. */
    public static final int SIGHTING_DAYS = 90;

    private final ReferralRepository repository;

    private final TransactionTemplate tx;
    private final WrongCodeThrottle throttle;
    private final Clock clock;

    public ReferralHousekeeping(PlatformTransactionManager txm, ReferralRepository repository, WrongCodeThrottle throttle, Clock clock) {
        this.repository = repository;
        this.tx = new TransactionTemplate(txm);
        this.throttle = throttle;
        this.clock = clock;
    }

    /** Purges old rows; returns how many were deleted. */
    public int purge() {
        final Date now = clock.now();
        int n = throttle.purge(new Date(now.getTime() - ReferralFraudRules.DAY));
        n += tx.execute(new TransactionCallback<Integer>() {
            @Override
            public Integer doInTransaction(TransactionStatus status) {
                return repository.purgeSightings(new Date(now.getTime() - SIGHTING_DAYS * ReferralFraudRules.DAY));
            }
        });
        return n;
    }
}
