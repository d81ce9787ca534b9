package org.evergreenloyalty.milestone;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.evergreenloyalty.ledger.LedgerService;
import org.evergreenloyalty.support.Clock;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily work of job {@code milestones}: grants the membership anniversaries that are due (N years after sign-up
 * or the first order, by {@link MilestoneSettings#getAnniversaryBasis()}; one signed up on 29 February has the
 * anniversary on 28 February in other years, as {@link LocalDate#plusYears} gives; a missed day is caught up), and
 * the challenges running today or ended yesterday that a customer reached without a trigger granting them (e.g. the
 * challenge was created after the activity). Each grant has its own transaction; a repeat run grants nothing again.
 */
public class MilestoneDailyRun {

    private static final Log LOG = LogFactory.getLog(MilestoneDailyRun.class);
    private static final int PAGE = 500;
    private static final int MAX_CHALLENGE_CUSTOMERS = 100_000;

    private final TransactionTemplate tx;
    private final MilestoneRepository repository;
    private final MilestoneGrants grants;
    private final MilestoneSettings settings;
    private final MembershipDates membership;
    private final LedgerService ledger;
    private final Clock clock;

    public MilestoneDailyRun(PlatformTransactionManager txm, MilestoneRepository repository, MilestoneGrants grants,
                             MilestoneSettings settings, MembershipDates membership, LedgerService ledger, Clock clock) {
        this.tx = new TransactionTemplate(txm);
        this.repository = repository;
        this.grants = grants;
        this.settings = settings;
        this.membership = membership;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** Runs once; returns how many grants it made. */
    public int run() {
        LocalDate today = grants.day(clock.now());
        return anniversaries(today) + challenges(today);
    }

    private int anniversaries(LocalDate today) {
        List<Milestone> due = new ArrayList<Milestone>();
        for (Milestone m : tx.execute(status -> repository.milestones())) {
            if (m.isEnabled() && m.getKind() == MilestoneKind.ANNIVERSARY) {
                due.add(m);
            }
        }
        int granted = 0;
        long after = 0;
        while (!due.isEmpty()) {
            List<Long> page = ledger.customerIds(after, PAGE);
            if (page.isEmpty()) {
                break;
            }
            after = page.get(page.size() - 1);
            Map<Long, Date> since = settings.getAnniversaryBasis() == MilestoneSettings.AnniversaryBasis.FIRST_ORDER
                    ? tx.execute(status -> repository.firstOrders(page)) : membership.signedUp(page);
            Set<String> held = tx.execute(status -> repository.standingGrantsOf(page));
            for (Long customerId : page) {
                Date start = since.get(customerId);
                for (Milestone m : due) {
                    if (start != null && !held.contains(MilestoneGrant.MILESTONE + ":" + m.getCode() + ":" + customerId)
                            && !grants.day(start).plusYears(m.getThreshold().longValue()).isAfter(today)) {
                        granted += grantQuietly(() -> grants.grantMilestone(customerId, m), customerId);
                    }
                }
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        return granted;
    }

    private int challenges(LocalDate today) {
        int granted = 0;
        List<Challenge> open = tx.execute(status -> repository.enabledChallengesBetween(today.minusDays(1).toString(), today.toString()));
        for (Challenge c : open) {
            if (c.getFirstDay().isAfter(today)) {
                continue;
            }
            List<Long> customers = grants.customersReaching(c, MAX_CHALLENGE_CUSTOMERS);
            for (int i = 0; i < customers.size(); i += PAGE) {
                List<Long> page = customers.subList(i, Math.min(customers.size(), i + PAGE));
                Set<String> held = tx.execute(status -> repository.standingGrantsOf(page));
                for (Long customerId : page) {
                    if (!held.contains(MilestoneGrant.CHALLENGE + ":" + c.getId() + ":" + customerId)) {
                        granted += grantQuietly(() -> grants.grantChallengeIfReached(customerId, c), customerId);
                    }
                }
            }
        }
        return granted;
    }

    /** One grant; a failure is logged and left for the next run, so one customer does not stop the others. */
    private static int grantQuietly(java.util.function.BooleanSupplier grant, long customerId) {
        try {
            return grant.getAsBoolean() ? 1 : 0;
        } catch (RuntimeException e) {
            LOG.warn("Milestone grant for customer " + customerId + " failed; the next run retries: " + e.getMessage(), e);
            return 0;
        }
    }
}
