package org.evergreenloyalty.milestone;

import java.util.Collection;
import java.util.Date;
import java.util.Map;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Sign-up as the opening of the customer's loyalty account (the engine's {@link MembershipDates} without a store). */
public class AccountMembershipDates implements MembershipDates {

    private final TransactionTemplate tx;
    private final MilestoneRepository repository;

    public AccountMembershipDates(PlatformTransactionManager txm, MilestoneRepository repository) {
        this.tx = new TransactionTemplate(txm);
        this.repository = repository;
    }

    @Override
    public Map<Long, Date> signedUp(Collection<Long> customerIds) {
        return tx.execute(status -> repository.accountsOpened(customerIds));
    }
}
