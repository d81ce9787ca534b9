package org.evergreenloyalty.birthday;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.evergreenloyalty.customer.CustomerContact;
import org.evergreenloyalty.customer.CustomerDirectory;
import org.evergreenloyalty.support.Clock;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/** {@link BirthdayAdminService} on the module's birthday tables and the store's customers. */
public class DefaultBirthdayAdminService implements BirthdayAdminService {

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    private final BirthdayRepository repository;

    private final TransactionTemplate tx;
    private final BirthdaySettingsService settingsService;
    private final CustomerDirectory customers;
    private final BirthdayRewardMailer mailer;
    private final Clock clock;

    public DefaultBirthdayAdminService(PlatformTransactionManager txm, BirthdayRepository repository, BirthdaySettingsService settingsService,
                                       CustomerDirectory customers, BirthdayRewardMailer mailer, Clock clock) {
        this.repository = repository;
        this.tx = new TransactionTemplate(txm);
        this.settingsService = settingsService;
        this.customers = customers;
        this.mailer = mailer;
        this.clock = clock;
    }

    @Override
    public List<UpcomingBirthday> upcoming(int days, int max) {
        if (days < 1 || days > 366) {
            throw new BirthdayException("days", "evergreen.birthday.error.upcomingDays", "Show 1 to 366 days ahead.", 1, 366);
        }
        final int limit = Math.max(1, Math.min(MAX_PAGE_SIZE, max));
        BirthdaySettings s = settingsService.current();
        ZoneId zone = s.zone();
        BirthdayCalendar calendar = s.calendar();
        LocalDate today = BirthdayCalendar.today(clock.now(), zone);
        LocalDate last = today.plusDays(days - 1L);
        // widened by a day each side (29 February); the exact occurrence decides below
        MonthDayWindow w = MonthDayWindow.between(today.minusDays(1), last.plusDays(1));
        List<int[]> segments = new ArrayList<int[]>();
        if (w.wraps()) {
            segments.add(new int[] {w.getFrom(), 1231});
            segments.add(new int[] {101, w.getTo()});
        } else {
            segments.add(new int[] {w.getFrom(), w.getTo()});
        }
        List<UpcomingBirthday> out = new ArrayList<UpcomingBirthday>();
        for (int[] seg : segments) {
            int offset = 0;
            while (out.size() < limit) {
                List<CustomerBirthday> rows = segment(seg[0], seg[1], offset, limit);
                if (rows.isEmpty()) {
                    break;
                }
                offset += rows.size();
                for (CustomerBirthday b : rows) {
                    LocalDate occurs = calendar.nextOccurrence(b.getBirthday().monthDay(), today);
                    if (occurs.isAfter(last) || out.size() >= limit) {
                        continue;
                    }
                    boolean earns = BirthdayCalendar.earns(occurs, BirthdayCalendar.today(b.getChangedAt(), zone), s.getNoticeDays());
                    CustomerContact c = customers.contact(b.getCustomerId());
                    out.add(new UpcomingBirthday(b.getCustomerId(), c == null ? null : c.getEmail(),
                            c == null ? null : ((c.getFirstName() == null ? "" : c.getFirstName()) + " "
                                    + (c.getLastName() == null ? "" : c.getLastName())).trim(),
                            b.getBirthday(), occurs, earns, rewardStatus(b.getCustomerId(), occurs.getYear())));
                }
                if (rows.size() < limit) {
                    break;
                }
            }
        }
        java.util.Collections.sort(out, new java.util.Comparator<UpcomingBirthday>() {
            @Override
            public int compare(UpcomingBirthday a, UpcomingBirthday b) {
                int c = a.getOccursOn().compareTo(b.getOccursOn());
                return c != 0 ? c : Long.compare(a.getCustomerId(), b.getCustomerId());
            }
        });
        return out;
    }

    private List<CustomerBirthday> segment(final int from, final int to, final int offset, final int max) {
        return tx.execute(new TransactionCallback<List<CustomerBirthday>>() {
            @Override
            public List<CustomerBirthday> doInTransaction(TransactionStatus status) {
                List<CustomerBirthday> rows = repository.between(from, to, offset, max);
                for (CustomerBirthday r : rows) {
                    em.detach(r);
                }
                return rows;
            }
        });
    }

    private RewardStatus rewardStatus(final long customerId, final int year) {
        final Date now = clock.now();
        return tx.execute(new TransactionCallback<RewardStatus>() {
            @Override
            public RewardStatus doInTransaction(TransactionStatus status) {
                BirthdayReward r = repository.rewardOf(customerId, year);
                return r == null ? null : r.statusAt(now);
            }
        });
    }

    @Override
    public RewardPage rewards(final Integer year, final RewardStatus status, int page, int pageSize) {
        if (page < 1) {
            throw new BirthdayException("page", "evergreen.birthday.error.page", "Pages start at 1.");
        }
        final int size = Math.max(1, Math.min(MAX_PAGE_SIZE, pageSize));
        final int first = (page - 1) * size;
        final Date now = clock.now();
        Object[] result = tx.execute(new TransactionCallback<Object[]>() {
            @Override
            public Object[] doInTransaction(TransactionStatus st) {
                List<BirthdayReward> rows = repository.rewards(year, status, now, first, size);
                for (BirthdayReward r : rows) {
                    em.refresh(r);
                    em.detach(r);
                }
                return new Object[] {repository.countRewards(year, status, now), rows};
            }
        });
        @SuppressWarnings("unchecked")
        List<BirthdayReward> rows = (List<BirthdayReward>) result[1];
        List<RewardView> views = new ArrayList<RewardView>();
        for (BirthdayReward r : rows) {
            CustomerContact c = customers.contact(r.getCustomerId());
            views.add(new RewardView(r, r.statusAt(now), c == null ? null : c.getEmail()));
        }
        return new RewardPage(views, (Long) result[0], page, size);
    }

    @Override
    public RewardView reward(final long rewardId) {
        final Date now = clock.now();
        BirthdayReward r = tx.execute(new TransactionCallback<BirthdayReward>() {
            @Override
            public BirthdayReward doInTransaction(TransactionStatus status) {
                BirthdayReward found = em.find(BirthdayReward.class, rewardId);
                if (found != null) {
                    em.refresh(found);
                    em.detach(found);
                }
                return found;
            }
        });
        if (r == null) {
            return null;
        }
        CustomerContact c = customers.contact(r.getCustomerId());
        return new RewardView(r, r.statusAt(now), c == null ? null : c.getEmail());
    }

    @Override
    public RewardStats stats(final int year) {
        final Date now = clock.now();
        return tx.execute(new TransactionCallback<RewardStats>() {
            @Override
            public RewardStats doInTransaction(TransactionStatus status) {
                Object[] row = repository.yearFigures(year, now);
                long issued = n(row[0]);
                long withCode = n(row[1]);
                long used = n(row[2]);
                long expired = n(row[3]);
                return new RewardStats(year, issued, withCode, used, expired, withCode - used - expired, n(row[4]));
            }
        });
    }

    private static long n(Object o) {
        return o == null ? 0L : ((Number) o).longValue();
    }

    @Override
    public MailStatus resendEmail(long rewardId) {
        return mailer.resend(rewardId);
    }
}
