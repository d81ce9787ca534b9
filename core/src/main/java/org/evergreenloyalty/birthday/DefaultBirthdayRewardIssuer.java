package org.evergreenloyalty.birthday;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.PersistenceException;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.evergreenloyalty.customer.CustomerContact;
import org.evergreenloyalty.customer.CustomerDirectory;
import org.evergreenloyalty.points.PointsAccountService;
import org.evergreenloyalty.support.Clock;
import org.evergreenloyalty.support.WriteConflicts;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issues a reward in one transaction: first the {@link BirthdayReward} row is inserted and flushed, so a
 * second attempt for the same customer and year (a rerun, a retry, another node) fails on the unique key
 * before anything else happens; then the code (Broadleaf offer), the bonus points (ledger) and the row's
 * details are written in the same transaction. The e-mail goes out after the commit. A page of the job is issued
 * set-based in one transaction (see {@link #issuePage}); a page that fails is issued again one by one.
 */
public class DefaultBirthdayRewardIssuer implements BirthdayRewardIssuer {

    private static final Log LOG = LogFactory.getLog(DefaultBirthdayRewardIssuer.class);

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    private final BirthdayRepository repository;

    private final TransactionTemplate tx;
    private final BirthdaySettingsService settingsService;
    private final BirthdayOfferGateway offers;
    private final PointsAccountService points;
    private final CustomerDirectory customers;
    private final BirthdayRewardMailer mailer;
    private final Clock clock;
    private BirthdayListener listener;

    public DefaultBirthdayRewardIssuer(PlatformTransactionManager txm, BirthdayRepository repository, BirthdaySettingsService settingsService,
                                       BirthdayOfferGateway offers, PointsAccountService points, CustomerDirectory customers,
                                       BirthdayRewardMailer mailer, Clock clock) {
        this.repository = repository;
        this.tx = new TransactionTemplate(txm);
        this.settingsService = settingsService;
        this.offers = offers;
        this.points = points;
        this.customers = customers;
        this.mailer = mailer;
        this.clock = clock;
    }

    /** Who learns of issued rewards inside their transaction (webhooks); none by default. */
    public void setListener(BirthdayListener listener) {
        this.listener = listener;
    }

    private void issued(BirthdayReward reward) {
        if (listener != null) {
            listener.issued(reward);
        }
    }

    @Override
    public List<IssueOutcome> issuePage(List<CustomerBirthday> page, LocalDate today, BiConsumer<CustomerBirthday, RuntimeException> onFailure) {
        try {
            return tx.execute(status -> issueAll(page, today));
        } catch (RuntimeException pageFailed) {
            LOG.warn("A page of birthday rewards failed (" + pageFailed.getMessage() + "); issuing its rewards one by one");
            return BirthdayRewardIssuer.super.issuePage(page, today, onFailure);
        }
    }

    /**
     * Issues a page in the current transaction, set-based: the rewards already issued, the contacts and the product
     * suggestions are read in one query each, the codes made in a few batched statements, the e-mails queued, and
     * the reward rows written in one batch (the unique key failing the whole page when another run came first).
     */
    private List<IssueOutcome> issueAll(List<CustomerBirthday> page, LocalDate today) {
        BirthdaySettings s = settingsService.current();
        List<IssueOutcome> outcomes = new ArrayList<IssueOutcome>();
        if (!s.isEnabled()) {
            for (int i = 0; i < page.size(); i++) {
                outcomes.add(new IssueOutcome(IssueOutcome.Kind.DISABLED, null));
            }
            return outcomes;
        }
        ZoneId zone = s.zone();
        Map<String, Long> issued = issuedYears(page);
        Map<CustomerBirthday, LocalDate> due = new LinkedHashMap<CustomerBirthday, LocalDate>();
        for (CustomerBirthday b : page) {
            LocalDate occurs = s.calendar().dueOccurrence(b.getBirthday().monthDay(), today, s.getDaysBefore(), s.getLateDays());
            if (occurs == null) {
                outcomes.add(new IssueOutcome(IssueOutcome.Kind.NOT_DUE, null));
            } else if (!BirthdayCalendar.earns(occurs, BirthdayCalendar.today(b.getChangedAt(), zone), s.getNoticeDays())) {
                outcomes.add(new IssueOutcome(IssueOutcome.Kind.TOO_RECENT, null));
            } else if (issued.containsKey(b.getCustomerId() + ":" + occurs.getYear())) {
                outcomes.add(new IssueOutcome(IssueOutcome.Kind.ALREADY_ISSUED, issued.get(b.getCustomerId() + ":" + occurs.getYear())));
            } else {
                due.put(b, occurs);
            }
        }
        if (due.isEmpty()) {
            return outcomes;
        }
        List<Long> dueIds = new ArrayList<Long>();
        for (CustomerBirthday b : due.keySet()) {
            dueIds.add(b.getCustomerId());
        }
        Map<Long, CustomerContact> contacts = customers.contacts(dueIds);
        Date now = clock.now();
        BirthdayRewardRows rows = new BirthdayRewardRows(em);
        List<BirthdayReward> rewards = new ArrayList<BirthdayReward>();
        for (Map.Entry<CustomerBirthday, LocalDate> e : due.entrySet()) {
            if (contacts.get(e.getKey().getCustomerId()) == null) {
                outcomes.add(new IssueOutcome(IssueOutcome.Kind.NO_CUSTOMER, null));
                continue;
            }
            rewards.add(new BirthdayReward(e.getKey().getCustomerId(), e.getValue(), today, now));
        }
        rows.assignIds(rewards);
        if (s.isCodeEnabled()) {
            attachCodes(rewards, s, today);
        }
        for (BirthdayReward reward : rewards) {
            if (s.getBonusPoints() > 0) {
                points.grantBonus(reward.getCustomerId(), s.getBonusPoints(), bonusEventKey(reward.getCustomerId(), reward.getYear()),
                        "Birthday bonus " + reward.getYear(), "birthday", reward.getId());
                reward.attachPoints(s.getBonusPoints());
            }
            if (!s.isMailEnabled()) {
                reward.mailResult(MailStatus.DISABLED, now, "Birthday e-mails are switched off");
            }
        }
        if (s.isMailEnabled()) {
            mailer.queueIssued(rewards, contacts);
        }
        rows.insert(rewards);
        for (BirthdayReward reward : rewards) {
            issued(reward);
            outcomes.add(new IssueOutcome(IssueOutcome.Kind.ISSUED, reward.getId()));
        }
        return outcomes;
    }

    /** The page's codes, made at once: the same discount and validity for all, named after each birthday's year. */
    private void attachCodes(List<BirthdayReward> rewards, BirthdaySettings s, LocalDate today) {
        ZoneId zone = s.zone();
        LocalDate lastDay = today.plusDays(s.getValidDays() - 1L);
        Date validUntil = BirthdayCalendar.endOfDay(lastDay, zone);
        BigDecimal minimum = minimum(s);
        Map<Long, String> names = new LinkedHashMap<Long, String>();
        for (BirthdayReward r : rewards) {
            names.put(r.getCustomerId(), "Birthday " + r.getYear());
        }
        Map<Long, String> codes = offers.createCodes(names, s.getDiscountKind(), s.getDiscountValue(), minimum,
                BirthdayCalendar.startOfDay(today, zone), validUntil);
        for (BirthdayReward r : rewards) {
            r.attachCode(codes.get(r.getCustomerId()), s.getDiscountKind(), s.getDiscountValue(), minimum, s.getCurrencyCode(),
                    lastDay, validUntil);
        }
    }

    private static BigDecimal minimum(BirthdaySettings s) {
        return s.getMinimumSubtotal() != null && s.getMinimumSubtotal().signum() > 0 ? s.getMinimumSubtotal() : null;
    }

    /** The rewards the customers of {@code page} have, by "customer:year". */
    private Map<String, Long> issuedYears(List<CustomerBirthday> page) {
        List<Long> ids = new ArrayList<Long>();
        for (CustomerBirthday b : page) {
            ids.add(b.getCustomerId());
        }
        return repository.rewardIdsByCustomerYear(ids);
    }

    @Override
    public IssueOutcome issueIfDue(final CustomerBirthday birthday, final LocalDate today) {
        final BirthdaySettings s = settingsService.current();
        if (!s.isEnabled()) {
            return new IssueOutcome(IssueOutcome.Kind.DISABLED, null);
        }
        final long customerId = birthday.getCustomerId();
        final ZoneId zone = s.zone();
        final LocalDate occurs = s.calendar().dueOccurrence(birthday.getBirthday().monthDay(), today, s.getDaysBefore(), s.getLateDays());
        if (occurs == null) {
            return new IssueOutcome(IssueOutcome.Kind.NOT_DUE, null);
        }
        if (!BirthdayCalendar.earns(occurs, BirthdayCalendar.today(birthday.getChangedAt(), zone), s.getNoticeDays())) {
            return new IssueOutcome(IssueOutcome.Kind.TOO_RECENT, null);
        }
        Long existing = existingReward(customerId, occurs.getYear());
        if (existing != null) {
            return new IssueOutcome(IssueOutcome.Kind.ALREADY_ISSUED, existing);
        }
        if (customers.contact(customerId) == null) {
            return new IssueOutcome(IssueOutcome.Kind.NO_CUSTOMER, null);
        }
        final Date now = clock.now();
        Long rewardId;
        try {
            rewardId = tx.execute(new TransactionCallback<Long>() {
                @Override
                public Long doInTransaction(TransactionStatus status) {
                    BirthdayReward reward = new BirthdayReward(customerId, occurs, today, now);
                    em.persist(reward);
                    em.flush(); // the unique key (customer, year) decides here who issues
                    if (s.isCodeEnabled()) {
                        LocalDate lastDay = today.plusDays(s.getValidDays() - 1L);
                        Date validUntil = BirthdayCalendar.endOfDay(lastDay, zone);
                        BigDecimal minimum = minimum(s);
                        String code = offers.createCode(customerId, s.getDiscountKind(), s.getDiscountValue(), minimum,
                                BirthdayCalendar.startOfDay(today, zone), validUntil, "Birthday " + occurs.getYear());
                        reward.attachCode(code, s.getDiscountKind(), s.getDiscountValue(), minimum, s.getCurrencyCode(), lastDay, validUntil);
                    }
                    if (s.getBonusPoints() > 0) {
                        points.grantBonus(customerId, s.getBonusPoints(), bonusEventKey(customerId, occurs.getYear()),
                                "Birthday bonus " + occurs.getYear(), "birthday", reward.getId());
                        reward.attachPoints(s.getBonusPoints());
                    }
                    if (!s.isMailEnabled()) {
                        reward.mailResult(MailStatus.DISABLED, now, "Birthday e-mails are switched off");
                    }
                    em.flush();
                    issued(reward);
                    return reward.getId();
                }
            });
        } catch (DataIntegrityViolationException e) {
            return alreadyIssued(customerId, occurs.getYear(), e);
        } catch (PersistenceException e) {
            if (!WriteConflicts.isConflict(e) && existingReward(customerId, occurs.getYear()) == null) {
                throw e;
            }
            return alreadyIssued(customerId, occurs.getYear(), e);
        } catch (RuntimeException e) {
            if (WriteConflicts.isConflict(e)) {
                return alreadyIssued(customerId, occurs.getYear(), e);
            }
            throw e;
        }
        if (s.isMailEnabled()) {
            try {
                mailer.sendIfPending(rewardId);
            } catch (RuntimeException e) {
                LOG.warn("Birthday reward " + rewardId + " issued; its e-mail failed and will be retried: " + e.getMessage());
            }
        }
        return new IssueOutcome(IssueOutcome.Kind.ISSUED, rewardId);
    }

    /** The ledger event key of a customer's birthday bonus of {@code year}. */
    public static String bonusEventKey(long customerId, int year) {
        return "bonus:birthday:" + customerId + ":" + year;
    }

    private IssueOutcome alreadyIssued(long customerId, int year, Exception e) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("Birthday reward " + year + " of customer " + customerId + " was issued concurrently: " + e.getMessage());
        }
        return new IssueOutcome(IssueOutcome.Kind.ALREADY_ISSUED, existingReward(customerId, year));
    }

    private Long existingReward(final long customerId, final int year) {
        return tx.execute(new TransactionCallback<Long>() {
            @Override
            public Long doInTransaction(TransactionStatus status) {
                return repository.rewardIdOf(customerId, year);
            }
        });
    }
}
