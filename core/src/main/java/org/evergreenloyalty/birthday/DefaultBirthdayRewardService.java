package org.evergreenloyalty.birthday;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import javax.persistence.EntityManager;
import javax.persistence.PersistenceContext;

import org.evergreenloyalty.support.Clock;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/** {@link BirthdayRewardService} on the {@code EVG_BIRTHDAY_REWARD} table. */
public class DefaultBirthdayRewardService implements BirthdayRewardService {

    /** Codes are compared without case and surrounding blanks; longer input is no code. */
    static final int MAX_CODE_LENGTH = 40;
    /** Rewards whose code ended this long ago or less are checked with the store by {@link #reconcileUsage(int)}. */
    static final long RECONCILE_WINDOW_MS = 3L * 24 * 60 * 60 * 1000;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    private final BirthdayRepository repository;

    private final TransactionTemplate tx;
    private final BirthdaySettingsService settingsService;
    private final BirthdayOfferGateway offers;
    private final Clock clock;

    public DefaultBirthdayRewardService(PlatformTransactionManager txm, BirthdayRepository repository, BirthdaySettingsService settingsService,
                                        BirthdayOfferGateway offers, Clock clock) {
        this.repository = repository;
        this.tx = new TransactionTemplate(txm);
        this.settingsService = settingsService;
        this.offers = offers;
        this.clock = clock;
    }

    @Override
    public RewardView currentReward(long customerId) {
        LocalDate today = BirthdayCalendar.today(clock.now(), settingsService.current().zone());
        return rewardsOf(customerId).stream().filter(r -> isCurrent(r, today)).findFirst().orElse(null);
    }

    /**
     * A reward stays current for a year after the birthday it celebrates (so last year's used or expired reward
     * is still shown after 1 January), and for as long as its code can still be used.
     */
    static boolean isCurrent(RewardView r, LocalDate today) {
        return r.getBirthdayOn().isAfter(today.minusYears(1)) || r.getStatus() == RewardStatus.ISSUED && r.isHasCode();
    }

    @Override
    public List<RewardView> rewardsOf(final long customerId) {
        final Date now = clock.now();
        return tx.execute(new TransactionCallback<List<RewardView>>() {
            @Override
            public List<RewardView> doInTransaction(TransactionStatus status) {
                List<RewardView> out = new ArrayList<RewardView>();
                for (BirthdayReward r : repository.rewardsOf(customerId)) {
                    em.refresh(r);
                    em.detach(r);
                    out.add(new RewardView(r, r.statusAt(now), null));
                }
                return out;
            }
        });
    }

    @Override
    public CodeCheck checkCode(String code, Long customerId, BigDecimal cartSubtotal) {
        String c = normalize(code);
        if (c == null) {
            return new CodeCheck(CodeCheck.Verdict.NOT_BIRTHDAY_CODE, null, null);
        }
        BirthdayReward r = findByCode(c);
        if (r == null) {
            return new CodeCheck(CodeCheck.Verdict.NOT_BIRTHDAY_CODE, null, null);
        }
        if (customerId == null || customerId.longValue() != r.getCustomerId()) {
            return new CodeCheck(CodeCheck.Verdict.NOT_YOURS, "evergreen.birthday.code.notYours",
                    "This birthday code belongs to another customer account. Sign in with the account it was sent to.");
        }
        Date now = clock.now();
        RewardStatus status = r.statusAt(now);
        if (status == RewardStatus.USED) {
            return new CodeCheck(CodeCheck.Verdict.USED, "evergreen.birthday.code.used",
                    "This birthday code was already used on an order.");
        }
        if (status == RewardStatus.EXPIRED) {
            LocalDate last = r.getLastValidDay();
            return new CodeCheck(CodeCheck.Verdict.EXPIRED, "evergreen.birthday.code.expired",
                    "This birthday code expired: its last valid day was " + RewardTexts.longDate(last, Locale.US) + ".",
                    last.toString());
        }
        BigDecimal min = r.getMinimumSubtotal();
        if (min != null && min.signum() > 0 && cartSubtotal != null && cartSubtotal.compareTo(min) < 0) {
            return new CodeCheck(CodeCheck.Verdict.BELOW_MINIMUM, "evergreen.birthday.code.belowMinimum",
                    "This birthday code needs an order of at least " + RewardTexts.money(min, r.getCurrencyCode(), Locale.US) + ".",
                    min.toPlainString(), r.getCurrencyCode());
        }
        return new CodeCheck(CodeCheck.Verdict.OK, null, null);
    }

    @Override
    public boolean markUsed(String code, final long orderId, final Date at) {
        final String c = normalize(code);
        if (c == null) {
            return false;
        }
        return tx.execute(new TransactionCallback<Boolean>() {
            @Override
            public Boolean doInTransaction(TransactionStatus status) {
                BirthdayReward r = repository.byCode(c);
                if (r == null) {
                    return false;
                }
                em.refresh(r);
                if (r.getUsedAt() != null) {
                    return false;
                }
                r.markUsed(orderId, at);
                em.flush();
                return true;
            }
        });
    }

    @Override
    public int reconcileUsage(final int max) {
        final Date now = clock.now();
        List<Object[]> open = tx.execute(new TransactionCallback<List<Object[]>>() {
            @Override
            public List<Object[]> doInTransaction(TransactionStatus status) {
                return repository.codesEndedUnused(new Date(now.getTime() - RECONCILE_WINDOW_MS), now, Math.max(1, max));
            }
        });
        int marked = 0;
        for (Object[] row : open) {
            String code = (String) row[0];
            Long orderId = offers.orderUsing(code);
            if (orderId != null && markUsed(code, orderId, now)) {
                marked++;
            }
        }
        return marked;
    }

    private BirthdayReward findByCode(final String normalized) {
        return tx.execute(new TransactionCallback<BirthdayReward>() {
            @Override
            public BirthdayReward doInTransaction(TransactionStatus status) {
                BirthdayReward r = repository.byCode(normalized);
                if (r == null) {
                    return null;
                }
                em.refresh(r);
                em.detach(r);
                return r;
            }
        });
    }

    /** The code as stored (trimmed, upper case), or null when it cannot be one. */
    static String normalize(String code) {
        if (code == null) {
            return null;
        }
        String c = code.trim().toUpperCase(Locale.ROOT);
        return c.isEmpty() || c.length() > MAX_CODE_LENGTH ? null : c;
    }
}
