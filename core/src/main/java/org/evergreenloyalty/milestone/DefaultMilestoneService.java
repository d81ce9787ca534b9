package org.evergreenloyalty.milestone;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.evergreenloyalty.support.Clock;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Milestones and challenges on the database, validated by {@link ChallengeValidator}. */
public class DefaultMilestoneService implements MilestoneService {

    private final TransactionTemplate tx;
    private final TransactionTemplate newTx;
    private final MilestoneRepository repository;
    private final MilestoneGrants grants;
    private final ChallengeValidator validator;
    private final Clock clock;
    private volatile boolean seeded;

    public DefaultMilestoneService(PlatformTransactionManager txm, MilestoneRepository repository, MilestoneGrants grants,
                                   MilestoneSettings settings, Clock clock) {
        this.tx = new TransactionTemplate(txm);
        this.newTx = new TransactionTemplate(txm);
        this.newTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.repository = repository;
        this.grants = grants;
        this.validator = new ChallengeValidator(settings);
        this.clock = clock;
    }

    @Override
    public List<Milestone> milestones() {
        seed();
        return tx.execute(status -> repository.milestones());
    }

    /** Creates the default milestones that are missing (once per start; a node losing the race leaves it to the other). */
    private void seed() {
        if (seeded) {
            return;
        }
        try {
            newTx.execute(status -> {
                for (Milestone m : MilestoneDefaults.all()) {
                    if (repository.milestone(m.getCode()) == null) {
                        repository.add(m);
                    }
                }
                grants.definitionsChanged();
                return null;
            });
        } catch (RuntimeException e) {
            // another node seeded them at the same moment; what it wrote is what we want
        }
        seeded = true;
    }

    @Override
    public boolean setEnabled(String code, boolean enabled) {
        seed();
        return tx.execute(status -> {
            if (code == null || !repository.setEnabled(code, enabled)) {
                return false;
            }
            grants.definitionsChanged();
            return true;
        });
    }

    @Override
    public Milestone setPoints(String code, String points) {
        seed();
        List<MilestoneProblem> problems = new ArrayList<MilestoneProblem>();
        long p = validator.points(points, problems);
        if (!problems.isEmpty()) {
            throw new MilestoneValidationException(problems);
        }
        return tx.execute(status -> {
            Milestone m = code == null ? null : repository.milestone(code);
            if (m == null) {
                throw new MilestoneValidationException(java.util.Collections.singletonList(
                        new MilestoneProblem("code", "milestone.error.unknown")));
            }
            repository.setPoints(code, p);
            grants.definitionsChanged();
            return m.withPoints(p);
        });
    }

    @Override
    public List<Challenge> challenges() {
        return tx.execute(status -> repository.challenges());
    }

    @Override
    public Challenge challenge(long id) {
        return tx.execute(status -> repository.challenge(id));
    }

    @Override
    public Challenge saveChallenge(Long id, ChallengeDraft draft, String actor) {
        List<MilestoneProblem> problems = new ArrayList<MilestoneProblem>();
        ChallengeDraft.Checked checked = validator.check(draft, problems);
        if (checked == null) {
            throw new MilestoneValidationException(problems);
        }
        return tx.execute(status -> {
            long saved = id == null ? repository.addChallenge(checked, clock.now(), actor) : id;
            if (id != null && !repository.updateChallenge(id, checked)) {
                throw new IllegalArgumentException("No challenge " + id);
            }
            grants.definitionsChanged();
            return repository.challenge(saved);
        });
    }

    @Override
    public boolean setChallengeEnabled(long id, boolean enabled) {
        return tx.execute(status -> {
            if (!repository.setChallengeEnabled(id, enabled)) {
                return false;
            }
            grants.definitionsChanged();
            return true;
        });
    }

    @Override
    public Map<String, MilestoneTotals> totals() {
        Map<String, MilestoneTotals> out = new HashMap<String, MilestoneTotals>();
        tx.execute(status -> repository.totals()).forEach((k, v) -> out.put(k, new MilestoneTotals(v[0], v[1])));
        return out;
    }

    @Override
    public List<BadgeProgress> badges(long customerId) {
        List<Milestone> all = milestones();
        if (all.stream().noneMatch(Milestone::isEnabled)) {
            return new ArrayList<BadgeProgress>();
        }
        return tx.execute(status -> {
            Map<String, MilestoneGrant> held = repository.standingGrants(customerId);
            Map<MilestoneKind, BigDecimal> counts = new HashMap<MilestoneKind, BigDecimal>();
            List<BadgeProgress> reached = new ArrayList<BadgeProgress>();
            List<BadgeProgress> open = new ArrayList<BadgeProgress>();
            for (Milestone m : all) {
                if (!m.isEnabled()) {
                    continue;
                }
                MilestoneGrant g = held.get(MilestoneGrant.MILESTONE + ":" + m.getCode());
                BigDecimal current = g != null ? m.getThreshold() : counts.computeIfAbsent(m.getKind(), k -> current(customerId, k));
                (g != null ? reached : open).add(new BadgeProgress(m, current, g == null ? null : g.getGrantedAt()));
            }
            reached.addAll(open);
            return reached;
        });
    }

    private BigDecimal current(long customerId, MilestoneKind kind) {
        if (kind != MilestoneKind.ANNIVERSARY) {
            return grants.count(customerId, kind, null, null);
        }
        Date opened = repository.accountsOpened(java.util.Collections.singleton(customerId)).get(customerId);
        if (opened == null) {
            return BigDecimal.ZERO;
        }
        LocalDate since = grants.day(opened);
        return BigDecimal.valueOf(Math.max(0, java.time.temporal.ChronoUnit.YEARS.between(since, today())));
    }

    @Override
    public List<ChallengeProgress> runningChallenges(long customerId) {
        String day = today().toString();
        return tx.execute(status -> {
            List<ChallengeProgress> out = new ArrayList<ChallengeProgress>();
            List<Challenge> running = repository.enabledChallengesBetween(day, day);
            if (running.isEmpty()) {
                return out;
            }
            Map<String, MilestoneGrant> held = repository.standingGrants(customerId);
            for (Challenge c : running) {
                boolean done = held.containsKey(MilestoneGrant.CHALLENGE + ":" + c.getId());
                BigDecimal current = done ? c.getTarget() : grants.count(customerId, c.getGoal().counts(),
                        grants.start(c.getFirstDay()), grants.start(c.getLastDay().plusDays(1)));
                out.add(new ChallengeProgress(c, current, done));
            }
            return out;
        });
    }

    @Override
    public LocalDate today() {
        return grants.day(clock.now());
    }
}
