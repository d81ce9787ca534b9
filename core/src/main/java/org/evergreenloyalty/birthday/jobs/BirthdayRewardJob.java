package org.evergreenloyalty.birthday.jobs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.evergreenloyalty.birthday.BirthdayCalendar;
import org.evergreenloyalty.birthday.BirthdayRewardIssuer;
import org.evergreenloyalty.birthday.BirthdayRewardMailer;
import org.evergreenloyalty.birthday.BirthdayRewardService;
import org.evergreenloyalty.birthday.BirthdayService;
import org.evergreenloyalty.birthday.BirthdaySettings;
import org.evergreenloyalty.birthday.BirthdaySettingsService;
import org.evergreenloyalty.birthday.CustomerBirthday;
import org.evergreenloyalty.birthday.IssueOutcome;
import org.evergreenloyalty.birthday.MonthDayWindow;
import org.evergreenloyalty.scheduling.LoyaltyJob;
import org.evergreenloyalty.support.Clock;

/**
 * The job {@code birthday-rewards} (cron {@code evergreen.job.birthday-rewards.cron}): on the store's
 * current day, pages through the kept birthdays whose reward can be due (a month-day range of the
 * birthday table, {@code pageSize} rows at a time, never all customers), issues each due reward, then
 * sends e-mails an earlier run left unsent and checks with the store whether just-expired codes were used.
 * Issuing is idempotent per customer and year (database key), so reruns, crashed runs and concurrent runs
 * on several nodes issue each reward once. Each page is issued in one transaction (rewards already issued looked
 * up in one query), so a page costs a handful of commits instead of several per reward: the page's codes, reward rows
 * and e-mails are written set-based (see {@code DefaultBirthdayRewardIssuer#issuePage}). A stopped run (interrupted)
 * ends between pages.
 */
public class BirthdayRewardJob implements LoyaltyJob {

    /** The job's name. */
    public static final String NAME = "birthday-rewards";

    private static final Log LOG = LogFactory.getLog(BirthdayRewardJob.class);

    private final BirthdayService birthdays;
    private final BirthdayRewardIssuer issuer;
    private final BirthdayRewardMailer mailer;
    private final BirthdayRewardService rewards;
    private final BirthdaySettingsService settingsService;
    private final Clock clock;
    private final int pageSize;

    public BirthdayRewardJob(BirthdayService birthdays, BirthdayRewardIssuer issuer, BirthdayRewardMailer mailer,
                             BirthdayRewardService rewards, BirthdaySettingsService settingsService, Clock clock, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("Page size must be at least 1, was " + pageSize);
        }
        this.birthdays = birthdays;
        this.issuer = issuer;
        this.mailer = mailer;
        this.rewards = rewards;
        this.settingsService = settingsService;
        this.clock = clock;
        this.pageSize = pageSize;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public void run() {
        BirthdaySettings s = settingsService.current();
        if (!s.isEnabled()) {
            LOG.debug("Birthday rewards are switched off (evergreen.birthday.enabled)");
            return;
        }
        Map<IssueOutcome.Kind, Integer> counts = issueDue(s);
        int mailed = mailer.sendPending(pageSize);
        int used = rewards.reconcileUsage(pageSize);
        LOG.info("Birthday rewards: " + counts + ", " + mailed + " pending e-mails sent, " + used + " codes found used");
    }

    /**
     * Issues every reward due today; returns how each attempt ended. A customer whose reward fails is
     * skipped (and retried by the next runs while it is due); the run then ends with an exception naming
     * how many failed, so the scheduler shows it.
     */
    public Map<IssueOutcome.Kind, Integer> issueDue(BirthdaySettings s) {
        return issueDue(s, () -> Thread.currentThread().isInterrupted());
    }

    /**
     * As {@link #issueDue(BirthdaySettings)}, asking {@code stop} before each page: a stopped run leaves the rest of the
     * window to the next run (each page commits whole, and a reward issued once is never issued again).
     */
    public Map<IssueOutcome.Kind, Integer> issueDue(BirthdaySettings s, BooleanSupplier stop) {
        LocalDate today = BirthdayCalendar.today(clock.now(), s.zone());
        MonthDayWindow window = BirthdayCalendar.dueWindow(today, s.getDaysBefore(), s.getLateDays());
        Map<IssueOutcome.Kind, Integer> counts = new EnumMap<IssueOutcome.Kind, Integer>(IssueOutcome.Kind.class);
        long after = 0;
        List<RuntimeException> failures = new ArrayList<RuntimeException>();
        while (!stop.getAsBoolean()) {
            List<CustomerBirthday> page = birthdays.page(window, after, pageSize);
            if (page.isEmpty()) {
                break;
            }
            after = page.get(page.size() - 1).getCustomerId();
            List<IssueOutcome> outcomes = issuer.issuePage(page, today, (b, e) -> {
                failures.add(e);
                LOG.warn("Birthday reward of customer " + b.getCustomerId() + " failed; retried on the next run: " + e.getMessage(), e);
            });
            for (IssueOutcome o : outcomes) {
                Integer n = counts.get(o.getKind());
                counts.put(o.getKind(), n == null ? 1 : n + 1);
            }
            if (page.size() < pageSize) {
                break;
            }
        }
        int failed = failures.size();
        RuntimeException firstFailure = failed == 0 ? null : failures.get(0);
        if (failed > 0) {
            throw new IllegalStateException(failed + " birthday reward(s) failed (issued: " + counts + "); the next runs retry them. First: "
                    + firstFailure.getMessage(), firstFailure);
        }
        return counts;
    }
}
