package org.evergreenloyalty.birthday;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;
import javax.persistence.PersistenceException;

import org.evergreenloyalty.support.Clock;
import org.evergreenloyalty.support.WriteConflicts;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/** {@link BirthdayService} on the module's tables {@code EVG_BIRTHDAY} and {@code EVG_BIRTHDAY_CHANGE}. */
public class DefaultBirthdayService implements BirthdayService {

    /** Longest admin reason kept. */
    public static final int MAX_REASON_LENGTH = 500;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    private final BirthdayRepository repository;

    private final TransactionTemplate tx;
    private final BirthdaySettingsService settingsService;
    private final Clock clock;

    public DefaultBirthdayService(PlatformTransactionManager txm, BirthdayRepository repository, BirthdaySettingsService settingsService, Clock clock) {
        this.repository = repository;
        this.tx = new TransactionTemplate(txm);
        this.settingsService = settingsService;
        this.clock = clock;
    }

    @Override
    public Birthday check(String month, String day, String year) {
        return BirthdayInput.parse(month, day, year, BirthdayCalendar.today(clock.now(), settingsService.current().zone()));
    }

    @Override
    public BirthdayProfile profile(final long customerId) {
        CustomerBirthday row = find(customerId);
        return profileOf(customerId, row, settingsService.current(), clock.now());
    }

    @Override
    public BirthdayProfile saveByShopper(long customerId, String month, String day, String year) {
        return save(customerId, month, day, year, ChangeSource.SHOPPER, "customer:" + customerId, null);
    }

    @Override
    public BirthdayProfile saveAtRegistration(long customerId, String month, String day, String year) {
        return save(customerId, month, day, year, ChangeSource.REGISTRATION, "customer:" + customerId, null);
    }

    @Override
    public BirthdayProfile saveByAdmin(long customerId, String month, String day, String year, String adminUser, String reason) {
        String r = reason == null ? "" : reason.trim();
        if (r.isEmpty()) {
            throw new BirthdayException("reason", "evergreen.birthday.error.reasonRequired",
                    "Give a reason for changing the customer's birthday.");
        }
        if (r.length() > MAX_REASON_LENGTH) {
            throw new BirthdayException("reason", "evergreen.birthday.error.reasonTooLong",
                    "The reason may have at most " + MAX_REASON_LENGTH + " characters.", MAX_REASON_LENGTH);
        }
        String admin = adminUser == null || adminUser.trim().isEmpty() ? "admin" : adminUser.trim();
        return save(customerId, month, day, year, ChangeSource.ADMIN, admin.length() > 120 ? admin.substring(0, 120) : admin, r);
    }

    private BirthdayProfile save(final long customerId, String month, String day, String year, final ChangeSource source,
                                 final String actor, final String reason) {
        if (customerId <= 0) {
            throw new IllegalArgumentException("Customer id must be positive, was " + customerId);
        }
        final BirthdaySettings settings = settingsService.current();
        final Date now = clock.now();
        final ZoneId zone = settings.zone();
        final Birthday birthday = BirthdayInput.parse(month, day, year, BirthdayCalendar.today(now, zone));
        try {
            return tx.execute(new TransactionCallback<BirthdayProfile>() {
                @Override
                public BirthdayProfile doInTransaction(TransactionStatus status) {
                    CustomerBirthday row = em.find(CustomerBirthday.class, customerId);
                    if (row == null) {
                        row = new CustomerBirthday(customerId, birthday, now);
                        em.persist(row);
                        repository.addChange(new BirthdayChange(customerId, null, birthday, source, actor, reason, now));
                    } else if (source == ChangeSource.REGISTRATION) {
                        return profileOf(customerId, row, settings, now);
                    } else if (!row.getBirthday().equals(birthday)) {
                        if (source == ChangeSource.SHOPPER) {
                            LocalDate allowed = ChangePolicy.nextChangeAllowedOn(row.getShopperChangedAt(), now, zone,
                                    settings.getChangeIntervalMonths());
                            if (allowed != null) {
                                throw new BirthdayException(null, "evergreen.birthday.error.changeTooSoon",
                                        "You can change your birthday once every " + settings.getChangeIntervalMonths()
                                                + " months; the next change is possible on " + allowed + ".",
                                        settings.getChangeIntervalMonths(), allowed.toString());
                            }
                            row.shopperChanged(now);
                        }
                        Birthday old = row.getBirthday();
                        row.set(birthday, now);
                        repository.addChange(new BirthdayChange(customerId, old, birthday, source, actor, reason, now));
                    }
                    em.flush();
                    return profileOf(customerId, row, settings, now);
                }
            });
        } catch (DataIntegrityViolationException | OptimisticLockingFailureException e) {
            throw concurrentChange();
        } catch (PersistenceException e) {
            if (WriteConflicts.isConflict(e)) {
                throw concurrentChange();
            }
            throw e;
        }
    }

    private static BirthdayException concurrentChange() {
        return new BirthdayException(null, "evergreen.birthday.error.concurrent",
                "The birthday was changed at the same time elsewhere; please check it and try again.");
    }

    /** The profile of {@code row} (may be null) at {@code now}. */
    static BirthdayProfile profileOf(long customerId, CustomerBirthday row, BirthdaySettings settings, Date now) {
        ZoneId zone = settings.zone();
        LocalDate today = BirthdayCalendar.today(now, zone);
        if (row == null) {
            return new BirthdayProfile(customerId, null, null, null, false, null);
        }
        Birthday b = row.getBirthday();
        BirthdayCalendar calendar = settings.calendar();
        LocalDate changedOn = BirthdayCalendar.today(row.getChangedAt(), zone);
        LocalDate next = calendar.nextOccurrence(b.monthDay(), today);
        boolean earns = BirthdayCalendar.earns(next, changedOn, settings.getNoticeDays());
        LocalDate firstEarning = earns ? next : calendar.nextOccurrence(b.monthDay(), next.plusDays(1));
        LocalDate allowed = ChangePolicy.nextChangeAllowedOn(row.getShopperChangedAt(), now, zone, settings.getChangeIntervalMonths());
        return new BirthdayProfile(customerId, b, allowed, next, earns, firstEarning, today);
    }

    @Override
    public List<BirthdayChange> history(final long customerId) {
        return tx.execute(new TransactionCallback<List<BirthdayChange>>() {
            @Override
            public List<BirthdayChange> doInTransaction(TransactionStatus status) {
                return repository.changesOf(customerId);
            }
        });
    }

    @Override
    public List<CustomerBirthday> page(final MonthDayWindow window, final long afterCustomerId, final int max) {
        return tx.execute(new TransactionCallback<List<CustomerBirthday>>() {
            @Override
            public List<CustomerBirthday> doInTransaction(TransactionStatus status) {
                List<CustomerBirthday> rows = repository.inWindow(window, afterCustomerId, Math.max(1, max));
                for (CustomerBirthday r : rows) {
                    em.detach(r);
                }
                return rows;
            }
        });
    }

    @Override
    public CustomerBirthday find(final long customerId) {
        return tx.execute(new TransactionCallback<CustomerBirthday>() {
            @Override
            public CustomerBirthday doInTransaction(TransactionStatus status) {
                CustomerBirthday row = em.find(CustomerBirthday.class, customerId);
                if (row != null) {
                    em.detach(row);
                }
                return row;
            }
        });
    }
}
